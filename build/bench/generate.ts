/**
 * A deterministic, realistic-looking journal for benchmarks, tests and screenshots.
 *
 * Everything comes from one seeded PRNG and a fixed "today", so the same options always give the same
 * journal, byte for byte. The people are Dutch-flavoured on purpose: diacritics (Müller, Çelik, Zoë),
 * tussenvoegsels (van den Berg), double-barrelled names (Jansen-de Vries), so search and sort meet what a
 * real journal holds.
 */
import { join } from 'node:path';
import {
  cadences,
  circles,
  conversationChannels,
  conversationKinds,
  Journal,
  JOURNAL_SCHEMA_VERSION,
  questionPurposes,
  strengths,
  thanksMethods,
  threeBs,
  touchChannels,
  warmths,
  type Contact,
  type Conversation,
  type OwnQuestion,
  type Referral,
  type Reminder,
  type ReminderKind,
  type Touch,
} from '../../electron/contract/domain';
import { writeFileDurably } from '../../electron/core/journal/durable-write';
import { serializeJournal } from '../../electron/core/journal/serialize';

export interface GenerateOptions {
  /** How many contacts. */
  contacts: number;
  /** How many networking conversations; five per contact unless given. */
  conversations?: number;
  /** How many small touches ("contact gehad"); one per contact unless given. */
  touches?: number;
  /** How many reminders, of every kind and state (most of them done); four per contact unless given. */
  reminders?: number;
  /** PRNG seed; the same seed gives the same journal. */
  seed: number;
  /** The day the journal is "as of" (YYYY-MM-DD): contact dates fall before it. */
  today?: string;
}

