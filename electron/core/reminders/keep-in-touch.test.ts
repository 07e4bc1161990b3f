import { describe, expect, it } from 'vitest';
import type { KeepInTouchDefaults } from '../../contract/contract';
import { ContactFields, type Contact, type ContactFieldsInput } from '../../contract/domain';
import { defaultSettings } from '../settings/settings';
import { after, effectiveCadence } from './keep-in-touch';

const defaults: KeepInTouchDefaults = defaultSettings.keepInTouchDefaults;

function contact(fields: Omit<ContactFieldsInput, 'name'> = {}): Contact {
  const at = '2026-01-01T10:00:00.000Z';
  return {
    id: 'a',
    ...ContactFields.parse({ name: 'Anna', ...fields }),
    archived: false,
    importedAt: null,
    createdAt: at,
    updatedAt: at,
  };
}

describe('the cadence in effect', () => {
  it('follows the default for the relationship strength when set to standaard', () => {
    expect(effectiveCadence(contact({ strength: 'een-beetje' }), defaults)).toEqual({
      effective: 'kwartaal',
      days: null,
      interval: { months: 3 },
    });
    expect(effectiveCadence(contact({ strength: 'goed' }), defaults).interval).toEqual({ months: 6 });
    // People one knows very well, and people without a strength, get no reminders by default.
    expect(effectiveCadence(contact({ strength: 'heel-goed' }), defaults).interval).toBeNull();
    expect(effectiveCadence(contact(), defaults)).toMatchObject({ effective: 'geen', interval: null });
    expect(effectiveCadence(contact(), { ...defaults, onbekend: 'jaarlijks' }).interval).toEqual({
      months: 12,
    });
  });

  it("uses the contact's own cadence over the default", () => {
    const weak = { strength: 'een-beetje' } as const;
    expect(effectiveCadence(contact({ ...weak, cadence: 'twee-weken' }), defaults).interval).toEqual({
      days: 14,
    });
    expect(effectiveCadence(contact({ ...weak, cadence: 'maandelijks' }), defaults).interval).toEqual({
      months: 1,
    });
    expect(effectiveCadence(contact({ ...weak, cadence: 'halfjaar' }), defaults).interval).toEqual({
      months: 6,
    });
    expect(effectiveCadence(contact({ ...weak, cadence: 'geen' }), defaults).interval).toBeNull();
    expect(effectiveCadence(contact({ cadence: 'aangepast', cadenceDays: 10 }), defaults)).toEqual({
      effective: 'aangepast',
      days: 10,
      interval: { days: 10 },
    });
  });
});

describe('counting a cadence on', () => {
  it('counts months in calendar months, keeping the end of the month', () => {
    expect(after('2026-01-15', { months: 1 })).toBe('2026-02-15');
    expect(after('2026-01-31', { months: 1 })).toBe('2026-02-28');
    expect(after('2026-08-31', { months: 1 }, 2)).toBe('2026-10-31');
    expect(after('2026-11-23', { months: 3 })).toBe('2027-02-23');
  });

  it('counts days across months and years', () => {
    expect(after('2026-12-25', { days: 14 })).toBe('2027-01-08');
    expect(after('2026-12-25', { days: 14 }, 2)).toBe('2027-01-22');
  });
});
