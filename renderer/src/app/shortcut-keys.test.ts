// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandFor, modifierLabel, saveOpenForm } from './shortcut-keys';

afterEach(() => {
  document.body.innerHTML = '';
});

const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return commandFor(event);
};

describe('commandFor', () => {
  it('knows the app’s shortcuts, with Ctrl or Cmd alike', () => {
    expect(press('n', { ctrlKey: true })).toBe('new-contact');
    expect(press('n', { metaKey: true })).toBe('new-contact');
    expect(press('N', { ctrlKey: true, shiftKey: true })).toBe('new-conversation');
    expect(press('H', { metaKey: true, shiftKey: true })).toBe('new-reminder');
    expect(press('k', { ctrlKey: true })).toBe('search');
    expect(press('s', { ctrlKey: true })).toBe('save');
    expect(press('S', { metaKey: true })).toBe('save');
    expect(press('/', { ctrlKey: true })).toBe('shortcuts');
    expect(press('/', { ctrlKey: true, shiftKey: true })).toBe('shortcuts');
  });

  it('leaves other keys alone: Alt combinations, Ctrl+Shift+R (reload), plain letters', () => {
    expect(press('n', { ctrlKey: true, altKey: true })).toBeNull();
    expect(press('R', { ctrlKey: true, shiftKey: true })).toBeNull();
    expect(press('s')).toBeNull();
    expect(press('Escape')).toBeNull();
  });

  it('opens the overview with ? only when the person is not typing', () => {
    expect(press('?', { shiftKey: true })).toBe('shortcuts');
    document.body.innerHTML = '<input id="name" /><textarea id="notes"></textarea>';
    for (const id of ['name', 'notes'])
      expect(press('?', { shiftKey: true }, document.getElementById(id)!)).toBeNull();
  });
});

describe('modifierLabel', () => {
  it('says ⌘ on a Mac and Ctrl elsewhere', () => {
    expect(modifierLabel('MacIntel')).toBe('⌘');
    expect(modifierLabel('Win32')).toBe('Ctrl');
    expect(modifierLabel('Linux x86_64')).toBe('Ctrl');
  });
});

describe('saveOpenForm', () => {
  it('submits the form in the dialog on top, else the one with focus, else the one on screen', () => {
    document.body.innerHTML = `
      <form id="contact"><input id="name" /></form>
      <form id="touch"><input id="note" /></form>`;
    const submitted: string[] = [];
    for (const form of document.querySelectorAll('form')) {
      form.requestSubmit = vi.fn(() => submitted.push(form.id));
    }
    expect(saveOpenForm()).toBe(true);
    document.getElementById('note')!.focus();
    saveOpenForm();
    expect(submitted).toEqual(['contact', 'touch']);

    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    dialog.innerHTML = '<form id="reminder"><input /></form>';
    document.body.append(dialog);
    const reminder = dialog.querySelector('form')!;
    reminder.requestSubmit = vi.fn(() => submitted.push('reminder'));
    saveOpenForm();
    expect(submitted.at(-1)).toBe('reminder');
  });

  it('does nothing without a form, and not the form behind a dialog that has none', () => {
    expect(saveOpenForm()).toBe(false);
    document.body.innerHTML = '<form id="contact"></form><dialog open><p>Weggooien?</p></dialog>';
    const form = document.querySelector('form')!;
    form.requestSubmit = vi.fn();
    expect(saveOpenForm()).toBe(false);
    expect(form.requestSubmit).not.toHaveBeenCalled();
  });
});
