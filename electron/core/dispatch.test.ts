import { mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent, ReminderList, Result } from '../contract/contract';
import { ContactFields, ConversationFields, Evaluation, JOURNAL_SCHEMA_VERSION } from '../contract/domain';
import { errorMessages } from '../contract/messages';
import type { Clock } from './clock';
import { openNetwerkdagboek, type CorePorts, type Netwerkdagboek } from './netwerkdagboek';
import { ManualClock } from './testing/manual-clock';
import type { ReminderNotice } from './reminders/ports';
import { SettingsStore } from './settings/settings';

const clock: Clock = { now: () => new Date('2026-11-23T10:00:00.000Z') };
const nl = errorMessages.nl;
const en = errorMessages.en;

let dir: string;
let journalPath: string;
let opened: Netwerkdagboek[];
let opens: string[];
let shown: string[];
let logged: unknown[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-dispatch-'));
  journalPath = join(dir, 'journal.json');
  opened = [];
  opens = [];
  shown = [];
  logged = [];
});
afterEach(async () => {
  for (const app of opened) await app.close();
  await rm(dir, { recursive: true, force: true });
});

/** The whole core on the temp folder, with Dutch as the system language and recording ports. */
async function start(overrides: Partial<CorePorts> = {}): Promise<Netwerkdagboek> {
  const app = await openNetwerkdagboek({
    journalPath,
    clock,
    settings: new SettingsStore(new Conf({ cwd: join(dir, 'settings'), projectName: 'netwerkdagboek-test' })),
    systemLanguages: ['nl-NL'],
    openExternal: async (url) => {
      opens.push(url);
    },
    showInFolder: (path) => {
      shown.push(path);
    },
    chooseJournalLocation: async () => null,
    appVersion: '1.2.3',
    log: (error) => logged.push(error),
    ...overrides,
  });
  opened.push(app);
  return app;
}

function failure(result: Result<unknown>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  return result.error;
}

function success<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.data as T;
}

async function contactCount(app: Netwerkdagboek): Promise<number> {
  const list = success<{ totals: { active: number } }>(await app.dispatch('contacts:list', {}));
  return list.totals.active;
}

describe('validation before any handler runs', () => {
  it('refuses an unknown channel', async () => {
    const app = await start();
    for (const channel of ['contacts:drop', '__proto__', 'toString', '']) {
      expect(failure(await app.dispatch(channel, {}))).toEqual({
        code: 'invalid_input',
        message: nl.errors.invalid_input,
      });
    }
  });

  it('refuses unknown keys and creates nothing', async () => {
    const app = await start();
    const error = failure(await app.dispatch('contacts:create', { name: 'A', isAdmin: true }));
    expect(error.code).toBe('invalid_input');
    expect(await contactCount(app)).toBe(0);
  });

  it('refuses wrong types, naming the field', async () => {
    const app = await start();
    expect(failure(await app.dispatch('contacts:create', { name: 42 })).fields).toEqual({
      name: nl.fields.invalid,
    });
    expect(failure(await app.dispatch('contacts:create', { name: 'A', tags: 'zorg' })).fields).toEqual({
      tags: nl.fields.invalid,
    });
    expect(failure(await app.dispatch('contacts:get', { id: ['a'] })).code).toBe('invalid_input');
    expect(failure(await app.dispatch('contacts:list', null)).code).toBe('invalid_input');
    expect(failure(await app.dispatch('app:status', { peek: true })).code).toBe('invalid_input');
    expect(await contactCount(app)).toBe(0);
  });

  it('refuses an oversized name with the Dutch "too long" sentence', async () => {
    const app = await start();
    const error = failure(await app.dispatch('contacts:create', { name: 'a'.repeat(201) }));
    expect(error).toEqual({
      code: 'invalid_input',
      message: 'Niet alles is goed ingevuld. Kijk de gemarkeerde velden na.',
      fields: { name: 'Deze tekst is te lang.' },
    });
    expect(success(await app.dispatch('contacts:create', { name: 'a'.repeat(200) }))).toBeTruthy();
  });

  it('refuses an oversized search query', async () => {
    const app = await start();
    expect(failure(await app.dispatch('contacts:list', { query: 'x'.repeat(201) })).fields).toEqual({
      query: nl.fields.too_long,
    });
  });

  it('explains an invalid e-mail address in the language the person chose', async () => {
    const app = await start();
    const payload = { name: 'Anna', email: 'anna-at-example' };
    expect(failure(await app.dispatch('contacts:create', payload)).fields).toEqual({
      email: 'Dit lijkt geen e-mailadres. Bijvoorbeeld: naam@voorbeeld.nl',
    });

    success(await app.dispatch('settings:update', { language: 'en' }));
    const error = failure(await app.dispatch('contacts:create', payload));
    expect(error.message).toBe(en.errors.invalid_input);
    expect(error.fields).toEqual({
      email: 'This does not look like an email address. For example: name@example.com',
    });
  });

  it('translates field errors a handler reports too', async () => {
    const app = await start();
    const error = failure(await app.dispatch('contacts:create', { name: 'Bram', introducedById: 'ghost' }));
    expect(error.fields).toEqual({ introducedById: nl.fields.invalid_choice });
  });
});

