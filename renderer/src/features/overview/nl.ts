/** Words of Overzicht, in Dutch. */
import type { OverviewWords } from './words';

export const overviewNL: OverviewWords = {
  title: 'Overzicht',
  intro: 'Wat je vandaag kunt doen, en hoe je netwerk ervoor staat.',
  loading: 'Overzicht laden…',
  failed: 'Het overzicht kon niet worden geladen.',
  retry: 'Opnieuw proberen',
  today: {
    title: 'Vandaag',
    none: 'Niets dat vandaag om aandacht vraagt. Mooi moment om iemand te spreken die je al lang niet zag.',
    moreDue: { one: 'Nog {n} herinnering staat open.', other: 'Nog {n} herinneringen staan open.' },
    openReminders: 'Naar Herinneringen',
    notNow: 'Niet nu',
    notNowLabel: (name) => `Niet nu: ${name}`,
    notNowToast: (name) => `${name} komt over een week terug in Vandaag.`,
    ask: {
      'thank-you': (name) => `Bedank ${name}`,
      'follow-up': (name) => `Volg je gesprek met ${name} op`,
      'weak-tie': (name) => `Laat iets van je horen bij ${name}`,
      'gone-quiet': (name) => `Pak de draad weer op met ${name}`,
      'ask-conversation': (name) => `Vraag ${name} om een netwerkgesprek`,
      'no-one-at-target': (organisation) => `Je kent niemand bij ${organisation}: wie kent er iemand?`,
    },
    why: {
      noOneAtTarget:
        'Hier wil je werken. Een warm contact kent vaak iemand die er werkt, en stelt je graag voor.',
      thankYouToday: 'Een bedankje doet het meeste de dag na het gesprek: vandaag dus.',
      thankYouLate: (ago) => `Het gesprek was ${ago} geleden. Ook laat is een bedankje nog welkom.`,
      followUpToday: 'Je sprak een volgende stap af voor vandaag.',
      followUpLate: (ago) => `De volgende stap die je afsprak is ${ago} over tijd.`,
      weakTie: (ago) =>
        `Je kent elkaar een beetje en sprak elkaar ${ago} niet. Zulke losse banden helpen vaak het meest, en vervagen het eerst.`,
      weakTieNever: 'Je kent elkaar een beetje, maar je hebt nog nooit contact vastgelegd.',
      goneQuiet: (ago) => `Al ${ago} geen contact: de relatie is verwaterd. Een kleine attentie is genoeg.`,
      goneQuietNever: 'Nog nooit contact vastgelegd: de relatie is verwaterd.',
      askConversation:
        'Er staat deze week nog geen gesprek gepland. Iemand die je goed kent, zegt eerder ja.',
    },
    action: {
      askAround: 'Bekijk wie je kent',
      thank: 'Bedanken',
      followUp: 'Gesprek openen',
      logTouch: 'Contact noteren',
      plan: 'Gesprek plannen',
    },
  },
  map: {
    title: 'Je netwerk in kaart',
    byWarmth: 'Kring × warmte',
    byStrength: 'Sterkte',
    viewLabel: 'Weergave',
    circleColumn: 'Kring',
    noStrength: 'Niet aangegeven',
    total: 'Totaal',
    cellLabel: (count, circle, warmth) =>
      `${count} ${warmth.toLowerCase()} in ${circle.toLowerCase()}: toon in Contacten`,
    strengthLabel: (count, strength) => `${strength}: ${count}, toon in Contacten`,
    unplaced: {
      one: '{n} persoon staat nog niet in de kaart: geen kring of warmte ingevuld.',
      other: '{n} mensen staan nog niet in de kaart: geen kring of warmte ingevuld.',
    },
    showUnplaced: 'Toon in Contacten',
    unsorted: {
      one: '{n} contact uit een import is nog niet ingedeeld.',
      other: '{n} contacten uit een import zijn nog niet ingedeeld.',
    },
    sortIn: 'Nu indelen',
    people: { one: '{n} persoon', other: '{n} personen' },
    empty:
      'Nog niemand in je netwerk. Begin in Contacten met de mensen die je al kent: familie, vrienden, buren, oud-collega’s.',
    toContacts: 'Naar Contacten',
  },
  dunbar: {
    title: 'Dunbar',
    known: { one: 'Je kent {n} persoon goed of heel goed', other: 'Je kent {n} mensen goed of heel goed' },
    against: (limit) => `van de ongeveer ${limit} met wie een mens echt contact kan houden.`,
    noStrengths:
      'Hoeveel mensen ken je goed? Dat telt de app zodra je bij je contacten invult hoe goed je iemand kent: heel goed, goed of een beetje. Dan zie je hier hoeveel relaties je echt onderhoudt.',
    meaningFew: 'Er is ruimte: elke relatie die je goed onderhoudt, telt.',
    meaningMany: 'Dat is veel om bij te houden. Kies wie je actief onderhoudt; de rest mag rustiger.',
  },
  threeB: {
    title: 'De drie B’s',
    recent: 'Laatste 4 weken',
    longer: 'Laatste 12 weken',
    none: 'Nog niets geteld. Gehouden gesprekken en genoteerd contact tellen hier mee.',
    few: 'Nog te weinig om iets over de balans te zeggen.',
    balanced: 'Je bouwt, bevestigt en benut in evenwicht.',
    lopsided: {
      bouwen: 'Je bouwt veel',
      bevestigen: 'Je bevestigt veel',
      benutten: 'Je benut veel',
    },
    fewOf: {
      bouwen: 'maar bouwt weinig nieuwe relaties op.',
      bevestigen: 'maar bevestigt weinig: laat ook bestaande contacten merken dat je er nog bent.',
      benutten: 'maar benut je netwerk weinig: durf om raad of namen te vragen, of bied zelf hulp.',
    },
    tableCaption: 'De drie B’s per periode (tabel)',
    periodColumn: 'Periode',
  },
  rhythm: {
    title: 'Ritme',
    goal: {
      one: 'Doel: {n} gesprek of contact per week',
      other: 'Doel: {n} gesprekken of contacten per week',
    },
    streak: { one: '{n} week op rij je doel gehaald', other: '{n} weken op rij je doel gehaald' },
    noStreak: 'Nog geen reeks: elke week op doel telt mee.',
    setGoal: 'Doel aanpassen',
    weekOf: (date) => `week van ${date}`,
    weekColumn: 'Week',
    conversations: 'Gesprekken',
    touches: 'Contact',
    onGoal: 'Doel gehaald',
    yes: 'ja',
    no: 'nee',
    goalLine: 'Weekdoel',
    tableCaption: 'Ritme per week (tabel)',
    barTitle: (week, conversations, touches) => `${week}: ${conversations} gesprekken, ${touches} contact`,
  },
  quiet: {
    title: 'Verwaterd',
    intro: 'Mensen van wie je lang niets hoorde. Wie het langst stil is, staat bovenaan.',
    none: 'Geen verwaterde relaties. Je houdt goed contact.',
    total: { one: '{n} relatie', other: '{n} relaties' },
    lastConversation: (ago, channel) => `Laatste gesprek ${ago} geleden (${channel.toLowerCase()})`,
    lastTouch: (ago, channel) => `Laatste contact ${ago} geleden (${channel.toLowerCase()})`,
    lastNoted: (ago) => `Laatste contact ${ago} geleden`,
    lastKept: (ago) => `${ago} geleden contact gehouden`,
    never: (ago) => `Nooit contact vastgelegd (toegevoegd ${ago} geleden)`,
    ideasTitle: 'Ideeën voor een kleine attentie',
    ideas: [
      'Stuur een artikel of vacature door waar de ander iets aan heeft.',
      'Feliciteer met een nieuwe baan, een verjaardag of een mijlpaal.',
      'Stuur een kaartje, gewoon omdat je aan de ander dacht.',
      'Vraag hoe dat project of die opleiding is afgelopen.',
    ],
    logTouch: 'Contact noteren',
    plan: 'Gesprek plannen',
    more: { one: 'En nog {n} andere.', other: 'En nog {n} anderen.' },
  },
  spread: {
    title: 'Spreiding',
    circle: (count, of, circle) =>
      `${count} van je laatste ${of} gesprekken waren in je kring ${circle.toLowerCase()}. Ook andere kringen kennen mensen die je verder helpen.`,
    organisation: (count, of, organisation) =>
      `${count} van je laatste ${of} gesprekken waren met mensen van ${organisation}. Kijk ook eens buiten die organisatie.`,
    spread: (of, organisations, circles) =>
      `Je laatste ${of} gesprekken waren met mensen van ${organisations}, uit ${circles}: mooi gespreid over je netwerk.`,
    organisations: { one: '{n} organisatie', other: '{n} organisaties' },
    circles: { one: '{n} kring', other: '{n} kringen' },
    tooFew:
      'Na vijf gesprekken zie je hier of ze over je hele netwerk gaan of steeds binnen één kring of organisatie blijven.',
  },
  touchDialog: {
    title: (name) => `Contact met ${name} noteren`,
    saved: (name) => `Contact met ${name} is opgeslagen.`,
  },
  goalSetting: {
    invalid: 'Kies een heel getal van 1 tot en met 50.',
    title: 'Overzicht',
    label: 'Weekdoel',
    hint: 'Hoeveel gesprekken en contactmomenten je per week wilt halen. Ritme op Overzicht meet ertegen.',
    saved: 'Opgeslagen',
  },
};
