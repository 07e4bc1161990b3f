// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { focusFirstField, focusReturnsToOpener, restoreFocus } from './focus';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('focusFirstField', () => {
  it('puts the cursor in the first field to type in or choose, past buttons and hidden or disabled ones', () => {
    document.body.innerHTML = `<form id="f">
      <button type="button">Annuleren</button>
      <input type="hidden" name="id" />
      <input id="off" disabled />
      <select id="circle"><option>werk</option></select>
      <input id="name" />
    </form>`;
    expect(focusFirstField(document.getElementById('f'))).toBe(true);
    expect(document.activeElement?.id).toBe('circle');
  });

  it('says so when there is nothing to focus', () => {
    document.body.innerHTML = '<form id="f"><button>Opslaan</button></form>';
    expect(focusFirstField(document.getElementById('f'))).toBe(false);
    expect(focusFirstField(null)).toBe(false);
  });
});

describe('restoreFocus', () => {
  it('puts focus back on the control when it is still there, else on the first fallback that exists', async () => {
    document.body.innerHTML = '<button id="save">Opslaan</button><h1 id="title" tabindex="-1">Anna</h1>';
    const save = document.getElementById('save')!;
    await restoreFocus(save, 'title');
    expect(document.activeElement).toBe(save);
    save.remove();
    (document.activeElement as HTMLElement | null)?.blur();
    await restoreFocus(save, 'gone', 'title');
    expect(document.activeElement?.id).toBe('title');
  });

  it('leaves focus the person moved elsewhere meanwhile', async () => {
    document.body.innerHTML = '<button id="save">Opslaan</button><input id="notes" />';
    document.getElementById('notes')!.focus();
    await restoreFocus(document.getElementById('save'));
    expect(document.activeElement?.id).toBe('notes');
  });
});

describe('focusReturnsToOpener', () => {
  it('gives focus back to what had it when the dialog opened', async () => {
    document.body.innerHTML =
      '<button id="delete">Verwijderen</button><dialog><button id="ok">Ja</button></dialog>';
    document.getElementById('delete')!.focus();
    const back = focusReturnsToOpener();
    document.getElementById('ok')!.focus();
    document.querySelector('dialog')!.remove();
    back();
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.activeElement?.id).toBe('delete');
  });
});
