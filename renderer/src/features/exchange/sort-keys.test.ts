import { describe, expect, it } from 'vitest';
import { circles, strengths, warmths } from '$contract/domain';
import { labels as domainLabels } from '$contract/words/labels';
import { exchangeEN } from './en';
import { exchangeNL } from './nl';
import { circleKey, sortInKey } from './sort-keys';

const press = (key: string, mods: Partial<KeyboardEvent> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe.each([
  ['nl', exchangeNL.sortIn, domainLabels.nl],
  ['en', exchangeEN.sortIn, domainLabels.en],
])('the sort-in keys in %s', (_, words, labels) => {
  it('give every circle, warmth and strength its own single key', () => {
    const keys = [
      ...circles.map(circleKey),
      ...warmths.map((w) => words.keys.warmth[w].toUpperCase()),
      ...strengths.map((s) => words.keys.strength[s].toUpperCase()),
    ];
    expect(keys.every((k) => k.length === 1)).toBe(true);
    expect(new Set(keys).size).toBe(circles.length + warmths.length + strengths.length);
  });

  it('turn each key back into its choice, in either case', () => {
    for (const circle of circles) {
      expect(sortInKey(press(circleKey(circle)), words)).toEqual({ field: 'circle', value: circle });
    }
    for (const warmth of warmths) {
      const key = words.keys.warmth[warmth];
      expect(sortInKey(press(key.toLowerCase()), words)).toEqual({ field: 'warmth', value: warmth });
      expect(sortInKey(press(key.toUpperCase()), words)).toEqual({ field: 'warmth', value: warmth });
    }
    for (const strength of strengths) {
      const key = words.keys.strength[strength].toLowerCase();
      expect(sortInKey(press(key), words)).toEqual({ field: 'strength', value: strength });
    }
  });

  // A key can be guessed when it is the first letter of a word on its button ("V" of "very well"), not
  // a letter from inside one ("E" of "well" was, in the new-user trial, a key nobody found).
  it('are each the first letter of a word on the button they press', () => {
    const initials = (text: string) => text.toUpperCase().match(/(?<![\p{L}])\p{L}/gu) ?? [];
    for (const w of warmths) {
      expect(initials(labels.warmthOptions[w]), w).toContain(words.keys.warmth[w].toUpperCase());
    }
    for (const s of strengths) {
      expect(initials(labels.strengths[s]), s).toContain(words.keys.strength[s].toUpperCase());
    }
  });

  it('name the keys in the hint as they work', () => {
    for (const w of warmths) expect(words.keysWarmth).toContain(words.keys.warmth[w]);
    for (const s of strengths) expect(words.keysStrength).toContain(words.keys.strength[s]);
  });
});

describe('moving through the pass', () => {
  it('goes on, back and out with the arrows, Enter, Backspace and Esc', () => {
    expect(sortInKey(press('ArrowRight'), exchangeNL.sortIn)).toBe('next');
    expect(sortInKey(press('Enter'), exchangeNL.sortIn)).toBe('next');
    expect(sortInKey(press('ArrowLeft'), exchangeNL.sortIn)).toBe('back');
    expect(sortInKey(press('Backspace'), exchangeNL.sortIn)).toBe('back');
    expect(sortInKey(press('Escape'), exchangeNL.sortIn)).toBe('done');
  });

  it('leaves keys with Ctrl, Cmd or Alt, and other keys, to the rest of the app', () => {
    expect(sortInKey(press('k', { ctrlKey: true }), exchangeNL.sortIn)).toBeNull();
    expect(sortInKey(press('1', { metaKey: true }), exchangeNL.sortIn)).toBeNull();
    expect(sortInKey(press('0'), exchangeNL.sortIn)).toBeNull();
    expect(sortInKey(press('x'), exchangeNL.sortIn)).toBeNull();
  });
});
