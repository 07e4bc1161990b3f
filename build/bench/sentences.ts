/**
 * What a generated journal says: sentences about people, goals, questions and answers, notes, evaluations,
 * referrals, touches and own reminders, the pools the generator draws from.
 */
import { CITIES, CLUBS, FIRST_NAMES, LAST_NAMES, MONTHS, ORGANISATIONS, ROLES, TAGS } from './people';

export type Pick = <T>(items: readonly T[]) => T;

export const SENTENCES: ((p: Pick, r: () => number) => string)[] = [
  (p, r) => `Werkt sinds ${2005 + Math.floor(r() * 20)} bij ${p(ORGANISATIONS)}.`,
  (p) => `Woont in ${p(CITIES)} en fietst elke dag naar kantoor, ook in de winter.`,
  () => 'Zoekt zelf ook een nieuwe uitdaging.',
  (p) => `Kent iemand bij ${p(ORGANISATIONS)} die mij verder kan helpen.`,
  (p) => `Gesproken tijdens de netwerkborrel in ${p(CITIES)}.`,
  (p) => `Wil graag eens koffie drinken in ${p(MONTHS)}.`,
  (p) => `Tip: vraag naar de vacature voor ${p(ROLES).toLowerCase()}.`,
  () => 'Is enthousiast over duurzaamheid en de energietransitie.',
  (p) => `Heeft me doorverwezen naar ${p(FIRST_NAMES)} ${p(LAST_NAMES)}.`,
  () => 'Stuurde mijn cv door naar de afdeling HR; nog geen reactie.',
  (p) => `Zit in het bestuur van de ${p(CLUBS)}.`,
  (p) => `Was vroeger ${p(ROLES).toLowerCase()} in ${p(CITIES)}.`,
  () => 'Heeft twee kinderen op dezelfde basisschool als de onze.',
  () => 'Reageert snel op mail, minder op LinkedIn.',
  () => 'Gaf goede feedback op mijn motivatiebrief — vooral over de opening.',
  (p) => `Organiseert elk jaar een café-avond voor ${p(TAGS)}-mensen.`,
  () => 'Spreekt vloeiend Turks, Arabisch en Nederlands.',
  () => 'Vindt het prima om als referentie op te treden.',
];

export const SECTORS = [
  'de zorg',
  'het onderwijs',
  'de gemeente',
  'de logistiek',
  'de financiële sector',
  'de IT',
  'de bouw',
  'de energietransitie',
  'de cultuursector',
  'het bankwezen',
  'de retail',
  'de overheid',
];

export const GOALS: ((p: Pick) => string)[] = [
  (p) => `Ontdekken hoe het werk van een ${p(ROLES).toLowerCase()} er in de praktijk uitziet.`,
  (p) => `Begrijpen hoe ${p(ORGANISATIONS)} nieuwe mensen werft, en of een open sollicitatie zin heeft.`,
  (p) => `Namen krijgen van mensen in ${p(SECTORS)} met wie ik verder kan praten.`,
  (p) => `Horen wat er in mijn cv ontbreekt voor een functie als ${p(ROLES).toLowerCase()}.`,
  () => 'Weer even laten horen hoe het met me gaat, en vragen hoe het met haar nieuwe baan gaat.',
  (p) => `Uitzoeken welke opleiding of cursus in ${p(SECTORS)} echt telt.`,
  (p) => `Een beeld krijgen van de afdelingen bij ${p(ORGANISATIONS)} en wie daar beslist.`,
  () => 'Hulp aanbieden bij de vrijwilligersdag en daarmee het contact warm houden.',
  (p) => `Toetsen of mijn overstap naar ${p(SECTORS)} realistisch is.`,
  (p) => `Tips vragen voor mijn gesprek volgende week bij ${p(ORGANISATIONS)}.`,
];

export const QUESTIONS = [
  'Hoe bent u zelf in dit vak terechtgekomen?',
  'Wat maakt iemand echt goed in dit werk?',
  'Welke ontwikkelingen ziet u de komende jaren in de sector?',
  'Hoe komen mensen hier meestal binnen: via vacatures of via via?',
  'Wat ontbreekt er nog in mijn achtergrond voor zo’n functie?',
  'Welke opleiding of cursus zou u mij aanraden?',
  'Hoe kan ik de ervaring opdoen die gevraagd wordt?',
  'Zijn er vergelijkbare functies bij andere organisaties?',
  'Welke afdelingen zijn er, en hoe werken ze samen?',
  'Hoe ziet een gewone werkweek eruit?',
  'Met wie zou ik nog meer moeten praten?',
  'Mag ik zeggen dat ik via u kom?',
  'Zou u mij aan die persoon willen voorstellen?',
  'Wat zou u doen als u nu in mijn schoenen stond?',
  'Welke vakbladen of bijeenkomsten volgt u zelf?',
];

export const ANSWERS = [
  'Via een stage, daarna doorgegroeid.',
  'Vooral nieuwsgierigheid en goed kunnen luisteren.',
  'Meer automatisering en minder handwerk.',
  'Bijna altijd via via; vacatures komen pas later.',
  'Praktijkervaring met projecten; denk aan vrijwilligerswerk.',
  'Een korte cursus projectmatig werken is genoeg om te beginnen.',
  'Zie de namen hieronder.',
  'Ja, noem gerust mijn naam.',
];

