// @vitest-environment happy-dom
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import FieldExample from './testing/FieldExample.svelte';

let mounted: Record<string, unknown> | null = null;

function show(props: Record<string, unknown>) {
  const target = document.createElement('div');
  document.body.append(target);
  mounted = mount(FieldExample, { target, props: props as never });
  flushSync();
  return target;
}

afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  document.body.innerHTML = '';
});

describe('Field', () => {
  it('names the control by its label, with an id from the form and path', () => {
    const page = show({ form: 'contact', path: 'name', label: 'Naam' });
    const input = page.querySelector('input')!;
    expect(input.id).toBe('contact-field-name');
    expect(page.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Naam');
  });

  it('is neither invalid nor described by anything while there is nothing to say', () => {
    const input = show({ form: 'contact', path: 'name', label: 'Naam' }).querySelector('input')!;
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(input.hasAttribute('aria-required')).toBe(false);
  });

  it('marks the control invalid and describes it by its hint and its message', () => {
    const page = show({
      form: 'conversation',
      path: 'evaluation.tips.0',
      label: 'Tip 1',
      hint: 'Eén tip per regel.',
      error: 'Deze tekst is te lang.',
      required: true,
    });
    const input = page.querySelector('input')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-required')).toBe('true');
    const described = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id));
    expect(described.map((el) => el?.textContent)).toEqual(['Eén tip per regel.', 'Deze tekst is te lang.']);
    expect(page.querySelector('.error')?.getAttribute('role')).toBeNull();
  });

  it('says a message aloud as it appears when asked to (fields saved on change)', () => {
    const page = show({
      form: 'setting',
      path: 'reminderTime',
      label: 'Tijd',
      error: 'Fout.',
      announce: true,
    });
    expect(page.querySelector('[role="alert"]')?.textContent).toBe('Fout.');
  });

  it('puts a checkbox before its label, still named by it', () => {
    const page = show({
      form: 'setting',
      path: 'openAtLogin',
      label: 'Starten bij inloggen',
      layout: 'check',
    });
    const input = page.querySelector('input')!;
    const label = page.querySelector('label')!;
    expect(label.htmlFor).toBe(input.id);
    expect(input.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says the lines under a message as part of it, and aloud when asked', () => {
    const page = show({
      form: 'set-aside-1',
      path: 'raw',
      label: 'Tekst',
      error: 'Dit item klopt nog niet.',
      details: ['email: Dit lijkt geen e-mailadres.'],
      announce: true,
    });
    const input = page.querySelector('input')!;
    const message = page.querySelector(`#${input.getAttribute('aria-describedby')}`)!;
    expect(message.getAttribute('role')).toBe('alert');
    expect(message.textContent).toContain('Dit item klopt nog niet.');
    expect(message.querySelector('li')?.textContent).toBe('email: Dit lijkt geen e-mailadres.');
  });
});
