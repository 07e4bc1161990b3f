import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES } from '$contract/exchange';
import { canChoose, columnsGuessed, megabytes, nothingToImport, tooBigToRead } from './import-rules';

describe('the import dialog’s rules', () => {
  it('refuses a file over 20 MB before reading it, and takes one of exactly 20 MB', () => {
    expect(tooBigToRead({ size: IMPORT_MAX_BYTES })).toBe(false);
    expect(tooBigToRead({ size: IMPORT_MAX_BYTES + 1 })).toBe(true);
  });

  it('writes sizes as the language does', () => {
    expect(megabytes(IMPORT_MAX_BYTES, 'nl-NL')).toBe('20 MB');
    expect(megabytes(3.4 * 1024 * 1024, 'nl-NL')).toBe('3,4 MB');
    expect(megabytes(3.4 * 1024 * 1024, 'en-GB')).toBe('3.4 MB');
    expect(megabytes(50 * 1024 * 1024 + 300_000, 'nl-NL')).toBe('50 MB');
  });

  it('lets only rows that change something be ticked or unticked', () => {
    expect(canChoose({ status: 'nieuw' })).toBe(true);
    expect(canChoose({ status: 'bijwerken' })).toBe(true);
    expect(canChoose({ status: 'aanwezig' })).toBe(false);
    expect(canChoose({ status: 'overgeslagen' })).toBe(false);
  });

  it('tells why a file brings nobody to import, so the button can say so', () => {
    const counts = { nieuw: 0, bijwerken: 0, aanwezig: 0, overgeslagen: 0 };
    expect(nothingToImport({ ...counts, aanwezig: 3 })).toBe('allPresent');
    expect(nothingToImport({ ...counts, overgeslagen: 2 })).toBe('allSkipped');
    expect(nothingToImport({ ...counts, aanwezig: 3, overgeslagen: 1 })).toBe('allPresent');
    expect(nothingToImport({ ...counts, aanwezig: 3, bijwerken: 1 })).toBeNull();
    expect(nothingToImport({ ...counts, nieuw: 1 })).toBeNull();
    expect(nothingToImport({ ...counts, bijwerken: 1 })).toBeNull();
  });

  it('says a CSV is recognised only when every column got a field, the name among them', () => {
    const header = ['Naam', 'E-mailadres', 'Telefoon', 'Organisatie', 'Functie'];
    const all = { name: 0, email: 1, phone: 2, organisation: 3, role: 4 };
    expect(columnsGuessed({ header, suggested: all })).toBe('all');
    expect(columnsGuessed({ header: [...header, 'Kleur'], suggested: all })).toBe('some');
    expect(columnsGuessed({ header: ['E-mail'], suggested: { email: 0 } })).toBe('some');
    expect(columnsGuessed({ header, suggested: {} })).toBe('none');
  });
});