describe('outcomes', () => {
  it('returns what the handler made, and it is there on the next call', async () => {
    const app = await start();
    const anna = success<{ id: string }>(await app.dispatch('contacts:create', { name: '  Anna  ' }));
    expect(success(await app.dispatch('contacts:get', { id: anna.id }))).toMatchObject({ name: 'Anna' });
    expect(success(await app.dispatch('contacts:delete', { id: anna.id }))).toEqual({ id: anna.id });
    expect(failure(await app.dispatch('contacts:get', { id: anna.id }))).toEqual({
      code: 'not_found',
      message: nl.errors.not_found,
    });
  });

  it('turns an unexpected error into "internal" with a sentence for the person, and logs it', async () => {
    const crash = new Error('xdg-open: command not found');
    const app = await start({
      openExternal: async () => {
        throw crash;
      },
    });
    expect(failure(await app.dispatch('shell:openExternal', { url: 'https://example.nl' }))).toEqual({
      code: 'internal',
      message: 'Er ging iets mis. Je gegevens zijn niet gewijzigd; probeer het nog eens.',
    });
    expect(logged).toEqual([crash]);
  });

  it('does not log what the person can fix themselves', async () => {
    const app = await start();
    await app.dispatch('contacts:create', { name: '' });
    await app.dispatch('contacts:get', { id: 'nobody' });
    expect(logged).toEqual([]);
  });
});

describe('shell:openExternal', () => {
  const allowed = ['https://www.linkedin.com/in/anna', 'mailto:anna@example.nl', 'tel:+31612345678'];
  for (const url of allowed) {
    it(`opens ${url}`, async () => {
      const app = await start();
      expect(success(await app.dispatch('shell:openExternal', { url }))).toEqual({ opened: true });
      expect(opens).toEqual([url]);
    });
  }

  const refused = [
    'javascript:alert(1)',
    'file:///etc/passwd',
    'http://example.nl',
    'https://user:secret@example.nl',
    'www.example.nl',
  ];
  for (const url of refused) {
    it(`refuses ${url} without asking the system`, async () => {
      const app = await start();
      expect(failure(await app.dispatch('shell:openExternal', { url }))).toEqual({
        code: 'link_not_allowed',
        message: nl.errors.link_not_allowed,
      });
      expect(opens).toEqual([]);
    });
  }
});

describe('journal:move', () => {
  it('does nothing when the person cancels the dialog', async () => {
    const app = await start();
    expect(success(await app.dispatch('journal:move', undefined))).toEqual({
      moved: false,
      path: journalPath,
    });
    expect(app.store.path).toBe(journalPath);
  });

  it('moves the journal and remembers the place for the next start', async () => {
    const target = join(dir, 'verhuisd.json');
    const settings = new SettingsStore(
      new Conf({ cwd: join(dir, 'settings'), projectName: 'netwerkdagboek-test' }),
    );
    const app = await start({ settings, chooseJournalLocation: async () => target });
    expect(success(await app.dispatch('journal:move', undefined))).toEqual({ moved: true, path: target });
    expect(settings.get().journalPath).toBe(target);
    expect(
      success<{ journal: { path: string } }>(await app.dispatch('app:status', undefined)).journal.path,
    ).toBe(target);
  });
});

