import { describe, expect, it } from 'vitest';
import { ContactFields } from '$contract/domain';
import { check } from '../../shared/forms/field-messages';
import { contactForm } from './contact-form';

describe('the contact form', () => {
  it('has a place for every field of the schema, so no refusal ends up without its field', () => {
    expect([...contactForm.order].sort()).toEqual(Object.keys(ContactFields.shape).sort());
  });

  it('sends focus to the e-mail address before the notes, as the form shows them', () => {
    const result = check(
      contactForm,
      ContactFields,
      { name: 'Anna', notes: 'x'.repeat(20_001), email: 'a@' },
      'nl',
    );
    expect(result.ok ? null : result.messages.first).toBe('email');
  });
});
