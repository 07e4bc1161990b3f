import { describe, expect, it } from 'vitest';
import { ContactChanges, ContactFields } from './domain';
import { fieldErrors } from './validation';

/** The field error codes a form would show for this input, or null when it is accepted. */
function errorsFor(input: unknown): Record<string, string> | null {
  const result = ContactFields.safeParse(input);
  return result.success ? null : fieldErrors(result.error);
}

describe('ContactFields', () => {
  it('fills in every field a person left out', () => {
    expect(ContactFields.parse({ name: 'Anna' })).toEqual({
      name: 'Anna',
      organisation: '',
      role: '',
      email: '',
      phone: '',
      moreEmails: [],
      morePhones: [],
      linkedin: '',
      birthday: null,
      circle: null,
      warmth: null,
      strength: null,
      introducedById: null,
      howWeMet: '',
      aboutThem: '',
      canOffer: '',
      tags: [],
      notes: '',
      lastContactOn: null,
      cadence: 'standaard',
      cadenceDays: null,
    });
  });

  it('trims text, tags included', () => {
    const parsed = ContactFields.parse({
      name: '  Anna Bakker ',
      organisation: '\tGemeente Utrecht\n',
      email: ' anna@example.nl ',
      tags: [' zorg ', 'ICT  '],
    });
    expect(parsed).toMatchObject({
      name: 'Anna Bakker',
      organisation: 'Gemeente Utrecht',
      email: 'anna@example.nl',
      tags: ['zorg', 'ICT'],
    });
  });

  it('requires a name, and spaces alone are not a name', () => {
    expect(errorsFor({})).toEqual({ name: 'invalid' });
    expect(errorsFor({ name: '' })).toEqual({ name: 'required' });
    expect(errorsFor({ name: '   ' })).toEqual({ name: 'required' });
  });

  it('limits a name to 200 characters, counted after trimming', () => {
    expect(errorsFor({ name: 'a'.repeat(200) })).toBeNull();
    expect(errorsFor({ name: ` ${'a'.repeat(200)} ` })).toBeNull();
    expect(errorsFor({ name: 'a'.repeat(201) })).toEqual({ name: 'too_long' });
  });

  const accepted: [string, string][] = [
    ['phone', '(030) 123 45 67'],
    ['email', 'anna.bakker@gemeente-utrecht.nl'],
    ['email', ''],
    ['phone', '+31 6 1234 5678'],
    ['phone', '06-12345678'],
    ['phone', '+31 (0)30 123 45 67'],
    ['phone', ''],
    ['linkedin', 'https://www.linkedin.com/in/anna'],
    ['linkedin', 'https://nl.linkedin.com/in/anna-bakker-12345/'],
    ['linkedin', ''],
  ];
  for (const [field, value] of accepted) {
    it(`accepts ${field} "${value}"`, () => {
      expect(errorsFor({ name: 'Anna', [field]: value })).toBeNull();
    });
  }

  const rejected: [string, string, string][] = [
    ['email', 'abc', 'invalid_email'],
    ['email', 'anna@', 'invalid_email'],
    ['email', 'anna bakker@example.nl', 'invalid_email'],
    ['phone', 'abc', 'invalid_phone'],
    ['phone', '123', 'invalid_phone'],
    ['phone', 'bel me maar', 'invalid_phone'],
    ['linkedin', 'abc', 'invalid_url'],
    ['linkedin', 'http://x', 'invalid_url'],
    ['linkedin', 'http://www.linkedin.com/in/anna', 'invalid_url'],
    ['linkedin', 'https://localhost', 'invalid_url'],
    ['linkedin', 'javascript:alert(1)', 'invalid_url'],
    ['linkedin', 'linkedin/in/anna', 'invalid_url'],
    ['linkedin', 'anna bakker', 'invalid_url'],
  ];
  for (const [field, value, code] of rejected) {
    it(`rejects ${field} "${value}" as ${code}`, () => {
      expect(errorsFor({ name: 'Anna', [field]: value })).toEqual({ [field]: code });
    });
  }

  // People copy a link without its scheme from the address bar or a card; it is completed, not refused.
  for (const [typed, stored] of [
    ['linkedin.com/in/anna', 'https://linkedin.com/in/anna'],
    ['www.linkedin.com/in/anna-bakker-12345/', 'https://www.linkedin.com/in/anna-bakker-12345/'],
    ['  nl.linkedin.com/in/anna  ', 'https://nl.linkedin.com/in/anna'],
    ['https://www.linkedin.com/in/anna', 'https://www.linkedin.com/in/anna'],
  ]) {
    it(`completes linkedin "${typed}" to ${stored}`, () => {
      expect(ContactFields.parse({ name: 'Anna', linkedin: typed }).linkedin).toBe(stored);
      expect(ContactChanges.parse({ linkedin: typed }).linkedin).toBe(stored);
    });
  }

  it('checks the length of a link as it will be stored, after https:// is added', () => {
    const typed = `linkedin.com/in/${'a'.repeat(480)}`; // 496 characters, 504 once completed
    expect(errorsFor({ name: 'Anna', linkedin: typed })).toEqual({ linkedin: 'too_long' });
    const fits = `linkedin.com/in/${'a'.repeat(476)}`; // 500 once completed
    const stored = ContactFields.parse({ name: 'Anna', linkedin: fits }).linkedin;
    expect(stored).toHaveLength(500);
    // What was stored passes the same schema again (the next load would otherwise set it aside).
    expect(ContactFields.parse({ name: 'Anna', linkedin: stored }).linkedin).toBe(stored);
  });

  it('accepts up to 30 tags of up to 40 characters each', () => {
    const tags = Array.from({ length: 30 }, (_, i) => `${i}`.padEnd(40, 'x'));
    expect(errorsFor({ name: 'Anna', tags })).toBeNull();
  });

  it('rejects a 31st tag, a tag over 40 characters and an empty tag, pointing at the tag', () => {
    expect(errorsFor({ name: 'Anna', tags: Array.from({ length: 31 }, (_, i) => `tag${i}`) })).toEqual({
      tags: 'too_many',
    });
    expect(errorsFor({ name: 'Anna', tags: ['zorg', 'x'.repeat(41)] })).toEqual({ 'tags.1': 'too_long' });
    expect(errorsFor({ name: 'Anna', tags: ['zorg', '  '] })).toEqual({ 'tags.1': 'required' });
  });

  it('only offers the listed choices', () => {
    expect(errorsFor({ name: 'Anna', circle: 'werk', warmth: 'warm', strength: 'goed' })).toBeNull();
    expect(errorsFor({ name: 'Anna', circle: 'collega', warmth: 'heet' })).toEqual({
      circle: 'invalid_choice',
      warmth: 'invalid_choice',
    });
  });

  it('takes the last contact as a calendar date', () => {
    expect(errorsFor({ name: 'Anna', lastContactOn: '2026-02-28' })).toBeNull();
    expect(errorsFor({ name: 'Anna', lastContactOn: '2026-02-30' })).toEqual({
      lastContactOn: 'invalid_date',
    });
    expect(errorsFor({ name: 'Anna', lastContactOn: '28-02-2026' })).toEqual({
      lastContactOn: 'invalid_date',
    });
  });

  it('rejects unknown keys, including ones that would set stored fields', () => {
    expect(ContactFields.safeParse({ name: 'Anna', isAdmin: true }).success).toBe(false);
    expect(ContactFields.safeParse({ name: 'Anna', archived: true }).success).toBe(false);
    expect(ContactFields.safeParse({ name: 'Anna', id: 'chosen' }).success).toBe(false);
  });
});

describe('ContactChanges', () => {
  it('takes any subset of fields and adds no defaults, so absent means unchanged', () => {
    expect(ContactChanges.parse({})).toEqual({});
    expect(ContactChanges.parse({ role: ' Recruiter ' })).toStrictEqual({ role: 'Recruiter' });
    expect(ContactChanges.parse({ tags: [], lastContactOn: null })).toStrictEqual({
      tags: [],
      lastContactOn: null,
    });
  });

  it('checks each given field by the same rule as a new contact', () => {
    const result = ContactChanges.safeParse({ name: ' ', email: 'abc', phone: '+31 6 1234 5678' });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({ name: 'required', email: 'invalid_email' });
  });

  it('rejects unknown keys and stored fields', () => {
    expect(ContactChanges.safeParse({ isAdmin: true }).success).toBe(false);
    expect(ContactChanges.safeParse({ archived: false }).success).toBe(false);
    expect(ContactChanges.safeParse({ createdAt: '2026-01-01T00:00:00Z' }).success).toBe(false);
  });
});