describe('shell:showJournalFile', () => {
  it('shows the journal, and the damaged file only when there is one; never a path from the renderer', async () => {
    const app = await start();
    expect(success(await app.dispatch('shell:showJournalFile', { which: 'journal' }))).toEqual({
      shown: true,
    });
    expect(failure(await app.dispatch('shell:showJournalFile', { which: 'damaged' })).code).toBe('not_found');
    expect(failure(await app.dispatch('shell:showJournalFile', { which: '/etc/passwd' })).code).toBe(
      'invalid_input',
    );
    expect(shown).toEqual([journalPath]);
  });

  it('shows where a damaged journal was set aside', async () => {
    await writeFile(journalPath, '{"schemaVersion": 1, "conta');
    const app = await start();
    success(await app.dispatch('shell:showJournalFile', { which: 'damaged' }));
    expect(shown).toEqual([join(dir, 'journal.damaged-2026-11-23T10-00-00-000Z.json')]);
  });

  it('shows the file the last export wrote, kept by core: nothing before one, nor once it is gone', async () => {
    const targets = [join(dir, 'contacten.csv'), join(dir, 'netwerk.json')];
    const app = await start({ chooseExportLocation: async () => targets.shift() ?? null });
    expect(failure(await app.dispatch('shell:showJournalFile', { which: 'export' })).code).toBe('not_found');
    await app.dispatch('contacts:create', { name: 'Anna de Vries' });
    success(await app.dispatch('exchange:export', { format: 'csv' }));
    success(await app.dispatch('shell:showJournalFile', { which: 'export' }));
    success(await app.dispatch('exchange:export', { format: 'json' }));
    // Cancelled: the last file written is still the one shown.
    success(await app.dispatch('exchange:export', { format: 'csv' }));
    success(await app.dispatch('shell:showJournalFile', { which: 'export' }));
    expect(shown).toEqual([join(dir, 'contacten.csv'), join(dir, 'netwerk.json')]);
    await unlink(join(dir, 'netwerk.json'));
    expect(failure(await app.dispatch('shell:showJournalFile', { which: 'export' })).code).toBe('not_found');
    expect(shown).toHaveLength(2);
  });
});

describe('app:status', () => {
  it('reports the journal path and version, with no notice on a clean start', async () => {
    const app = await start();
    expect(success(await app.dispatch('app:status', undefined))).toEqual({
      language: 'nl',
      version: '1.2.3',
      missedReminders: 0,
      journal: {
        path: journalPath,
        readOnly: false,
        notice: null,
        lockedBy: null,
        setAside: [],
        setAsideTotal: 0,
        save: { state: 'saved' },
        backup: null,
      },
      home: 'contacts',
    });
  });

  it('opens on Overzicht once someone in the journal is active, and on Contacten again when all are archived', async () => {
    const app = await start();
    const home = async () => success<{ home: string }>(await app.dispatch('app:status', undefined)).home;
    const { id } = success<{ id: string }>(await app.dispatch('contacts:create', { name: 'Sanne de Vries' }));
    expect(await home()).toBe('overview');
    success(await app.dispatch('contacts:archive', { id }));
    expect(await home()).toBe('contacts');
  });

  it('follows the system language until the person picks one', async () => {
    const app = await start({ systemLanguages: ['de-DE', 'en-GB'] });
    expect(success(await app.dispatch('app:status', undefined))).toMatchObject({ language: 'en' });
    expect(success(await app.dispatch('settings:update', { language: 'nl' }))).toMatchObject({
      language: 'nl',
      journalPath,
    });
    expect(success(await app.dispatch('app:status', undefined))).toMatchObject({ language: 'nl' });
  });

  it('tells where a damaged journal was moved to', async () => {
    await writeFile(journalPath, '{"schemaVersion": 1, "contac');
    const app = await start();
    const movedTo = join(dir, 'journal.damaged-2026-11-23T10-00-00-000Z.json');
    expect(success(await app.dispatch('app:status', undefined))).toMatchObject({
      journal: {
        path: journalPath,
        readOnly: false,
        notice: { kind: 'damaged', movedTo, restoredFrom: null },
      },
    });
    expect(await readFile(movedTo, 'utf8')).toBe('{"schemaVersion": 1, "contac');
  });
});

describe('a journal from a newer version', () => {
  it('opens read-only, refuses edits with journal_read_only and leaves the file as it was', async () => {
    const future = JSON.stringify({ schemaVersion: JOURNAL_SCHEMA_VERSION + 1, contacts: [], goals: [] });
    await writeFile(journalPath, future);
    const app = await start();
    expect(success(await app.dispatch('app:status', undefined))).toMatchObject({
      journal: { readOnly: true, notice: { kind: 'newer-version', fileVersion: JOURNAL_SCHEMA_VERSION + 1 } },
    });

    expect(failure(await app.dispatch('contacts:create', { name: 'Anna' }))).toEqual({
      code: 'journal_read_only',
      message: nl.errors.journal_read_only,
    });
    await app.close();
    expect(await readFile(journalPath, 'utf8')).toBe(future);
    expect((await readdir(dir)).sort()).toEqual(['journal.json', 'settings']);
  });
});

