import { describe, expect, it } from 'vitest';
import { ContactFields, ConversationFields } from '$contract/domain';
import {
  arrange,
  check,
  errorId,
  fieldId,
  focusFirst,
  focusTargets,
  fromCore,
  fromIssues,
  hasMessages,
  hintId,
  messageOf,
  noMessages,
  type FormFields,
} from './field-messages';

const contact: FormFields = {
  form: 'contact',
  order: ['name', 'organisation', 'email', 'phone', 'linkedin', 'tags', 'cadence', 'cadenceDays'],
};

const conversation: FormFields = {
  form: 'conversation',
  order: ['contactId', 'date', 'goal', 'questions', 'notes', 'evaluation', 'evaluation.nextStepOn', 'thanks'],
};

const issuesOf = (schema: typeof ContactFields, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return result.error;
};

describe('field ids', () => {
  it('names every control by form and path, with dashes for the dots of nested paths', () => {
    expect(fieldId('contact', 'name')).toBe('contact-field-name');
    expect(fieldId('conversation', 'evaluation.referrals.1.name')).toBe(
      'conversation-field-evaluation-referrals-1-name',
    );
  });

  it('gives hint and message ids that follow the control id, so aria-describedby can point at them', () => {
    expect(hintId('reminder', 'title')).toBe('reminder-field-title-hint');
    expect(errorId('touch', 'on')).toBe('touch-field-on-error');
  });

  it('tries the most precise control first when moving focus to a nested path', () => {
    expect(focusTargets('conversation', 'questions.0.text')).toEqual([
      'conversation-field-questions-0-text',
      'conversation-field-questions-0',
      'conversation-field-questions',
    ]);
  });
});

describe('messages from the shared schema', () => {
  it('says in Dutch what is wrong with each field', () => {
    const m = fromIssues(contact, issuesOf(ContactFields, { name: '  ', email: 'anna@' }), 'nl');
    expect(m.fields).toEqual({
      name: 'Vul dit veld in.',
      email: 'Dit lijkt geen e-mailadres. Bijvoorbeeld: naam@voorbeeld.nl',
    });
    expect(m.form).toEqual([]);
  });

  it('says the same in English when the app speaks English', () => {
    const m = fromIssues(contact, issuesOf(ContactFields, { name: '', linkedin: 'http://x.nl' }), 'en');
    expect(m.fields['name']).toBe('Please fill this in.');
    expect(m.fields['linkedin']).toBe('Enter a full link starting with https://');
  });

  it('points at the first invalid field in the order of the form, not of the schema', () => {
    const linkedinFirst: FormFields = { form: 'contact', order: ['linkedin', 'email', 'name'] };
    const error = issuesOf(ContactFields, { name: '', email: 'x', linkedin: 'ftp://x' });
    const m = fromIssues(linkedinFirst, error, 'nl');
    expect(m.first).toBe('linkedin');
    expect(Object.keys(m.fields)).toEqual(['linkedin', 'email', 'name']);
  });

  it('keeps nested paths like tags.0 and finds them from the field that holds them', () => {
    const m = fromIssues(contact, issuesOf(ContactFields, { name: 'Anna', tags: ['x'.repeat(61)] }), 'nl');
    expect(m.fields).toEqual({ 'tags.0': 'Deze tekst is te lang.' });
    expect(m.first).toBe('tags.0');
    expect(messageOf(m, 'tags')).toBe('Deze tekst is te lang.');
    expect(messageOf(m, 'tag')).toBeUndefined();
  });

  it('puts list items in number order, so item 2 comes before item 10', () => {
    const m = arrange(conversation, {
      'questions.10.text': 'ten',
      'questions.2.answer': 'two',
      goal: 'goal',
    });
    expect(Object.keys(m.fields)).toEqual(['goal', 'questions.2.answer', 'questions.10.text']);
  });

  it('places a path under its most precise field', () => {
    const m = arrange(conversation, {
      'thanks.on': 'a',
      'evaluation.nextStepOn': 'b',
      'evaluation.tips.0': 'c',
    });
    expect(Object.keys(m.fields)).toEqual(['evaluation.tips.0', 'evaluation.nextStepOn', 'thanks.on']);
  });

  it('follows a list spread over the form: answers after the notes, questions before them', () => {
    const spread: FormFields = {
      form: 'conversation',
      order: ['questions.*.text', 'questions', 'notes', 'questions.*.answer'],
    };
    const m = arrange(spread, { 'questions.0.answer': 'a', notes: 'n', 'questions.3.text': 't' });
    expect(Object.keys(m.fields)).toEqual(['questions.3.text', 'notes', 'questions.0.answer']);
    expect(arrange(spread, { 'questions.0.answered': 'x' }).first).toBe('questions.0.answered');
  });

  it('shows what belongs to no field of the form at the top of the form instead of losing it', () => {
    const noPhone: FormFields = { form: 'contact', order: ['name'] };
    const m = fromIssues(
      noPhone,
      issuesOf(ContactFields, { name: 'Anna', phone: 'abc', isAdmin: true }),
      'nl',
    );
    expect(m.fields).toEqual({});
    expect(m.first).toBeNull();
    expect(m.form).toEqual([
      'Dit lijkt geen telefoonnummer. Gebruik cijfers, eventueel met + ervoor.',
      'Deze waarde klopt niet.',
    ]);
    expect(hasMessages(m)).toBe(true);
  });

  it('lets the form’s own rule speak before the schema on the same field', () => {
    const error = issuesOf(ContactFields, { name: 'x'.repeat(201) });
    const m = fromIssues(contact, error, 'nl', { name: 'required', cadenceDays: 'required' });
    expect(m.fields).toEqual({ name: 'Vul dit veld in.', cadenceDays: 'Vul dit veld in.' });
  });
});

