// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { askBeforeUnload, drafts, FormDraft } from './drafts.svelte';

afterEach(() => {
  for (const key of ['contact:new', 'contact:c1', 'touch:c1']) drafts.drop(key);
});

describe('FormDraft', () => {
  it('is dirty once its values differ from where it started, and clean again when reset', () => {
    const draft = new FormDraft({ name: 'Anna', notes: '' });
    expect(draft.dirty).toBe(false);
    draft.value.notes = 'Belt na de zomer terug';
    expect(draft.dirty).toBe(true);
    draft.value.notes = '';
    expect(draft.dirty).toBe(false);
    draft.reset({ name: 'Anna', notes: 'Belt terug' });
    expect(draft.dirty).toBe(false);
    expect(draft.matchesBaseline({ name: 'Anna', notes: 'Belt terug' })).toBe(true);
  });

  it('remembers when its form was left only when typing was left behind', () => {
    const draft = new FormDraft({ name: '' });
    draft.leave(1_000);
    expect(draft.leftAt).toBeNull();
    draft.value.name = 'Sanne';
    draft.leave(2_000);
    expect(draft.leftAt).toBe(2_000);
  });
});

describe('drafts', () => {
  it('gives a form back what was typed in it after the form was thrown away', () => {
    const first = drafts.keep('contact:c1', () => ({ notes: '' }));
    first.value.notes = 'Kent iemand bij de gemeente';
    // The component is gone (another screen); it is made again and asks for its draft.
    const again = drafts.keep('contact:c1', () => ({ notes: '' }));
    expect(again.value.notes).toBe('Kent iemand bij de gemeente');
    expect(drafts.isDirty('contact:c1')).toBe(true);
    expect(drafts.unsaved).toBe(true);
  });

  it('starts from the record again when nothing was typed, so an edit elsewhere shows', () => {
    drafts.keep('contact:c1', () => ({ name: 'Anna' }));
    const again = drafts.keep('contact:c1', () => ({ name: 'Anna de Vries' }));
    expect(again.value.name).toBe('Anna de Vries');
    expect(drafts.unsaved).toBe(false);
  });

  it('keeps drafts apart per form and record, and forgets one that was saved or thrown away', () => {
    drafts.keep('contact:c1', () => ({ notes: '' })).value.notes = 'a';
    drafts.keep('touch:c1', () => ({ note: '' })).value.note = 'b';
    expect(drafts.keep('contact:new', () => ({ notes: '' })).value.notes).toBe('');
    drafts.drop('contact:c1');
    expect(drafts.isDirty('contact:c1')).toBe(false);
    expect(drafts.keep('contact:c1', () => ({ notes: '' })).value.notes).toBe('');
    expect(drafts.unsaved).toBe(true);
    drafts.drop('touch:c1');
    expect(drafts.unsaved).toBe(false);
  });

  it('counts a store’s own draft while it is tracked', () => {
    const editor = new FormDraft<{ goal: string } | null>(null);
    const stop = drafts.track(editor);
    editor.reset({ goal: '' });
    expect(drafts.unsaved).toBe(false);
    editor.value!.goal = 'Horen hoe het team werkt';
    expect(drafts.unsaved).toBe(true);
    stop();
    expect(drafts.unsaved).toBe(false);
  });
});

describe('askBeforeUnload', () => {
  it('holds the page back only while something typed is unsaved', () => {
    const stop = askBeforeUnload(window);
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    drafts.keep('contact:new', () => ({ name: '' })).value.name = 'Sjoerd';
    expect(unload()).toBe(true);
    stop();
    expect(unload()).toBe(false);
  });
});
