/**
 * The name of every value of the domain's lists (a contact's kring, a conversation's soort, a reminder's
 * kind…) in each UI language: the one place they are written. The renderer's screens, core's
 * notifications and main's tray all read them here, so a kind is called the same wherever it shows.
 *
 * Plain data and types only (no Node, no DOM): main, core and the renderer all import it.
 */
import type { Language, ReminderGroup, SnoozeOption } from '../contract';
import type {
  Cadence,
  Circle,
  ConversationChannel,
  ConversationKind,
  ConversationStatus,
  QuestionPurpose,
  RecordCollection,
  ReminderKind,
  Strength,
  ThanksMethod,
  ThreeB,
  TouchChannel,
  Warmth,
} from '../domain';

export interface DomainLabels {
  /** Kring: where someone belongs in the person's life. */
  circles: Record<Circle, string>;
  /** Warm, lauw, koud: short, as a badge or in a list. */
  warmths: Record<Warmth, string>;
  /** The same, said out as a choice in the contact form. */
  warmthOptions: Record<Warmth, string>;
  /** How well the person knows someone. */
  strengths: Record<Strength, string>;
  /** How often to get in touch (contact onderhouden). */
  cadences: Record<Cadence, string>;
  conversationStatuses: Record<ConversationStatus, string>;
  /** How a conversation takes place. */
  conversationChannels: Record<ConversationChannel, string>;
  /** Soort gesprek: one name per kind, in the editor, the lists, the timeline, the charts and notifications. */
  conversationKinds: Record<ConversationKind, string>;
  /** The three B's of the networking cycle. */
  threeBs: Record<ThreeB, string>;
  /** What each B means, in a few words after its name. */
  threeBHints: Record<ThreeB, string>;
  /** How a thank-you was sent, as a choice. */
  thanksMethods: Record<ThanksMethod, string>;
  /** The same inside a sentence: "Bedankt met een kaartje, op …". */
  thanksVia: Record<ThanksMethod, string>;
  /** How a small touch ("contact gehad") happened. */
  touchChannels: Record<TouchChannel, string>;
  /** What a question in the question bank is for. */
  questionPurposes: Record<QuestionPurpose, string>;
  reminderKinds: Record<ReminderKind, string>;
  /** The sections of the Herinneringen screen. */
  reminderGroups: Record<ReminderGroup, string>;
  /** The choices of the snooze menu. */
  snoozeOptions: Record<SnoozeOption, string>;
  /** What a record of the journal is, named before its own label ("Gesprek 3 november"). */
  records: Record<RecordCollection, string>;
  /** The UI languages, each in its own words. */
  languages: Record<Language, string>;
}

const nl: DomainLabels = {
  circles: {
    familie: 'Familie',
    vrienden: 'Vrienden',
    buren: 'Buren',
    studie: 'Studie of school',
    werk: 'Werk of collega’s',
    club: 'Club of vereniging',
    alumni: 'Alumni',
    online: 'Online',
    overig: 'Overig',
  },
  warmths: { warm: 'Warm', lauw: 'Lauw', koud: 'Koud' },
  warmthOptions: {
    warm: 'Warm: ik ken deze persoon zelf',
    lauw: 'Lauw: via iemand anders',
    koud: 'Koud: nieuw contact',
  },
  strengths: {
    'heel-goed': 'Ken ik heel goed',
    goed: 'Ken ik goed',
    'een-beetje': 'Ken ik een beetje',
  },
  cadences: {
    standaard: 'Standaard',
    geen: 'Niet herinneren',
    'twee-weken': 'Elke twee weken',
    maandelijks: 'Maandelijks',
    kwartaal: 'Elk kwartaal',
    halfjaar: 'Elk half jaar',
    jaarlijks: 'Jaarlijks',
    aangepast: 'Aangepast',
  },
  conversationStatuses: { gepland: 'Gepland', gehouden: 'Gehouden' },
  conversationChannels: {
    persoonlijk: 'Persoonlijk',
    telefonisch: 'Telefonisch',
    video: 'Videogesprek',
    email: 'E-mail',
    social: 'LinkedIn of sociale media',
    bijeenkomst: 'Bijeenkomst of borrel',
  },
  conversationKinds: {
    orienterend: 'Oriënterend gesprek',
    'tips-en-namen': 'Tips en namen vragen',
    bijpraten: 'Bijpraten',
    'hulp-aanbieden': 'Hulp aanbieden',
    anders: 'Ander soort gesprek',
  },
  threeBs: { bouwen: 'Bouwen', bevestigen: 'Bevestigen', benutten: 'Benutten' },
  threeBHints: {
    bouwen: 'een nieuwe relatie aangaan',
    bevestigen: 'laten merken dat je er nog bent',
    benutten: 'hulp vragen of hulp geven',
  },
  thanksMethods: { kaartje: 'Kaartje', email: 'E-mail', bericht: 'Bericht', telefoon: 'Telefoon' },
  thanksVia: {
    kaartje: 'met een kaartje',
    email: 'per e-mail',
    bericht: 'met een bericht',
    telefoon: 'telefonisch',
  },
  touchChannels: {
    telefoon: 'Telefoon',
    kaartje: 'Kaartje',
    bericht: 'Bericht',
    email: 'E-mail',
    persoonlijk: 'Persoonlijk',
    social: 'Sociale media',
  },
  questionPurposes: {
    'tips-en-namen': 'Tips en namen',
    verkennen: 'Verkennen',
    doorvragen: 'Doorvragen bij een nee',
    achtergrond: 'Achtergrond',
    afsluiten: 'Goed afsluiten',
  },
  reminderKinds: {
    bedanken: 'Bedanken',
    'contact-onderhouden': 'Contact onderhouden',
    opvolgen: 'Opvolgen',
    eigen: 'Eigen herinnering',
  },
  reminderGroups: {
    overdue: 'Te laat',
    today: 'Vandaag',
    soon: 'Binnenkort',
    // Not "Later": that is the snooze button on every reminder.
    later: 'Daarna',
    done: 'Afgerond',
  },
  snoozeOptions: {
    hour: 'Over een uur',
    evening: 'Vanavond',
    morning: 'Morgenochtend',
    week: 'Volgende week',
    moment: 'Kies een moment…',
  },
  records: {
    contacts: 'Contact',
    conversations: 'Gesprek',
    touches: 'Contactmoment',
    ownQuestions: 'Eigen vraag',
    organisations: 'Organisatie',
    reminders: 'Herinnering',
    profile: 'Mijn doel',
    helpRequests: 'Hulpvraag',
    helpAsks: 'Gevraagd',
    plannedActions: 'Actie',
    messageTemplates: 'Eigen tekst',
  },
  languages: { nl: 'Nederlands', en: 'English' },
};