/** sfc32: small, fast and good enough for test data; seeded through splitmix32. */
export function createRandom(seed: number): () => number {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

const FIRST_NAMES = [
  'Anouk',
  'Daan',
  'Sanne',
  'Bram',
  'Fleur',
  'Thijs',
  'Lotte',
  'Jeroen',
  'Eva',
  'Sem',
  'Emma',
  'Julia',
  'Lucas',
  'Sophie',
  'Tess',
  'Finn',
  'Mila',
  'Levi',
  'Zoë',
  'Chloë',
  'Daniël',
  'Joëlle',
  'Noël',
  'Ilse',
  'Marloes',
  'Wouter',
  'Kees',
  'Henk',
  'Ingrid',
  'Femke',
  'Maarten',
  'Ruud',
  'Mariëlle',
  'René',
  'André',
  'Inês',
  'Mohammed',
  'Fatima',
  'Yusuf',
  'Zeynep',
  'Ayşe',
  'Hüseyin',
  'Gökhan',
  'Elif',
  'Karim',
  'Siham',
  'Bilal',
  'Nadia',
  'Priya',
  'Anand',
  'Wei',
  'Linh',
  'Søren',
  'Björn',
  'Agnieszka',
  'Łukasz',
  'José',
  'Renée',
  'Gijs',
  'Joost',
  'Marieke',
  'Annelies',
  'Pieter',
  'Hanneke',
  'Stijn',
  'Roos',
  'Jasper',
  'Noor',
  'Floor',
  'Tim',
  'Lieke',
  'Rik',
  'Esmée',
  'Ibrahim',
  'Anna',
  'Willemijn',
  'Geert',
  'Mirjam',
  'Xander',
];

const LAST_NAMES = [
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'van Dijk',
  'Bakker',
  'Janssen',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'van der Linden',
  'Kok',
  'Jacobs',
  'de Haan',
  'Vermeulen',
  'van den Heuvel',
  'van der Veen',
  'van den Broek',
  'de Bruijn',
  'van der Heijden',
  'Schouten',
  'van Beek',
  'Willems',
  'van Vliet',
  'van de Ven',
  'Hoekstra',
  'Maas',
  'Verhoeven',
  'Koster',
  'van Dam',
  'van der Wal',
  'Prins',
  'Blom',
  'Huisman',
  "in 't Veld",
  'Müller',
  'Çelik',
  'Yılmaz',
  'Öztürk',
  'Şahin',
  'Kaya',
  'Demir',
  'El Amrani',
  'Bouzid',
  'Nguyễn',
  'Groß',
  'Østergaard',
  'Lefèvre',
  'Gonçalves',
  'Pérez',
  'Kowalczyk',
  'Wójcik',
  'Đorđević',
  'Señorans',
  'Ağaoğlu',
  'Boukhari',
  'Tjon-A-Fat',
  'Kramer',
];

const PLAIN_LAST_NAMES = LAST_NAMES.filter((n) => !n.includes(' '));

const ORGANISATIONS = [
  'ASML',
  'Philips',
  'Rabobank',
  'ING',
  'ABN AMRO',
  'Gemeente Utrecht',
  'Gemeente Rotterdam',
  'Gemeente Amsterdam',
  'UWV',
  'Albert Heijn',
  'Bol.com',
  'Coolblue',
  'KLM',
  'NS',
  'Rijkswaterstaat',
  'Belastingdienst',
  'TU Delft',
  'Universiteit Leiden',
  'Hogeschool Utrecht',
  'Erasmus MC',
  'UMC Utrecht',
  'Stichting Humanitas',
  'Vitens',
  'Eneco',
  'Heijmans',
  'Randstad',
  'Tempo-Team',
  'Exact',
  'Adyen',
  'Mollie',
  'Booking.com',
  'Picnic',
  'Nationale-Nederlanden',
  'Achmea',
  'a.s.r.',
  'Ahold Delhaize',
  'Politie Nederland',
  'Koninklijke Bibliotheek',
  'Bakkerij Van der Veen',
  'Café De Zwaan',
  'Huisartsenpraktijk De Linde',
  'Schoenmaker & Zn. Accountants',
  'Brasserie Één',
  'Zorggroep Noorderbreedte',
  'Crèche Het Zonnetje',
  'Fietsenmakerij Ötzi',
  'Stichting Vluchtelingenwerk',
  'Omroep Brabant',
  'Kinepolis',
  'Greenpeace Nederland',
];

const ROLES = [
  'Recruiter',
  'HR-adviseur',
  'Teamleider',
  'Projectmanager',
  'Software-ontwikkelaar',
  'Data-analist',
  'Beleidsmedewerker',
  'Docent',
  'Verpleegkundige',
  'Accountmanager',
  "Zzp'er",
  'Directeur',
  'Officemanager',
  'UX-ontwerper',
  'Consultant',
  'Product owner',
  'Scrum master',
  'Jurist',
  'Communicatieadviseur',
  'Financieel controller',
  'Huisarts',
  'Onderzoeker',
  'Promovendus',
  'Stagiair',
  'Gepensioneerd',
  'Werkzoekend',
  'Eigenaar',
  'Inkoper',
  'Logistiek medewerker',
  'Monteur',
  'Bouwkundig tekenaar',
  'Coördinator vrijwilligers',
  'Café-eigenaar',
  'Operationeel manager',
];

const TAGS = [
  'recruiter',
  'it',
  'zorg',
  'onderwijs',
  'overheid',
  'startup',
  'mentor',
  'referentie',
  'ambassadeur',
  'koffie',
  'linkedin',
  'oud-collega',
  'buurman',
  'vereniging',
  'hockey',
  'voetbal',
  'koor',
  'vrijwilliger',
  'netwerkborrel',
  'data',
  'marketing',
  'financiën',
  'zzp',
  'leidinggevende',
  'beslisser',
  'follow-up',
  'kerstkaart',
  'alumni-vu',
  'duurzaamheid',
  'logistiek',
  'techniek',
  'cultuur',
  'café',
  'moskee',
  'kerk',
];

const CITIES = [
  'Amsterdam',
  'Rotterdam',
  'Den Haag',
  'Utrecht',
  'Eindhoven',
  'Groningen',
  'Tilburg',
  'Almere',
  'Breda',
  'Nijmegen',
  'Leeuwarden',
  'Maastricht',
  "'s-Hertogenbosch",
  'Zwolle',
  'Enschede',
  'Haarlem',
  'Arnhem',
  'Delft',
  'Leiden',
  'Súdwest-Fryslân',
];

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

const CLUBS = ['hockeyclub', 'voetbalvereniging', 'roeivereniging', 'schaakclub', 'koor', 'buurtvereniging'];

type Pick = <T>(items: readonly T[]) => T;

const SENTENCES: ((p: Pick, r: () => number) => string)[] = [
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

const SECTORS = [
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

const GOALS: ((p: Pick) => string)[] = [
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

const QUESTIONS = [
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

const ANSWERS = [
  'Via een stage, daarna doorgegroeid.',
  'Vooral nieuwsgierigheid en goed kunnen luisteren.',
  'Meer automatisering en minder handwerk.',
  'Bijna altijd via via; vacatures komen pas later.',
  'Praktijkervaring met projecten; denk aan vrijwilligerswerk.',
  'Een korte cursus projectmatig werken is genoeg om te beginnen.',
  'Zie de namen hieronder.',
  'Ja, noem gerust mijn naam.',
];

const NOTES = [
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

const WENT_WELL = [
  'Goed voorbereid; mijn vragen sloten aan.',
  'Rustig gebleven en goed doorgevraagd.',
  'Het gesprek voelde als een gesprek, niet als een sollicitatie.',
  'Duidelijk gezegd wat ik zoek.',
  'Op tijd afgerond, zoals afgesproken.',
  'Mijn verhaal over de overstap kwam goed over.',
];

const COULD_BE_BETTER = [
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

const TIPS = [
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

const WHY = [
  'Kent iedereen in de sector.',
  'Heeft dezelfde overstap gemaakt.',
  'Zit in het team dat volgend jaar uitbreidt.',
  'Kan vertellen hoe de werving echt gaat.',
  'Zoekt soms mensen voor tijdelijke projecten.',
  '',
];

const GAVE = [
  'Een artikel over de arbeidsmarkt doorgestuurd.',
  'Aangeboden mee te denken over hun nieuwsbrief.',
  'Mijn contact bij de hogeschool voorgesteld.',
  'Hulp aangeboden bij de vrijwilligersdag.',
];

const NEXT_STEPS = [
  'Bedankmail sturen en cv bijvoegen.',
  'De genoemde personen benaderen.',
  'Over een maand laten weten hoe het gaat.',
  'Inschrijven voor de cursus.',
  'Open sollicitatie schrijven.',
];

const TOUCH_NOTES = [
  'Even gebeld, gaat goed met haar.',
  'Kerstkaart gestuurd.',
  'Gefeliciteerd met de nieuwe baan.',
  'Artikel doorgestuurd dat hem kon interesseren.',
  'Kort gesproken bij de bakker.',
  'Bedankt voor de tip, laten weten dat ik de cursus doe.',
  '',
];

const OWN_QUESTIONS = [
  'Hoe ziet de inwerkperiode eruit?',
  'Wat zou u anders doen als u opnieuw begon?',
  'Welke vaardigheid wordt hier het meest onderschat?',
  'Wie beslist er uiteindelijk over nieuwe mensen?',
  'Kent u iemand die de overstap ook heeft gemaakt?',
];

function toAscii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function addDays(day: string, days: number): Date {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date;
}

const OWN_REMINDERS = [
  'Vacature bij de gemeente bekijken',
  'Cv bijwerken met het nieuwe project',
  'Open sollicitatie versturen',
  'Netwerkborrel: aanmelden',
  'LinkedIn-profiel nalopen',
  'Terugbellen over de meeloopdag',
  'Artikel doorsturen',
  'Motivatiebrief laten lezen',
];

/** Reminders fall due at the usual reminder time, some at a moment of the user's own. */
const REMINDER_TIME = '09:00';
const REMINDER_ZONE = 'Europe/Amsterdam';

/** A journal of `options.contacts` contacts that passes the `Journal` schema. Deterministic per seed. */
export function generateJournal(options: GenerateOptions): Journal {
  const random = createRandom(options.seed);
  const today = options.today ?? '2026-11-23';
  const pick: Pick = (items) => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const sentences = (max: number) => {
    const count = int(0, max);
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(pick(SENTENCES)(pick, random));
    return out.join(' ');
  };
  const uuid = () => {
    const hex = (n: number) =>
      Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
    const variant = (8 + Math.floor(random() * 4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  };

  // What came with reminders (cadences, the reminders themselves) draws from a second stream, so the
  // contacts, conversations and touches stay exactly what they were before reminders existed.
  const more = createRandom(options.seed ^ 0x5eed_4);
  const morePick = <T>(items: readonly T[]): T => items[Math.floor(more() * items.length)]!;
  const moreInt = (min: number, max: number) => min + Math.floor(more() * (max - min + 1));
  const moreUuid = () => {
    const hex = (n: number) => Array.from({ length: n }, () => Math.floor(more() * 16).toString(16)).join('');
    const variant = (8 + Math.floor(more() * 4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  };
  /** Most follow the default for their strength; a few have none, a fixed one or their own number of days. */
  const cadence = (): { cadence: Contact['cadence']; cadenceDays: number | null } => {
    const roll = more();
    if (roll < 0.85) return { cadence: 'standaard', cadenceDays: null };
    if (roll < 0.9) return { cadence: 'geen', cadenceDays: null };
    if (roll < 0.97) {
      const fixed = cadences.filter((c) => c !== 'standaard' && c !== 'geen' && c !== 'aangepast');
      return { cadence: morePick(fixed), cadenceDays: null };
    }
    return { cadence: 'aangepast', cadenceDays: moreInt(10, 120) };
  };

  const contacts: Contact[] = [];
  for (let i = 0; i < options.contacts; i++) {
    const first = pick(FIRST_NAMES);
    let last = pick(LAST_NAMES);
    // Double-barrelled: "Jansen-de Vries" (the second part keeps its lower-case tussenvoegsel).
    if (chance(0.08)) last = `${pick(PLAIN_LAST_NAMES)}-${pick(LAST_NAMES)}`;
    const name = `${first} ${last}`;
    const organisation = chance(0.85) ? pick(ORGANISATIONS) : '';
    const slug = `${toAscii(first)}.${toAscii(last)}`;
    const domain = organisation ? `${toAscii(organisation) || 'bedrijf'}.nl` : 'example.nl';
    const createdAt = addDays(today, -int(30, 5 * 365));
    createdAt.setUTCHours(int(7, 21), int(0, 59), int(0, 59), int(0, 999));
    const updatedAt = new Date(
      Math.min(createdAt.getTime() + int(0, 400) * 86_400_000, addDays(today, 0).getTime()),
    );
    const tagCount = chance(0.2) ? 0 : int(1, 4);
    const tags = [...new Set(Array.from({ length: tagCount }, () => pick(TAGS)))];

    contacts.push({
      id: uuid(),
      name,
      organisation,
      role: chance(0.8) ? pick(ROLES) : '',
      email: chance(0.6) ? `${slug}@${domain}` : '',
      phone: chance(0.4) ? `+31 6 ${int(10, 99)} ${int(10, 99)} ${int(10, 99)} ${int(10, 99)}` : '',
      linkedin: chance(0.4) ? `https://www.linkedin.com/in/${slug.replace('.', '-')}-${int(1, 9999)}` : '',
      circle: chance(0.9) ? pick(circles) : null,
      warmth: chance(0.85) ? pick(warmths) : null,
      strength: chance(0.85) ? pick(strengths) : null,
      // ~30% were introduced by someone already in the journal.
      introducedById: i > 0 && chance(0.3) ? contacts[int(0, i - 1)]!.id : null,
      howWeMet: chance(0.5) ? sentences(1) : '',
      aboutThem: sentences(3),
      canOffer: chance(0.3) ? sentences(2) : '',
      tags,
      notes: sentences(3),
      lastContactOn: chance(0.85)
        ? addDays(today, -int(0, 3 * 365))
            .toISOString()
            .slice(0, 10)
        : null,
      ...cadence(),
      archived: chance(0.05),
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
    });
  }
  // The contact a bench opens "with 50 conversations": someone who introduced others and was introduced
  // themselves, so their chain has something on every side.
  const introductions = new Map<string, number>();
  for (const c of contacts) {
    if (c.introducedById) introductions.set(c.introducedById, (introductions.get(c.introducedById) ?? 0) + 1);
  }
  const busy =
    contacts.length === 0
      ? undefined
      : [...contacts].sort(
          (a, b) =>
            Number(b.introducedById !== null) - Number(a.introducedById !== null) ||
            (introductions.get(b.id) ?? 0) - (introductions.get(a.id) ?? 0),
        )[0]!;
  const dayOf = (date: Date) => date.toISOString().slice(0, 10);
  /** Another contact than `not`, or null in a journal of one. */
  const someoneElse = (not: string): Contact | null => {
    if (contacts.length < 2) return null;
    for (;;) {
      const c = pick(contacts);
      if (c.id !== not) return c;
    }
  };
  const conversationCount = contacts.length === 0 ? 0 : (options.conversations ?? 5 * options.contacts);
  const conversations: Conversation[] = [];
  for (let i = 0; i < conversationCount; i++) {
    // A few people get many conversations, most a handful; the busy contact gets exactly 50.
    let contact: Contact;
    if (busy && i < Math.min(50, conversationCount)) contact = busy;
    else {
      do contact = chance(0.3) ? contacts[int(0, Math.ceil(contacts.length / 10) - 1)]! : pick(contacts);
      while (contact === busy && contacts.length > 1);
    }
    const day = addDays(today, -int(-60, 3 * 365));
    const date = dayOf(day);
    const status = date > today || chance(0.06) ? 'gepland' : 'gehouden';
    const held = status === 'gehouden';
    const created = addDays(date, -int(1, 21));
    created.setUTCHours(int(7, 21), int(0, 59), int(0, 59), int(0, 999));
    const updated = new Date(
      Math.min(created.getTime() + int(0, 30) * 86_400_000, addDays(today, 0).getTime()),
    );
    const questions = Array.from({ length: chance(0.25) ? 0 : int(1, 5) }, () => {
      const answered = held && chance(0.6);
      return {
        id: uuid(),
        text: pick(QUESTIONS),
        answered,
        answer: answered && chance(0.7) ? pick(ANSWERS) : '',
      };
    });
    const referrals: Referral[] = [];
    const evaluation =
      held && chance(0.85)
        ? {
            wentWell: chance(0.8) ? pick(WENT_WELL) : '',
            couldBeBetter: Array.from(
              { length: int(0, 3) },
              () => `${chance(0.5) ? '- ' : ''}${pick(COULD_BE_BETTER)}`,
            ).join('\n'),
            tips: Array.from({ length: int(0, 3) }, () => pick(TIPS)),
            referrals,
            gaveOrOffered: chance(0.3) ? pick(GAVE) : '',
            nextStep: chance(0.5) ? pick(NEXT_STEPS) : '',
            nextStepOn: chance(0.3) ? dayOf(addDays(date, int(1, 30))) : null,
          }
        : null;
    if (evaluation) {
      for (let r = int(0, 2); r > 0; r--) {
        // Some referrals were turned into (or linked to) a contact; a few of those to the busy contact.
        const linked = chance(0.25)
          ? busy && chance(0.02) && busy !== contact
            ? busy
            : someoneElse(contact.id)
          : null;
        referrals.push({
          id: uuid(),
          name: linked?.name ?? `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
          organisation: linked?.organisation ?? (chance(0.7) ? pick(ORGANISATIONS) : ''),
          role: linked?.role ?? (chance(0.6) ? pick(ROLES) : ''),
          why: pick(WHY),
          contactId: linked?.id ?? null,
        });
      }
    }
    const thanked = held && chance(0.7);
    const noteCount = held ? int(1, 6) : int(0, 1);
    conversations.push({
      id: uuid(),
      contactId: contact.id,
      participantIds: chance(0.08) ? [someoneElse(contact.id)?.id ?? ''].filter(Boolean) : [],
      status,
      date,
      time: chance(0.7) ? `${String(int(8, 20)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}` : null,
      channel: pick(conversationChannels),
      kind: pick(conversationKinds),
      threeB: chance(0.85) ? pick(threeBs) : null,
      goal: chance(0.9) ? pick(GOALS)(pick) : '',
      questions,
      preparation: chance(0.5) ? `${pick(NOTES)(pick)} ${sentences(1)}`.trim() : '',
      notes: Array.from({ length: noteCount }, () => pick(NOTES)(pick)).join(chance(0.5) ? '\n' : ' '),
      evaluation,
      thanks: thanked
        ? { thanked: true, how: pick(thanksMethods), on: dayOf(addDays(date, int(0, 3))) }
        : { thanked: false, how: null, on: null },
      createdAt: created.toISOString(),
      updatedAt: updated.toISOString(),
    });
  }

  const touches: Touch[] = [];
  const touchCount = contacts.length === 0 ? 0 : (options.touches ?? options.contacts);
  for (let i = 0; i < touchCount; i++) {
    const on = addDays(today, -int(0, 2 * 365));
    const created = new Date(on.getTime() + int(8, 20) * 3_600_000);
    touches.push({
      id: uuid(),
      contactId: pick(contacts).id,
      channel: pick(touchChannels),
      on: dayOf(on),
      note: pick(TOUCH_NOTES),
      createdAt: created.toISOString(),
    });
  }

  const ownQuestions: OwnQuestion[] = OWN_QUESTIONS.map((text) => ({
    id: uuid(),
    purpose: pick(questionPurposes),
    text,
    createdAt: addDays(today, -int(0, 365)).toISOString(),
  }));

  const reminderCount = contacts.length === 0 ? 0 : (options.reminders ?? 4 * options.contacts);
  const reminders = generateReminders(reminderCount, today, contacts, conversations, {
    random: more,
    pick: morePick,
    int: moreInt,
    uuid: moreUuid,
  });

  return Journal.parse({
    schemaVersion: JOURNAL_SCHEMA_VERSION,
    contacts,
    conversations,
    touches,
    ownQuestions,
    reminders,
    deleted: [],
    conflicts: [],
    setAside: [],
  });
}

interface Draw {
  random: () => number;
  pick: <T>(items: readonly T[]) => T;
  int: (min: number, max: number) => number;
  uuid: () => string;
}

/**
 * Reminders as years of use leave them: nearly all done or skipped, a few hundred still open or snoozed
 * (some overdue, most ahead), of every kind, linked as the app links them, all in Amsterdam time.
 */
function generateReminders(
  count: number,
  today: string,
  contacts: readonly Contact[],
  conversations: readonly Conversation[],
  draw: Draw,
): Reminder[] {
  const { random, pick, int, uuid } = draw;
  const held = conversations.filter((c) => c.status === 'gehouden');
  const withNextStep = held.filter((c) => c.evaluation?.nextStepOn);
  const day = (date: string, days: number) => addDays(date, days).toISOString().slice(0, 10);
  const at = (date: string, hour: number) => {
    const moment = new Date(`${date}T00:00:00Z`);
    moment.setUTCHours(hour, int(0, 59), int(0, 59), int(0, 999));
    return moment.toISOString();
  };
  const ownTime = () => `${String(int(7, 21)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`;
  // About 1.5% still to do: a few hundred in a journal of 20,000.
  const activeEvery = 64;
  const reminders: Reminder[] = [];
  for (let i = 0; i < count; i++) {
    const active = i % activeEvery === 0;
    const roll = random();
    const kind: ReminderKind =
      roll < 0.4 ? 'bedanken' : roll < 0.7 ? 'contact-onderhouden' : roll < 0.9 ? 'opvolgen' : 'eigen';
    let contactId: string | null = null;
    let conversationId: string | null = null;
    let date: string;
    if (kind === 'bedanken' && held.length) {
      const c = pick(held);
      [contactId, conversationId, date] = [c.contactId, c.id, day(c.date, 1)];
    } else if (kind === 'opvolgen' && withNextStep.length) {
      const c = pick(withNextStep);
      [contactId, conversationId, date] = [c.contactId, c.id, c.evaluation!.nextStepOn!];
    } else {
      contactId = kind === 'eigen' && random() < 0.5 ? null : pick(contacts).id;
      date = day(today, -int(1, 3 * 365));
    }
    // Open ones from the last weeks or the months ahead, whatever they are linked to.
    if (active) date = day(today, int(-30, 120));
    if (!active && date >= today) date = day(today, -int(1, 30));
    const time = kind === 'eigen' ? ownTime() : REMINDER_TIME;
    const snoozed = active && random() < 0.2;
    const past = date < today;
    const made = day(date, -int(1, 30));
    const createdAt = at(made > today ? day(today, -int(0, 7)) : made, int(7, 21));
    let state: Reminder['state'] = 'open';
    let snoozedUntil: Reminder['snoozedUntil'] = null;
    let notifiedAt: string | null = null;
    let completedAt: string | null = null;
    if (!active) {
      state = random() < 0.85 ? 'done' : 'skipped';
      const finished = day(date, int(0, 3));
      completedAt = at(finished > today ? today : finished, int(7, 21));
      notifiedAt = random() < 0.9 ? `${date}T0${int(7, 8)}:00:00.000Z` : null;
    } else if (snoozed) {
      state = 'snoozed';
      snoozedUntil = { date: day(today, int(0, 14)), time: ownTime(), zone: REMINDER_ZONE };
    } else if (past) {
      notifiedAt = `${date}T0${int(7, 8)}:00:00.000Z`;
    }
    reminders.push({
      id: uuid(),
      kind,
      contactId,
      conversationId,
      due: { date, time, zone: REMINDER_ZONE },
      title: kind === 'eigen' ? pick(OWN_REMINDERS) : '',
      note: kind === 'eigen' && random() < 0.3 ? pick(NEXT_STEPS) : '',
      state,
      snoozedUntil,
      notifiedAt,
      completedAt,
      createdAt,
      updatedAt: completedAt ?? createdAt,
    });
  }
  return reminders;
}

/** Writes `journal` with the app's own serializer and durable writer, as the app would. */
export async function writeJournal(path: string, journal: Journal): Promise<void> {
  await writeFileDurably(path, serializeJournal(journal));
}

/** Generates a journal and writes it as `journal.json` in `folder`; returns the path and the journal. */
export async function writeGeneratedJournal(
  folder: string,
  options: GenerateOptions,
): Promise<{ path: string; journal: Journal }> {
  const journal = generateJournal(options);
  const path = join(folder, 'journal.json');
  await writeJournal(path, journal);
  return { path, journal };
}
