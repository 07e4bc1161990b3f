import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../contract/contract';
import { JOURNAL_SCHEMA_VERSION } from '../contract/domain';
import { errorMessages } from '../contract/messages';
import type { Clock } from './clock';
import { openNetwerkdagboek, type CorePorts, type Netwerkdagboek } from './netwerkdagboek';
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
    saveDelayMs: 0,
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
      email: 'This does not look like an e-mail address. For example: name@example.com',
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
});

describe('app:status', () => {
  it('reports the journal path and version, with no notice on a clean start', async () => {
    const app = await start();
    expect(success(await app.dispatch('app:status', undefined))).toEqual({
      language: 'nl',
      version: '1.2.3',
      journal: { path: journalPath, readOnly: false, notice: null },
    });
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
      time: nl.fields.invalid,
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
