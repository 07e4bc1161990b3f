import { describe, expect, it } from 'vitest';
import { Contact, JOURNAL_SCHEMA_VERSION, Journal, parseJournal } from './domain';
import { compileFastCheck } from './fast-check';

const isParsedContact = compileFastCheck(Contact);

const valid: Contact = {
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  name: 'Zoë Çelik-de Vries',
  organisation: 'Gemeente Utrecht',
  role: 'Beleidsmedewerker',
  email: 'zoe.celik@utrecht.nl',
  phone: '+31 (0)6 12 34 56 78',
  linkedin: 'https://www.linkedin.com/in/zoe',
  circle: 'werk',
  warmth: 'warm',
  strength: 'goed',
  introducedById: 'x-1',
  howWeMet: 'Netwerkborrel.',
  aboutThem: '',
  canOffer: '',
  tags: ['overheid', 'koffie'],
  notes: 'Bellen in maart.',
  lastContactOn: '2024-02-29',
  archived: false,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00+01:00',
};

// Values that are valid for some field, invalid for others, or valid only after trimming.
const values: unknown[] = [
  null,
  '',
  ' ',
  ' x',
  'x ',
  '\u00a0x',
  'x'.repeat(41),
  'x'.repeat(61),
  'x'.repeat(201),
  'x'.repeat(501),
  'x'.repeat(5001),
  0,
  true,
  [],
  {},
  ['a'],
  [''],
  [' a'],
  ['x'.repeat(41)],
  Array(31).fill('a'),
  'a@b',
  'a@b.nl',
  'https://a.nl',
  'http://a.nl',
  '+31 6 12',
  '(020) 123 4567',
  '2026-02-29',
  '2024-02-29',
  '2026-11-23T10:00:00Z',
  '2026-11-23T10:00Z',
  '2026-11-23T10:00:00+25:00',
  'warm',
  'werk',
  'goed',
  'a/b',
  'x'.repeat(65),
];

describe('the fast check compiled from the Contact schema', () => {
  it('accepts a contact exactly as the schema returns it', () => {
    expect(isParsedContact(valid)).toBe(true);
    expect(Contact.parse(valid)).toEqual(valid);
  });

  it('never accepts what the schema rejects or would change', () => {
    for (const key of [...Object.keys(valid), 'extra']) {
      for (const value of [undefined, ...values]) {
        const candidate: Record<string, unknown> = { ...valid, [key]: value };
        if (value === undefined) delete candidate[key];
        if (!isParsedContact(candidate)) continue;
        const parsed = Contact.safeParse(candidate);
        expect(parsed.success, `${key}: ${JSON.stringify(value)}`).toBe(true);
        expect(parsed.data).toEqual(candidate);
      }
    }
  });

  it('takes the fast path for a whole journal in its parsed form (the very same object comes back)', () => {
    const doc = { schemaVersion: JOURNAL_SCHEMA_VERSION, contacts: [valid, { ...valid, id: 'b' }] };
    expect(parseJournal(doc).data).toBe(doc);
    const untrimmed = { ...doc, contacts: [{ ...valid, name: ' Zoë ' }] };
    expect(parseJournal(untrimmed).data).not.toBe(untrimmed);
    expect(parseJournal(untrimmed).data?.contacts[0]?.name).toBe('Zoë');
  });

  it('leaves the error to the schema', () => {
    const doc = { schemaVersion: JOURNAL_SCHEMA_VERSION, contacts: [valid, { ...valid, email: 'nope' }] };
    expect(parseJournal(doc)).toEqual(Journal.safeParse(doc));
  });
});
