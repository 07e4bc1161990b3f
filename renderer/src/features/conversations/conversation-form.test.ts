import { describe, expect, it } from 'vitest';
import { ConversationFields } from '$contract/domain';
import { arrange, check } from '../../shared/forms/field-messages';
import { conversationForm } from './conversation-form';

const valid = { contactId: 'c1', date: '2026-11-23' };

describe('the conversation editor’s fields', () => {
  it('has a place for every field of the schema but the status, which buttons set', () => {
    const placed = new Set(conversationForm.order.map((path) => path.split('.')[0]));
    const fields = Object.keys(ConversationFields.shape).filter((key) => key !== 'status');
    expect(fields.filter((key) => !placed.has(key))).toEqual([]);
  });

  it('puts a question being written before the notes, and its answer after them', () => {
    const m = arrange(conversationForm, {
      'questions.0.answer': 'answer',
      notes: 'notes',
      'questions.1.text': 'text',
    });
    expect(Object.keys(m.fields)).toEqual(['questions.1.text', 'notes', 'questions.0.answer']);
  });

  it('finds a referral without a usable name under the evaluation, before the thank-you', () => {
    const result = check(
      conversationForm,
      ConversationFields,
      {
        ...valid,
        status: 'gehouden',
        evaluation: {
          wentWell: '',
          couldBeBetter: '',
          tips: [],
          referrals: [
            { id: 'r1', name: 'x'.repeat(201), organisation: '', role: '', why: '', contactId: null },
          ],
          gaveOrOffered: '',
          nextStep: '',
          nextStepOn: null,
        },
        thanks: { thanked: true, how: null, on: 'gisteren' },
      },
      'nl',
    );
    if (result.ok) throw new Error('expected a refusal');
    expect(Object.keys(result.messages.fields)).toEqual(['evaluation.referrals.0.name', 'thanks.on']);
  });
});