const en: DomainLabels = {
  circles: {
    familie: 'Family',
    vrienden: 'Friends',
    buren: 'Neighbours',
    studie: 'Studies or school',
    werk: 'Work or colleagues',
    club: 'Club or association',
    alumni: 'Alumni',
    online: 'Online',
    overig: 'Other',
  },
  warmths: { warm: 'Warm', lauw: 'Lukewarm', koud: 'Cold' },
  warmthOptions: {
    warm: 'Warm: I know them myself',
    lauw: 'Lukewarm: through someone else',
    koud: 'Cold: a new contact',
  },
  strengths: {
    'heel-goed': 'I know them very well',
    goed: 'I know them fairly well',
    'een-beetje': 'I know them a little',
  },
  cadences: {
    standaard: 'Default',
    geen: 'No reminders',
    'twee-weken': 'Every two weeks',
    maandelijks: 'Monthly',
    kwartaal: 'Every quarter',
    halfjaar: 'Every six months',
    jaarlijks: 'Yearly',
    aangepast: 'Custom',
  },
  conversationStatuses: { gepland: 'Planned', gehouden: 'Held' },
  conversationChannels: {
    persoonlijk: 'In person',
    telefonisch: 'By phone',
    video: 'Video call',
    email: 'Email',
    social: 'LinkedIn or social media',
    bijeenkomst: 'Event or drinks',
  },
  conversationKinds: {
    orienterend: 'Exploratory conversation',
    'tips-en-namen': 'Asking for tips and names',
    bijpraten: 'Catching up',
    'hulp-aanbieden': 'Offering help',
    anders: 'Other conversation',
  },
  threeBs: { bouwen: 'Build', bevestigen: 'Reaffirm', benutten: 'Call on' },
  threeBHints: {
    bouwen: 'start a new relation',
    bevestigen: 'show you are still around',
    benutten: 'ask for help or give it',
  },
  thanksMethods: { kaartje: 'Card', email: 'Email', bericht: 'Message', telefoon: 'Phone' },
  thanksVia: {
    kaartje: 'with a card',
    email: 'by email',
    bericht: 'with a message',
    telefoon: 'by phone',
  },
  touchChannels: {
    telefoon: 'Phone',
    kaartje: 'Card',
    bericht: 'Message',
    email: 'Email',
    persoonlijk: 'In person',
    social: 'Social media',
  },
  questionPurposes: {
    'tips-en-namen': 'Tips and names',
    verkennen: 'Exploring',
    doorvragen: 'Probing after a no',
    achtergrond: 'Background',
    afsluiten: 'Closing well',
  },
  reminderKinds: {
    bedanken: 'Say thank you',
    'contact-onderhouden': 'Keep in touch',
    opvolgen: 'Follow up',
    eigen: 'Own reminder',
  },
  reminderGroups: {
    overdue: 'Overdue',
    today: 'Today',
    soon: 'Soon',
    later: 'Further ahead',
    done: 'Done',
  },
  snoozeOptions: {
    hour: 'In an hour',
    evening: 'This evening',
    morning: 'Tomorrow morning',
    week: 'Next week',
    moment: 'Pick a moment…',
  },
  records: {
    contacts: 'Contact',
    conversations: 'Conversation',
    touches: 'Touch',
    ownQuestions: 'Own question',
    organisations: 'Organisation',
    reminders: 'Reminder',
    profile: 'My goal',
    helpRequests: 'Request for help',
    helpAsks: 'Asked',
    plannedActions: 'Action',
    messageTemplates: 'Own text',
  },
  languages: { nl: 'Nederlands', en: 'English' },
};

/** The labels of the domain's lists, per UI language. */
export const labels: Record<Language, DomainLabels> = { nl, en };