describe('check', () => {
  it('hands back what the schema made of valid input', () => {
    const result = check(contact, ContactFields, { name: ' Anna ' }, 'nl');
    expect(result).toMatchObject({ ok: true, data: { name: 'Anna', tags: [], cadence: 'standaard' } });
  });

  it('accepts input whose own rules all hold', () => {
    const result = check(contact, ContactFields, { name: 'Anna' }, 'nl', { cadenceDays: undefined });
    expect(result.ok).toBe(true);
  });

  it('refuses valid input when one of the form’s own rules fails', () => {
    const result = check(contact, ContactFields, { name: 'Anna', cadence: 'aangepast' }, 'en', {
      cadenceDays: 'required',
      name: undefined,
    });
    expect(result).toEqual({
      ok: false,
      messages: { fields: { cadenceDays: 'Please fill this in.' }, first: 'cadenceDays', form: [] },
    });
  });

  it('finds nested conversation fields with the same schema core uses', () => {
    const result = check(
      conversation,
      ConversationFields,
      {
        contactId: 'c1',
        date: '2026-13-01',
        questions: [{ id: 'q1', text: 'x'.repeat(1001), answered: false, answer: '' }],
      },
      'nl',
    );
    if (result.ok) throw new Error('expected a refusal');
    expect(result.messages.first).toBe('date');
    expect(result.messages.fields).toEqual({
      date: 'Dit is geen geldige datum.',
      'questions.0.text': 'Deze tekst is te lang.',
    });
  });
});

describe('messages core sent back', () => {
  it('takes the update’s `changes.` off each path so the message lands on its field', () => {
    const m = fromCore(
      contact,
      { 'changes.email': 'Dit lijkt geen e-mailadres.', 'changes.name': 'Vul dit veld in.' },
      'changes',
    );
    expect(m.fields).toEqual({ name: 'Vul dit veld in.', email: 'Dit lijkt geen e-mailadres.' });
    expect(m.first).toBe('name');
  });

  it('says a refusal about no known field once, at the top of the form', () => {
    const m = fromCore(contact, { id: 'Deze waarde klopt niet.', _: 'Deze waarde klopt niet.' });
    expect(m).toEqual({ fields: {}, first: null, form: ['Deze waarde klopt niet.'] });
  });

  it('has nothing to show when nothing was refused', () => {
    expect(hasMessages(noMessages)).toBe(false);
    expect(hasMessages(fromCore(contact, {}))).toBe(false);
  });
});

describe('focusFirst', () => {
  const root = (ids: string[]) => {
    const focused: string[] = [];
    return {
      focused,
      getElementById: (id: string) =>
        ids.includes(id) ? ({ focus: () => focused.push(id) } as unknown as HTMLElement) : null,
    };
  };

  it('focuses the control of the first invalid field', () => {
    const page = root(['contact-field-name', 'contact-field-email']);
    const m = arrange(contact, { email: 'e', name: 'n' });
    expect(focusFirst(contact, m, page)).toBe(true);
    expect(page.focused).toEqual(['contact-field-name']);
  });

  it('falls back to the list’s control when an item has none', () => {
    const page = root(['conversation-field-questions']);
    expect(focusFirst(conversation, arrange(conversation, { 'questions.3.id': 'x' }), page)).toBe(true);
    expect(page.focused).toEqual(['conversation-field-questions']);
  });

  it('moves nothing when only the form as a whole was refused', () => {
    const page = root(['contact-field-name']);
    expect(focusFirst(contact, fromCore(contact, { _: 'x' }), page)).toBe(false);
    expect(page.focused).toEqual([]);
  });

  it('looks inside a form element when given one instead of the document', () => {
    const focused: string[] = [];
    const form = {
      querySelector: (selector: string) =>
        selector === '[id="contact-field-email"]'
          ? ({ focus: () => focused.push('email') } as unknown as HTMLElement)
          : null,
    };
    expect(focusFirst(contact, arrange(contact, { email: 'e' }), form)).toBe(true);
    expect(focused).toEqual(['email']);
  });
});