describe('netwerkgesprekken over IPC', () => {
  async function withContact(app: Netwerkdagboek, name = 'Anna Bakker') {
    return success<{ id: string }>(await app.dispatch('contacts:create', { name }));
  }

  it('refuses unknown keys in a conversation, its evaluation and the delete options, and stores nothing', async () => {
    const app = await start();
    const anna = await withContact(app);
    const base = { contactId: anna.id, date: '2026-11-20' };
    expect(failure(await app.dispatch('conversations:create', { ...base, isAdmin: true })).code).toBe(
      'invalid_input',
    );
    const nested = { ...base, evaluation: { wentWell: 'Goed', secret: 1 } };
    expect(failure(await app.dispatch('conversations:create', nested)).code).toBe('invalid_input');
    expect(failure(await app.dispatch('contacts:delete', { id: anna.id, force: true })).code).toBe(
      'invalid_input',
    );
    expect(app.store.data.conversations).toEqual([]);
  });

  it('refuses oversized texts, naming the field, also deep inside the evaluation', async () => {
    const app = await start();
    const anna = await withContact(app);
    const base = { contactId: anna.id, date: '2026-11-20' };
    expect(
      failure(await app.dispatch('conversations:create', { ...base, notes: 'x'.repeat(20_001) })).fields,
    ).toEqual({
      notes: nl.fields.too_long,
    });
    expect(
      failure(await app.dispatch('conversations:create', { ...base, goal: 'x'.repeat(2_001) })).fields,
    ).toEqual({
      goal: nl.fields.too_long,
    });
    const referral = { evaluation: { referrals: [{ id: 'r1', name: 'x'.repeat(201) }] } };
    expect(failure(await app.dispatch('conversations:create', { ...base, ...referral })).fields).toEqual({
      'evaluation.referrals.0.name': nl.fields.too_long,
    });
    expect(failure(await app.dispatch('contacts:similar', { name: 'x'.repeat(201) })).code).toBe(
      'invalid_input',
    );
    expect(
      failure(
        await app.dispatch('touches:add', {
          contactId: anna.id,
          channel: 'telefoon',
          on: '2026-11-20',
          note: 'x'.repeat(1_001),
        }),
      ).fields,
    ).toEqual({
      note: nl.fields.too_long,
    });
    success(await app.dispatch('conversations:create', { ...base, notes: 'x'.repeat(20_000) }));
  });

  it('refuses choices that are not on the list, times and dates that do not exist', async () => {
    const app = await start();
    const anna = await withContact(app);
    const base = { contactId: anna.id, date: '2026-11-20' };
    expect(failure(await app.dispatch('conversations:create', { ...base, status: 'bezig' })).fields).toEqual({
      status: nl.fields.invalid_choice,
    });
    expect(failure(await app.dispatch('conversations:create', { ...base, time: '25:00' })).fields).toEqual({
      time: nl.fields.invalid_time,
    });
    expect(
      failure(await app.dispatch('conversations:create', { ...base, date: '2026-02-30' })).fields,
    ).toEqual({
      date: nl.fields.invalid_date,
    });
    expect(
      failure(await app.dispatch('conversations:update', { id: 'x', changes: { threeB: 'bedanken' } }))
        .fields,
    ).toEqual({ 'changes.threeB': nl.fields.invalid_choice });
    expect(failure(await app.dispatch('conversations:list', { needs: 'koffie' })).code).toBe('invalid_input');
    expect(
      failure(await app.dispatch('touches:add', { contactId: anna.id, channel: 'duif', on: '2026-11-20' }))
        .fields,
    ).toEqual({
      channel: nl.fields.invalid_choice,
    });
    expect(failure(await app.dispatch('questions:add', { purpose: 'afsluiten', text: '  ' })).fields).toEqual(
      {
        text: nl.fields.required,
      },
    );
    expect(failure(await app.dispatch('insights:learnings', { from: '1 januari' })).fields).toEqual({
      from: nl.fields.invalid_date,
    });
  });

  it('asks what to do with conversations before deleting their contact', async () => {
    const app = await start();
    const anna = await withContact(app);
    success(await app.dispatch('conversations:create', { contactId: anna.id, date: '2026-11-20' }));
    expect(failure(await app.dispatch('contacts:delete', { id: anna.id }))).toEqual({
      code: 'has_conversations',
      message: nl.errors.has_conversations,
    });
    expect(await contactCount(app)).toBe(1);
    expect(success(await app.dispatch('contacts:delete', { id: anna.id, withConversations: true }))).toEqual({
      id: anna.id,
    });
    expect(app.store.data.conversations).toEqual([]);
  });

  it('plans, holds, evaluates, turns a referral into a contact and shows it in the chain and the lessons', async () => {
    const app = await start();
    const anna = await withContact(app);
    const planned = success<{ id: string }>(
      await app.dispatch('conversations:create', {
        contactId: anna.id,
        date: '2026-11-20',
        time: '10:00',
        goal: 'Leren hoe de gemeente werft',
        questions: [{ id: 'q1', text: 'Met wie moet ik nog praten?' }],
      }),
    );
    success(
      await app.dispatch('conversations:update', {
        id: planned.id,
        changes: {
          status: 'gehouden',
          evaluation: {
            wentWell: '',
            couldBeBetter: 'Minder praten',
            tips: ['Kijk op werkenvoorutrecht.nl'],
            referrals: [
              { id: 'r1', name: 'Joost de Vries', organisation: '', role: '', why: '', contactId: null },
            ],
            gaveOrOffered: '',
            nextStep: '',
            nextStepOn: null,
          },
        },
      }),
    );
    expect(
      success<{ needsEvaluation: boolean }[]>(
        await app.dispatch('contacts:similar', { name: 'joost vries' }),
      ),
    ).toEqual([]);
    const { contact: joost } = success<{ contact: { id: string; introducedById: string } }>(
      await app.dispatch('conversations:referralToContact', { conversationId: planned.id, referralId: 'r1' }),
    );
    expect(joost.introducedById).toBe(anna.id);
    const chain = success<{ introducedBy: { name: string }[] }>(
      await app.dispatch('contacts:chain', { id: joost.id }),
    );
    expect(chain.introducedBy.map((c) => c.name)).toEqual(['Anna Bakker']);
    const similar = success<{ id: string }[]>(
      await app.dispatch('contacts:similar', { name: 'Joost Vries' }),
    );
    expect(similar.map((c) => c.id)).toEqual([joost.id]);
    const learnings = success<{ points: { text: string }[] }>(await app.dispatch('insights:learnings', {}));
    expect(learnings.points.map((p) => p.text)).toEqual(['Minder praten', 'Kijk op werkenvoorutrecht.nl']);
    const timeline = success<{ type: string }[]>(await app.dispatch('contacts:timeline', { id: anna.id }));
    expect(timeline).toHaveLength(1);
    expect(
      success<{ lastContactOn: string }>(await app.dispatch('contacts:get', { id: anna.id })).lastContactOn,
    ).toBe('2026-11-20');
  });
});

