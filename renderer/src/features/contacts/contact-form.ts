import type { FormFields } from '../../shared/forms/field-messages';

/** The contact form's fields top to bottom, as it shows them: focus goes to the first that is refused. */
export const contactForm: FormFields = {
  form: 'contact',
  order: [
    'name',
    'organisation',
    'role',
    'email',
    'phone',
    'moreEmails',
    'morePhones',
    'linkedin',
    'circle',
    'warmth',
    'strength',
    'introducedById',
    'lastContactOn',
    'cadence',
    'cadenceDays',
    'howWeMet',
    'aboutThem',
    'canOffer',
    'tags',
    'birthday',
    'notes',
  ],
};