export const NOTES = [
  (p: Pick) => `Sprak uitgebreid over de reorganisatie bij ${p(ORGANISATIONS)}.`,
  () => 'Ze werkt nu drie jaar op deze afdeling en heeft het erg naar haar zin.',
  () => 'Hij vertelde dat de meeste mensen via via binnenkomen en dat vacatures vaak al vergeven zijn.',
  (p: Pick) => `Er komt volgend jaar een nieuw team voor ${p(SECTORS)}; de werving begint in het voorjaar.`,
  () => 'Mijn achtergrond vond ze interessant, maar ik moet mijn cv korter en concreter maken.',
  () => 'We hadden het over de koffieautomaat en daarna pas over werk; prettige sfeer.',
  (p: Pick) => `Zijn collega ${p(FIRST_NAMES)} zoekt iemand die data kan analyseren.`,
  () => 'Het werk is afwisselend: veel overleg, af en toe een rapport, vaak op pad.',
  () => 'Ze raadde aan om eerst als tijdelijke kracht binnen te komen.',
  (p: Pick) => `Hij kent de recruiter van ${p(ORGANISATIONS)} goed en wil mijn naam doorgeven.`,
  () => 'Het salaris ligt lager dan ik dacht, maar de opleidingsmogelijkheden zijn goed.',
  () => 'Gesprek liep over de tijd heen; ze had zichtbaar plezier in het vertellen.',
  (p: Pick) => `Afgesproken om in ${p(MONTHS)} weer contact te hebben.`,
  () => 'Kritische vraag over mijn gat in het cv; ik kon het goed uitleggen.',
  () => 'Ze vond het sterk dat ik me zo goed had voorbereid op de organisatie.',
  (p: Pick) => `Belangrijk: de afdeling in ${p(CITIES)} gaat uitbreiden.`,
];

export const WENT_WELL = [
  'Goed voorbereid; mijn vragen sloten aan.',
  'Rustig gebleven en goed doorgevraagd.',
  'Het gesprek voelde als een gesprek, niet als een sollicitatie.',
  'Duidelijk gezegd wat ik zoek.',
  'Op tijd afgerond, zoals afgesproken.',
  'Mijn verhaal over de overstap kwam goed over.',
];

export const COULD_BE_BETTER = [
  'Minder zelf praten, meer luisteren',
  'Eerder vragen naar namen van anderen',
  'Mijn doel aan het begin noemen',
  'Niet naar vacatures vragen',
  'Een kortere introductie van mezelf',
  'Aantekeningen direct na afloop uitwerken',
  'Beter doorvragen bij een nee',
  'Mijn visitekaartje niet vergeten',
  'Vooraf de website beter lezen',
  'Vragen of ik zijn naam mag noemen',
];

export const TIPS = [
  'Kijk op de vacaturesite van de gemeente, niet alleen op LinkedIn.',
  'Word lid van de beroepsvereniging; de borrels zijn goed.',
  'Schrijf een open sollicitatie naar de teamleider, niet naar HR.',
  'Doe de gratis online cursus projectmanagement.',
  'Vraag een meeloopdag aan.',
  'Zet je vrijwilligerswerk hoger op je cv.',
  'Lees het jaarverslag voor je gesprek.',
  'Ga naar de open dag in het voorjaar.',
  'Bel in plaats van mailen; dat werkt hier beter.',
  'Maak je LinkedIn-profiel concreter: resultaten in plaats van taken.',
];

export const WHY = [
  'Kent iedereen in de sector.',
  'Heeft dezelfde overstap gemaakt.',
  'Zit in het team dat volgend jaar uitbreidt.',
  'Kan vertellen hoe de werving echt gaat.',
  'Zoekt soms mensen voor tijdelijke projecten.',
  '',
];

export const GAVE = [
  'Een artikel over de arbeidsmarkt doorgestuurd.',
  'Aangeboden mee te denken over hun nieuwsbrief.',
  'Mijn contact bij de hogeschool voorgesteld.',
  'Hulp aangeboden bij de vrijwilligersdag.',
];

export const NEXT_STEPS = [
  'Bedankmail sturen en cv bijvoegen.',
  'De genoemde personen benaderen.',
  'Over een maand laten weten hoe het gaat.',
  'Inschrijven voor de cursus.',
  'Open sollicitatie schrijven.',
];

export const TOUCH_NOTES = [
  'Even gebeld, gaat goed met haar.',
  'Kerstkaart gestuurd.',
  'Gefeliciteerd met de nieuwe baan.',
  'Artikel doorgestuurd dat hem kon interesseren.',
  'Kort gesproken bij de bakker.',
  'Bedankt voor de tip, laten weten dat ik de cursus doe.',
  '',
];

export const OWN_QUESTIONS = [
  'Hoe ziet de inwerkperiode eruit?',
  'Wat zou u anders doen als u opnieuw begon?',
  'Welke vaardigheid wordt hier het meest onderschat?',
  'Wie beslist er uiteindelijk over nieuwe mensen?',
  'Kent u iemand die de overstap ook heeft gemaakt?',
];

export const OWN_REMINDERS = [
  'Vacature bij de gemeente bekijken',
  'Cv bijwerken met het nieuwe project',
  'Open sollicitatie versturen',
  'Netwerkborrel: aanmelden',
  'LinkedIn-profiel nalopen',
  'Terugbellen over de meeloopdag',
  'Artikel doorsturen',
  'Motivatiebrief laten lezen',
];
