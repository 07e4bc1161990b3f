import type { FormFields } from '../../shared/forms/field-messages';

/**
 * The conversation editor's fields over its three steps, top to bottom: a refusal opens the step of the
 * first field in this order and puts focus there. The questions are written on the first step and
 * answered on the second, hence their two places.
 */
export const conversationForm: FormFields = {
  form: 'conversation',
  order: [
    // Voorbereiden
    'contactId',
    'participantIds',
    'date',
    'time',
    'channel',
    'kind',
    'threeB',
    'goal',
    'questions.*.text',
    'questions',
    'preparation',
    // Het gesprek
    'notes',
    'questions.*.answered',
    'questions.*.answer',
    // Terugblikken
    'evaluation.wentWell',
    'evaluation.couldBeBetter',
    'evaluation.tips',
    'evaluation.referrals',
    'evaluation.gaveOrOffered',
    'evaluation.nextStep',
    'evaluation.nextStepOn',
    'evaluation',
    'thanks.how',
    'thanks.thanked',
    'thanks.on',
    'thanks',
  ],
};
