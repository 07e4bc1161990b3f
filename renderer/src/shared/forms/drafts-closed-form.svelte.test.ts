// @vitest-environment happy-dom
import { flushSync } from 'svelte';
import { afterEach, expect, it } from 'vitest';
import { drafts } from './drafts.svelte';

/**
 * A form asks for its draft while it is being made (drafts.keep in its script), and is thrown away when
 * the person looks elsewhere; the draft lives on. Here a form is an effect root, made and destroyed the
 * way a component is (a .svelte.test.ts, so the runes compile).
 */
afterEach(() => drafts.drop('contact:c1'));

/** Mounts a "form" that keeps the draft of contact c1 and reads whether it is dirty, as the form does. */
function mountForm(): { draft: ReturnType<typeof drafts.keep<{ organisation: string }>>; close: () => void } {
  let draft!: ReturnType<typeof drafts.keep<{ organisation: string }>>;
  const close = $effect.root(() => {
    draft = drafts.keep('contact:c1', () => ({ organisation: '' }));
    $effect(() => void draft.dirty);
  });
  flushSync();
  return { draft, close };
}

it('tells unsaved typing right after the form that made the draft was closed', () => {
  const first = mountForm();
  first.draft.value.organisation = 'Eneco';
  flushSync();
  first.close();
  // The form opens again on the kept draft, and the typing is put back as the record has it.
  const again = mountForm();
  expect(again.draft).toBe(first.draft);
  expect(again.draft.dirty).toBe(true);
  again.draft.value.organisation = '';
  flushSync();
  expect(again.draft.dirty).toBe(false);
  expect(drafts.isDirty('contact:c1')).toBe(false);
  expect(drafts.unsaved).toBe(false);
  again.close();
});

it('puts typing thrown away back for the form to find, once the form let its draft go', () => {
  const form = mountForm();
  const initial = form.draft.initial();
  form.draft.value.organisation = 'Eneco';
  form.draft.leave(1_000);
  form.close();
  drafts.drop('contact:c1');
  drafts.putBack('contact:c1', initial, { organisation: 'Eneco' }, 1_000);
  expect(drafts.unsaved).toBe(true);
  const again = mountForm();
  expect(again.draft.value.organisation).toBe('Eneco');
  expect(again.draft.leftAt).toBe(1_000);
  again.close();
});
