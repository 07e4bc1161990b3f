// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ContactFields } from '$contract/domain';
import { i18n } from '../i18n/i18n.svelte';
import { FormMessages } from './form-messages.svelte';

const spec = { form: 'contact', order: ['name', 'email', 'tags'] };

/** Inputs with the ids the Field component gives them. */
function page(...paths: string[]): void {
  document.body.innerHTML = paths.map((p) => `<input id="contact-field-${p}" />`).join('');
}

afterEach(() => {
  document.body.innerHTML = '';
  i18n.language = 'nl';
});

describe('FormMessages', () => {
  it('shows what the schema refuses and puts focus on the first field of the form', async () => {
    page('name', 'email');
    const messages = new FormMessages(spec);
    expect(await messages.check(ContactFields, { name: '', email: 'anna@' })).toBeNull();
    expect(messages.of('name')).toBe('Vul dit veld in.');
    expect(messages.any).toBe(true);
    expect(document.activeElement?.id).toBe('contact-field-name');
  });

  it('hands back the checked input, and leaves the messages of an earlier try for the caller to clear', async () => {
    const messages = new FormMessages(spec);
    await messages.check(ContactFields, { name: '' });
    expect(await messages.check(ContactFields, { name: 'Anna' })).toMatchObject({ name: 'Anna', tags: [] });
    messages.clear();
    expect(messages.any).toBe(false);
  });

  it('speaks the UI language', async () => {
    i18n.language = 'en';
    const messages = new FormMessages(spec);
    await messages.check(ContactFields, { name: 'Anna', email: 'x' });
    expect(messages.of('email')).toBe(
      'This does not look like an email address. For example: name@example.com',
    );
  });

  it('lands core’s refusal of an edit on its fields and focuses the first', async () => {
    page('name', 'email');
    const messages = new FormMessages(spec);
    const refusal = { error: { code: 'invalid_input', message: '…', fields: { 'changes.email': 'Nee.' } } };
    expect(await messages.refused(refusal, 'changes')).toBe(true);
    expect(messages.of('email')).toBe('Nee.');
    expect(document.activeElement?.id).toBe('contact-field-email');
  });

  it('leaves any other failure to the caller, and can say it at the top of the form', async () => {
    const messages = new FormMessages(spec);
    expect(await messages.refused(new Error('De schijf is vol.'))).toBe(false);
    expect(messages.any).toBe(false);
    messages.fail('De schijf is vol.');
    expect(messages.current.form).toEqual(['De schijf is vol.']);
    expect(messages.current.first).toBeNull();
  });

  it('lets the form show the right part before focus moves (the editor opens the step first)', async () => {
    page('name');
    const seen: (string | null)[] = [];
    const messages = new FormMessages(spec, (m) => seen.push(m.first, document.activeElement?.id || null));
    await messages.check(ContactFields, { name: '' });
    expect(seen).toEqual(['name', null]);
    expect(document.activeElement?.id).toBe('contact-field-name');
  });

  it('focuses the field in its own form, not one with the same id in another form on the page', async () => {
    document.body.innerHTML =
      '<form id="behind"><input id="contact-field-name" /></form>' +
      '<form id="dialog"><input id="contact-field-name" /></form>';
    const messages = new FormMessages(spec);
    messages.root = document.getElementById('dialog') as HTMLFormElement;
    await messages.check(ContactFields, { name: '' });
    expect(document.activeElement?.closest('form')?.id).toBe('dialog');
  });
});
