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
  circles,
  Journal,
  JOURNAL_SCHEMA_VERSION,
  strengths,
  warmths,
  type Contact,
} from '../../electron/contract/domain';
import { writeFileDurably } from '../../electron/core/journal/durable-write';
import { serializeJournal } from '../../electron/core/journal/serialize';

export interface GenerateOptions {
  /** How many contacts. */
  contacts: number;
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
      archived: chance(0.05),
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
    });
  }
  return Journal.parse({ schemaVersion: JOURNAL_SCHEMA_VERSION, contacts });
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
