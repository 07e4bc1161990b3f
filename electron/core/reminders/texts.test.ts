import { describe, expect, it } from 'vitest';
import {
  ContactFields,
  ConversationFields,
  type Contact,
  type Conversation,
  type ConversationFieldsInput,
  type Reminder,
  type ReminderKind,
} from '../../contract/domain';
import {
  ago,
  calendarDate,
  missedSummary,
  reminderNotice,
  reminderTitle,
  summaryNotice,
  type Linked,
} from './texts';
import { labels } from '../../contract/words/labels';
import { checkWords } from '../../contract/testing/word-check';
import { reminderWords } from './words';

const at = '2026-11-01T10:00:00.000Z';
const today = '2026-11-23';

const jan: Contact = {
  id: 'jan',
  ...ContactFields.parse({ name: 'Jan de Vries' }),
  archived: false,
  importedAt: null,
  createdAt: at,
  updatedAt: at,
};

function conversation(fields: Partial<ConversationFieldsInput> = {}): Conversation {
  return {
    id: 'c1',
    ...ConversationFields.parse({ contactId: 'jan', date: '2026-11-22', status: 'gehouden', ...fields }),
    createdAt: at,
    updatedAt: at,
  };
}

function reminder(kind: ReminderKind, fields: Partial<Reminder> = {}): Reminder {
  return {
    id: 'r1',
    kind,
    contactId: 'jan',
    conversationId: kind === 'bedanken' || kind === 'opvolgen' ? 'c1' : null,
    due: { date: today, time: '09:00', zone: 'Europe/Amsterdam' },
    title: '',
    note: '',
    state: 'open',
    snoozedUntil: null,
    notifiedAt: null,
    completedAt: null,
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

const linked = (fields: Partial<Linked> = {}): Linked => ({
  contact: jan,
  conversation: conversation(),
  lastContactOn: null,
  ...fields,
});

describe('the title of a thank-you', () => {
  const cases: [string, string, string][] = [
    [
      '2026-11-23',
      'Stuur Jan de Vries een bedankje voor het gesprek van vandaag',
      "Send Jan de Vries a thank-you for today's conversation",
    ],
    [
      '2026-11-22',
      'Stuur Jan de Vries een bedankje voor het gesprek van gisteren',
      "Send Jan de Vries a thank-you for yesterday's conversation",
    ],
    [
      '2026-11-21',
      'Stuur Jan de Vries een bedankje voor het gesprek van eergisteren',
      'Send Jan de Vries a thank-you for the conversation on 21 November',
    ],
    [
      '2026-11-03',
      'Stuur Jan de Vries een bedankje voor het gesprek van 3 november',
      'Send Jan de Vries a thank-you for the conversation on 3 November',
    ],
    [
      '2025-12-30',
      'Stuur Jan de Vries een bedankje voor het gesprek van 30 december 2025',
      'Send Jan de Vries a thank-you for the conversation on 30 December 2025',
    ],
  ];
  for (const [date, nl, en] of cases) {
    it(`says when the conversation of ${date} was, from ${today}`, () => {
      const l = linked({ conversation: conversation({ date }) });
      expect(reminderTitle(reminder('bedanken'), l, 'nl', today)).toBe(nl);
      expect(reminderTitle(reminder('bedanken'), l, 'en', today)).toBe(en);
    });
  }

  it("follows the contact's current name", () => {
    const renamed = { ...jan, name: 'Jan Bakker' };
    expect(reminderTitle(reminder('bedanken'), linked({ contact: renamed }), 'nl', today)).toBe(
      'Stuur Jan Bakker een bedankje voor het gesprek van gisteren',
    );
  });
});

describe('the titles of the other kinds', () => {
  it('keeping in touch', () => {
    expect(reminderTitle(reminder('contact-onderhouden'), linked(), 'nl', today)).toBe(
      'Laat weer eens van je horen bij Jan de Vries',
    );
    expect(reminderTitle(reminder('contact-onderhouden'), linked(), 'en', today)).toBe(
      'Get back in touch with Jan de Vries',
    );
  });

  it('a follow-up, with the next step on one line', () => {
    const c = conversation({ evaluation: { nextStep: 'Cv sturen\nnaar Petra', nextStepOn: '2026-11-30' } });
    expect(reminderTitle(reminder('opvolgen'), linked({ conversation: c }), 'nl', today)).toBe(
      'Opvolgen bij Jan de Vries: Cv sturen naar Petra',
    );
    expect(reminderTitle(reminder('opvolgen'), linked({ conversation: c }), 'en', today)).toBe(
      'Follow up with Jan de Vries: Cv sturen naar Petra',
    );
  });

  it("an own reminder is the person's own title, in any language", () => {
    const own = reminder('eigen', { title: 'Vacature bekijken' });
    expect(reminderTitle(own, linked(), 'en', today)).toBe('Vacature bekijken');
  });

  it('a title the person gave an app reminder wins over the wording', () => {
    const mine = reminder('contact-onderhouden', { title: 'Koffie met Jan plannen' });
    expect(reminderTitle(mine, linked(), 'nl', today)).toBe('Koffie met Jan plannen');
  });
});

describe('a notification', () => {
  it('of a thank-you tells which conversation and opens it', () => {
    expect(reminderNotice(reminder('bedanken'), linked(), 'nl', today)).toEqual({
      title: 'Stuur Jan de Vries een bedankje voor het gesprek van gisteren',
      body: 'Oriënterend gesprek op 22 november',
      target: { view: 'conversation', id: 'c1' },
    });
    expect(reminderNotice(reminder('bedanken'), linked(), 'en', today).body).toBe(
      'Exploratory conversation on 22 November',
    );
  });

  it("names the conversation's kind as every screen does", () => {
    const catchingUp = linked({ conversation: conversation({ kind: 'bijpraten' }) });
    expect(reminderNotice(reminder('bedanken'), catchingUp, 'nl', today).body).toBe(
      'Bijpraten op 22 november',
    );
    expect(reminderNotice(reminder('bedanken'), catchingUp, 'en', today).body).toBe(
      `${labels.en.conversationKinds.bijpraten} on 22 November`,
    );
  });

  it('of a follow-up says where the step came from and opens the conversation', () => {
    const notice = reminderNotice(reminder('opvolgen'), linked(), 'nl', today);
    expect(notice.body).toBe('Volgende stap uit het gesprek van 22 november');
    expect(notice.target).toEqual({ view: 'conversation', id: 'c1' });
  });

  it('of keeping in touch says how long ago the last contact was, and opens the contact', () => {
    const r = reminder('contact-onderhouden');
    expect(reminderNotice(r, linked({ lastContactOn: '2026-08-20' }), 'nl', today)).toMatchObject({
      body: 'Laatste contact: 3 maanden geleden',
      target: { view: 'contact', id: 'jan' },
    });
    expect(reminderNotice(r, linked({ lastContactOn: '2026-08-20' }), 'en', today).body).toBe(
      'Last contact: 3 months ago',
    );
    expect(reminderNotice(r, linked({ lastContactOn: null }), 'nl', today).body).toBe(
      'Nog geen contact vastgelegd',
    );
  });

  it('shows the note the person wrote instead of the context', () => {
    expect(reminderNotice(reminder('bedanken', { note: 'Boek noemen' }), linked(), 'nl', today).body).toBe(
      'Boek noemen',
    );
  });

  it('of an own reminder opens what it is linked to, or the reminder itself', () => {
    const own = (fields: Partial<Reminder>) =>
      reminderNotice(reminder('eigen', { title: 'Bellen', ...fields }), linked(), 'nl', today);
    expect(own({ conversationId: 'c1' }).target).toEqual({ view: 'conversation', id: 'c1' });
    expect(own({}).target).toEqual({ view: 'contact', id: 'jan' });
    expect(own({}).body).toBe('Jan de Vries');
    const alone = reminderNotice(
      reminder('eigen', { title: 'Bellen', contactId: null }),
      linked({ contact: undefined }),
      'nl',
      today,
    );
    expect(alone).toEqual({ title: 'Bellen', body: '', target: { view: 'reminders', id: 'r1' } });
  });
});

describe('the summary of several reminders due together while the app runs', () => {
  it('does not say the app was closed', () => {
    expect(summaryNotice(4, false, 'nl')).toEqual({
      title: '4 herinneringen voor nu',
      body: 'Je vindt ze bij Herinneringen.',
    });
    expect(summaryNotice(4, false, 'en').title).toBe('4 reminders for now');
    expect(summaryNotice(4, true, 'nl')).toEqual(missedSummary(4, 'nl'));
  });
});

describe('the summary of reminders missed while the app was closed', () => {
  it('counts in Dutch, with the singular for one', () => {
    expect(missedSummary(3, 'nl').title).toBe('3 herinneringen wachten op je');
    expect(missedSummary(1, 'nl').title).toBe('1 herinnering wacht op je');
    expect(missedSummary(3, 'nl').body).toContain('terwijl Netwerkdagboek gesloten was');
  });

  it('counts in English, with the singular for one', () => {
    expect(missedSummary(3, 'en')).toEqual({
      title: '3 reminders are waiting for you',
      body: 'They fell due while Netwerkdagboek was closed. You will find them under Reminders.',
    });
    expect(missedSummary(1, 'en').title).toBe('1 reminder is waiting for you');
  });
});

describe("the reminders' words", () => {
  it('are the same in Dutch and English, none empty, with both plural forms', () => {
    expect(checkWords(reminderWords)).toEqual({ problems: [], plurals: 6 });
  });

  it('count a thousand the way each language writes it', () => {
    expect(missedSummary(1000, 'nl').title).toBe('1.000 herinneringen wachten op je');
    expect(missedSummary(1000, 'en').title).toBe('1,000 reminders are waiting for you');
  });
});

describe('dates in words', () => {
  it('shows a date without the year in the current year, with it otherwise', () => {
    expect(calendarDate('2026-03-01', today, 'nl')).toBe('1 maart');
    expect(calendarDate('2027-03-01', today, 'en')).toBe('1 March 2027');
  });

  it('says how long ago in the largest sensible unit', () => {
    expect(ago('2026-11-23', today, 'nl')).toBe('vandaag');
    expect(ago('2026-11-20', today, 'nl')).toBe('3 dagen geleden');
    expect(ago('2026-11-09', today, 'nl')).toBe('2 weken geleden');
    expect(ago('2026-10-20', today, 'en')).toBe('last month');
    expect(ago('2024-10-20', today, 'en')).toBe('2 years ago');
  });
});
