import { describe, expect, it } from 'vitest';
import type { Contact } from '$contract/domain';
import { tellApart } from './tell-apart';

const words = {
  created: (when: string) => `aangemaakt ${when}`,
  imported: (when: string) => `geïmporteerd ${when}`,
};
const format = { day: (iso: string) => iso.slice(0, 10), moment: (iso: string) => iso.slice(0, 16) };
const contact = (fields: Partial<Contact>) =>
  ({
    name: 'Anna Bakker',
    organisation: '',
    importedAt: null,
    createdAt: '2026-03-03T10:00:00.000Z',
    ...fields,
  }) as Contact;

describe('two records of one name in the merge dialog', () => {
  it('says nothing when the names differ already', () => {
    expect(tellApart(contact({}), contact({ name: 'A. Bakker' }), words, format)).toEqual(['', '']);
  });

  it('names the organisations when both have one and they differ', () => {
    const a = contact({ organisation: 'Gemeente Utrecht' });
    const b = contact({ name: ' anna  bakker', organisation: 'Provincie Utrecht' });
    expect(tellApart(a, b, words, format)).toEqual(['Gemeente Utrecht', 'Provincie Utrecht']);
  });

  it('else says when each was written down or imported, with the organisation one of them has', () => {
    const a = contact({ organisation: 'Rabobank' });
    const b = contact({ createdAt: '2026-12-02T09:00:00.000Z', importedAt: '2026-12-02T09:00:00.000Z' });
    expect(tellApart(a, b, words, format)).toEqual([
      'Rabobank · aangemaakt 2026-03-03',
      'geïmporteerd 2026-12-02',
    ]);
    expect(
      tellApart(
        a,
        contact({ organisation: 'rabobank ', createdAt: '2026-04-01T08:00:00.000Z' }),
        words,
        format,
      ),
    ).toEqual(['aangemaakt 2026-03-03', 'aangemaakt 2026-04-01']);
  });

  it('gives the time as well when both were written down the same day', () => {
    const b = contact({ createdAt: '2026-03-03T14:30:00.000Z' });
    expect(tellApart(contact({}), b, words, format)).toEqual([
      'aangemaakt 2026-03-03T10:00',
      'aangemaakt 2026-03-03T14:30',
    ]);
  });
});