describe('reminders over IPC', () => {
  /** The core on a clock and timers the test moves, with a recording notifier, events and login item. */
  async function startWithReminders(at = '2026-11-23T10:00:00+01:00') {
    const manual = new ManualClock(at, 'Europe/Amsterdam');
    const notices: ReminderNotice[] = [];
    const events: AppEvent[] = [];
    const logins: boolean[] = [];
    const app = await start({
      clock: manual,
      timers: manual,
      notifier: { show: (notice) => notices.push(notice) },
      emit: (event) => events.push(event),
      setOpenAtLogin: (open) => logins.push(open),
    });
    return { app, clock: manual, notices, events, logins };
  }

  async function jan(app: Netwerkdagboek, fields: Record<string, unknown> = {}) {
    return success<{ id: string }>(
      await app.dispatch('contacts:create', { name: 'Jan de Vries', ...fields }),
    );
  }

  const own = { title: 'Vacature bekijken', date: '2026-11-25', time: '14:00' };

  it('after opening a journal from before reminders: thank-yous for last week and follow-ups ahead, once', async () => {
    const at = '2026-11-01T10:00:00.000Z';
    const contact = {
      ...ContactFields.parse({ name: 'Jan de Vries' }),
      id: 'jan',
      archived: false,
      createdAt: at,
      updatedAt: at,
    };
    const { cadence: _c, cadenceDays: _d, ...v2Contact } = contact;
    const held = (id: string, date: string, more: Record<string, unknown> = {}) => ({
      id,
      ...ConversationFields.parse({ contactId: 'jan', date, status: 'gehouden', ...more }),
      createdAt: at,
      updatedAt: at,
    });
    const thanked = { thanks: { thanked: true, how: 'email', on: '2026-11-01' } };
    const step = (nextStepOn: string) => ({
      ...thanked,
      evaluation: Evaluation.parse({ nextStep: 'CV sturen', nextStepOn }),
    });
    await writeFile(
      journalPath,
      JSON.stringify({
        schemaVersion: 2,
        contacts: [v2Contact],
        conversations: [
          held('recent', '2026-11-21'),
          held('old', '2026-10-01'),
          held('ahead', '2026-11-10', step('2026-11-30')),
          held('past', '2026-11-10', step('2026-11-15')),
        ],
        touches: [],
        ownQuestions: [],
      }),
    );
    const { app, notices } = await startWithReminders();
    const made = app.store.data.reminders.map((r) => [r.kind, r.conversationId, r.due.date, r.due.time]);
    // The morning after and this morning have passed (it is 10:00): the thank-you is due now.
    expect(made).toEqual([
      ['bedanken', 'recent', '2026-11-23', '10:00'],
      ['opvolgen', 'ahead', '2026-11-30', '09:00'],
    ]);
    // Announced at launch, once.
    expect(notices.map((n) => n.title)).toEqual([
      'Stuur Jan de Vries een bedankje voor het gesprek van eergisteren',
    ]);
    await app.close();

    // Opened again (now version 3): nothing is made twice, nothing announced again.
    const again = await startWithReminders();
    expect(again.app.store.data.reminders).toHaveLength(2);
    expect(again.notices).toEqual([]);
  });

  it('refuses bad payloads on every reminder channel, naming the field, and stores nothing', async () => {
    const { app } = await startWithReminders();
    const refused: [string, unknown, Record<string, string> | undefined][] = [
      ['reminders:list', {}, undefined],
      ['reminders:count', { all: true }, undefined],
      ['reminders:get', { id: '../journal' }, { id: nl.fields.invalid }],
      ['reminders:create', { ...own, title: '  ' }, { title: nl.fields.required }],
      ['reminders:create', { ...own, date: '2026-02-30' }, { date: nl.fields.invalid_date }],
      ['reminders:create', { ...own, time: '24:00' }, { time: nl.fields.invalid_time }],
      ['reminders:create', { ...own, note: 'x'.repeat(5_001) }, { note: nl.fields.too_long }],
      ['reminders:create', { ...own, kind: 'bedanken' }, undefined],
      ['reminders:update', { id: 'r1', changes: { state: 'done' } }, undefined],
      ['reminders:update', { id: 'r1', changes: { notifiedAt: null } }, undefined],
      ['reminders:complete', { id: 'r1', thanksHow: 'duif' }, { thanksHow: nl.fields.invalid_choice }],
      ['reminders:skip', { id: 'r1', reason: 'druk' }, undefined],
      ['reminders:snooze', { id: 'r1', option: 'morgen' }, { option: nl.fields.invalid_choice }],
      [
        'reminders:snooze',
        { id: 'r1', option: 'moment', date: '23-11-2026' },
        { date: nl.fields.invalid_date },
      ],
      ['reminders:reopen', {}, undefined],
      ['reminders:delete', { id: 42 }, { id: nl.fields.invalid }],
      ['reminders:keepInTouch', { contactId: null }, { contactId: nl.fields.invalid }],
      ['settings:update', { reminderTime: '9 uur' }, { reminderTime: nl.fields.invalid_time }],
      ['settings:update', { keepInTouchDefaults: { goed: 'wekelijks' } }, undefined],
      ['contacts:create', { name: 'Jan', cadence: 'wekelijks' }, { cadence: nl.fields.invalid_choice }],
      [
        'contacts:create',
        { name: 'Jan', cadence: 'aangepast', cadenceDays: 0 },
        { cadenceDays: nl.fields.invalid },
      ],
    ];
    for (const [channel, payload, fields] of refused) {
      const error = failure(await app.dispatch(channel, payload));
      expect(error.code, `${channel} ${JSON.stringify(payload)}`).toBe('invalid_input');
      if (fields) expect(error.fields, `${channel} ${JSON.stringify(payload)}`).toEqual(fields);
    }
    expect(app.store.data.reminders).toEqual([]);
    expect(app.store.data.contacts).toEqual([]);
  });

  it('creates, lists, counts, snoozes and completes an own reminder', async () => {
    const { app, clock } = await startWithReminders('2026-11-23T09:00:00+01:00');
    const r = success<{ id: string }>(
      await app.dispatch('reminders:create', { ...own, date: '2026-11-23', time: '09:30' }),
    );
    clock.advanceTo('2026-11-23T10:00:00+01:00');
    expect(success(await app.dispatch('reminders:count', undefined))).toEqual({ due: 1 });
    const list = success<ReminderList>(await app.dispatch('reminders:list', undefined));
    expect(list.reminders.map((x) => [x.group, x.title])).toEqual([['today', 'Vacature bekijken']]);
    success(await app.dispatch('reminders:snooze', { id: r.id, option: 'morning' }));
    expect(success(await app.dispatch('reminders:count', undefined))).toEqual({ due: 0 });
    expect(
      failure(await app.dispatch('reminders:snooze', { id: r.id, option: 'moment', date: '2026-11-23' }))
        .fields,
    ).toEqual({
      time: nl.fields.time_required,
    });
    expect(success(await app.dispatch('reminders:complete', { id: r.id }))).toMatchObject({ state: 'done' });
    expect(success(await app.dispatch('reminders:reopen', { id: r.id }))).toMatchObject({ state: 'open' });
    expect(success(await app.dispatch('reminders:delete', { id: r.id }))).toEqual({ id: r.id });
    expect(failure(await app.dispatch('reminders:get', { id: r.id })).code).toBe('not_found');
  });

  it('says a thank-you needs to know how it was sent, in the person’s language', async () => {
    const { app } = await startWithReminders();
    const contact = await jan(app);
    const c = success<{ id: string }>(
      await app.dispatch('conversations:create', {
        contactId: contact.id,
        date: '2026-11-23',
        status: 'gehouden',
      }),
    );
    const [reminder] = success<ReminderList>(await app.dispatch('reminders:list', undefined)).reminders;
    expect(reminder).toMatchObject({
      kind: 'bedanken',
      title: 'Stuur Jan de Vries een bedankje voor het gesprek van vandaag',
      conversationId: c.id,
      due: { date: '2026-11-24', time: '09:00' },
    });
    expect(failure(await app.dispatch('reminders:complete', { id: reminder!.id }))).toEqual({
      code: 'invalid_input',
      message: nl.errors.invalid_input,
      fields: { thanksHow: nl.fields.required },
    });
    success(await app.dispatch('reminders:complete', { id: reminder!.id, thanksHow: 'kaartje' }));
    expect(
      success<{ thanks: unknown }>(await app.dispatch('conversations:get', { id: c.id })).thanks,
    ).toEqual({
      thanked: true,
      how: 'kaartje',
      on: '2026-11-23',
    });
  });

  it('tells a contact’s keep-in-touch state', async () => {
    const { app } = await startWithReminders();
    const contact = await jan(app, { cadence: 'maandelijks', lastContactOn: '2026-09-01' });
    expect(success(await app.dispatch('reminders:keepInTouch', { contactId: contact.id }))).toEqual({
      cadence: 'maandelijks',
      effective: 'maandelijks',
      days: null,
      lastContactOn: '2026-09-01',
      nextDueOn: '2026-10-01',
      state: 'verwaterd',
    });
    expect(
      failure(await app.dispatch('contacts:create', { name: 'Bram', cadence: 'aangepast' })).fields,
    ).toEqual({
      cadenceDays: nl.fields.required,
    });
  });

  it('hold a conversation, and the next morning exactly one notification says thank you, opening the conversation', async () => {
    const { app, clock, notices, events } = await startWithReminders();
    const contact = await jan(app);
    const c = success<{ id: string }>(
      await app.dispatch('conversations:create', { contactId: contact.id, date: '2026-11-23' }),
    );
    success(await app.dispatch('conversations:update', { id: c.id, changes: { status: 'gehouden' } }));
    clock.advanceTo('2026-11-24T08:59:00+01:00');
    expect(notices).toEqual([]);
    clock.advanceTo('2026-11-24T09:30:00+01:00');
    expect(notices).toEqual([
      {
        reminderId: expect.any(String),
        title: 'Stuur Jan de Vries een bedankje voor het gesprek van gisteren',
        body: 'Oriënterend gesprek op 23 november',
        target: { view: 'conversation', id: c.id },
        actions: true,
      },
    ]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(events.at(-1)).toEqual({ type: 'changed', kinds: ['reminders'], due: 1 });
    clock.advance(24 * 60 * 60_000);
    expect(notices).toHaveLength(1);
  });

  it('announces what fell due while the app was closed once, as one summary in the UI language', async () => {
    const first = await startWithReminders('2026-11-20T10:00:00+01:00');
    success(await first.app.dispatch('settings:update', { language: 'en' }));
    for (const title of ['A', 'B', 'C']) {
      success(await first.app.dispatch('reminders:create', { title, date: '2026-11-21', time: '09:00' }));
    }
    await first.app.close();
    expect(first.notices).toEqual([]);

    const second = await startWithReminders('2026-11-23T10:00:00+01:00');
    expect(second.notices).toEqual([
      {
        reminderId: null,
        title: '3 reminders are waiting for you',
        body: 'They fell due while Netwerkdagboek was closed. You will find them under Reminders.',
        target: { view: 'reminders', id: null },
        actions: false,
      },
    ]);
    const missed = async (app: Netwerkdagboek) =>
      success<{ missedReminders: number }>(await app.dispatch('app:status', undefined)).missedReminders;
    expect(await missed(second.app)).toBe(3);
    // Said once: a window opened again later (from the tray) starts where it usually does.
    expect(await missed(second.app)).toBe(0);
    await second.app.close();

    const third = await startWithReminders('2026-11-23T11:00:00+01:00');
    expect(third.notices).toEqual([]);
    expect(
      success<{ missedReminders: number }>(await third.app.dispatch('app:status', undefined)).missedReminders,
    ).toBe(0);
  });

  it('settings: a new reminder time moves keep-in-touch reminders; open at login goes to the system only when changed', async () => {
    const { app, logins } = await startWithReminders();
    const contact = await jan(app, { cadence: 'maandelijks' });
    success(await app.dispatch('settings:update', { reminderTime: '07:45', openAtLogin: true }));
    const [row] = success<ReminderList>(await app.dispatch('reminders:list', undefined)).reminders;
    expect(row).toMatchObject({ contactId: contact.id, due: { date: '2026-12-23', time: '07:45' } });
    success(await app.dispatch('settings:update', { openAtLogin: true, closeToTray: false }));
    success(await app.dispatch('settings:update', { openAtLogin: false }));
    expect(logins).toEqual([true, false]);
    expect(success(await app.dispatch('settings:get', undefined))).toMatchObject({
      reminderTime: '07:45',
      closeToTray: false,
      openAtLogin: false,
    });

    success(
      await app.dispatch('settings:update', {
        keepInTouchDefaults: {
          'heel-goed': 'geen',
          goed: 'geen',
          'een-beetje': 'twee-weken',
          onbekend: 'jaarlijks',
        },
      }),
    );
    const bram = success<{ id: string }>(await app.dispatch('contacts:create', { name: 'Bram' }));
    const rows = success<ReminderList>(await app.dispatch('reminders:list', undefined)).reminders;
    expect(rows.find((r) => r.contactId === bram.id)?.due).toMatchObject({
      date: '2027-11-23',
      time: '07:45',
    });
  });

  it('notification buttons: done finishes, a thank-you opens its conversation instead, snooze waits an hour', async () => {
    const { app, clock } = await startWithReminders();
    const contact = await jan(app);
    const c = success<{ id: string }>(
      await app.dispatch('conversations:create', {
        contactId: contact.id,
        date: '2026-11-22',
        status: 'gehouden',
      }),
    );
    clock.jumpTo('2026-11-23T08:00:00+01:00');
    const r = success<{ id: string }>(
      await app.dispatch('reminders:create', { ...own, date: '2026-11-23', time: '09:00' }),
    );
    clock.jumpTo('2026-11-23T10:00:00+01:00');
    const thanks = app.store.data.reminders.find((x) => x.kind === 'bedanken')!;

    expect(app.schedule.dueCount()).toBe(2);
    expect(app.schedule.upcoming(5).map((x) => x.title)).toEqual([
      'Vacature bekijken',
      'Stuur Jan de Vries een bedankje voor het gesprek van gisteren',
    ]);
    expect(app.schedule.notificationAction(thanks.id, 'done')).toEqual({ view: 'conversation', id: c.id });
    expect(app.reminders.get(thanks.id).state).toBe('open');
    expect(app.schedule.notificationAction(thanks.id, 'snooze')).toBeNull();
    expect(app.reminders.get(thanks.id).snoozedUntil).toMatchObject({ date: '2026-11-23', time: '11:00' });
    expect(app.schedule.notificationAction(r.id, 'done')).toBeNull();
    expect(app.reminders.get(r.id).state).toBe('done');
    // Snoozed until 11:00, the thank-you is still today's work.
    expect(app.schedule.dueCount()).toBe(1);
    // Done already, or gone: nothing to do, nothing to show.
    expect(app.schedule.notificationAction(r.id, 'done')).toBeNull();
    expect(app.schedule.notificationAction('gone', 'snooze')).toBeNull();
  });

  it('closing stops the scheduler: no timer is left armed', async () => {
    const { app, clock } = await startWithReminders();
    success(await app.dispatch('reminders:create', own));
    expect(clock.pending).toBe(1);
    await app.close();
    expect(clock.pending).toBe(0);
  });
});
