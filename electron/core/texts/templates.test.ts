import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageTemplate } from '../../contract/domain';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';

/** The person's own texts (issue 14) through the channels, on a real journal file. */
let t: OverviewApp;
beforeEach(async () => {
  t = await openOverviewApp('2026-12-03T10:00:00+01:00');
});
afterEach(() => t.close());

const fields = {
  name: 'Kort en warm',
  purpose: 'bedanken',
  medium: 'bericht',
  language: 'nl',
  formal: false,
  subject: '',
  body: 'Hoi {voornaam}, dank je wel voor {wanneer}! Je tip ‘{tip}’ neem ik mee.',
} as const;

describe('own texts', () => {
  it('are saved, listed by name, changed and deleted, each on disk', async () => {
    const saved = await t.call<MessageTemplate>('templates:save', { fields });
    await t.call('templates:save', { fields: { ...fields, name: 'Al eerder' } });
    expect((await t.call<MessageTemplate[]>('templates:list')).map((x) => x.name)).toEqual([
      'Al eerder',
      'Kort en warm',
    ]);
    t.clock.advanceTo('2026-12-03T11:00:00+01:00');
    const changed = await t.call<MessageTemplate>('templates:save', {
      id: saved.id,
      fields: { ...fields, body: 'Dank, {naam}!' },
    });
    expect(changed).toMatchObject({ id: saved.id, body: 'Dank, {naam}!', createdAt: saved.createdAt });
    expect(changed.updatedAt > saved.updatedAt).toBe(true);
    await t.call('templates:delete', { id: saved.id });
    await t.app.store.flush();
    expect(t.app.store.data.messageTemplates.map((x) => x.name)).toEqual(['Al eerder']);
  });

  it('write nothing when saved unchanged: the version stays', async () => {
    const saved = await t.call<MessageTemplate>('templates:save', { fields });
    t.clock.advanceTo('2026-12-03T11:00:00+01:00');
    const update = vi.spyOn(t.app.store, 'update');
    const same = await t.call<MessageTemplate>('templates:save', { id: saved.id, fields: { ...fields } });
    expect(same.updatedAt).toBe(saved.updatedAt);
    expect(update).not.toHaveBeenCalled();
    const changed = await t.call<MessageTemplate>('templates:save', {
      id: saved.id,
      fields: { ...fields, formal: true },
    });
    expect(changed.updatedAt > saved.updatedAt).toBe(true);
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('refuse a {…} that is no placeholder, and an unknown occasion, and write nothing', async () => {
    await expect(t.call('templates:save', { fields: { ...fields, body: 'Hoi {naaam}!' } })).rejects.toThrow(
      /invalid_input.*body/,
    );
    await expect(t.call('templates:save', { fields: { ...fields, purpose: 'verjaardag' } })).rejects.toThrow(
      /invalid_input/,
    );
    await expect(t.call('templates:save', { id: 'gone', fields })).rejects.toThrow(/not_found/);
    await expect(t.call('templates:delete', { id: 'gone' })).rejects.toThrow(/not_found/);
    expect(t.app.store.data.messageTemplates).toEqual([]);
  });
});
