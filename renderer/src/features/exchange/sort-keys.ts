/**
 * Which single key does what in the sort-in pass: 1–9 the circles in the contract's order, one letter
 * per warmth and strength from the language's words (W/L/K in Dutch, W/L/C in English…), and the keys
 * that move through the people. Kept apart from the dialog so the whole map is tested in both languages.
 */
import { circles, strengths, warmths, type Circle, type Strength, type Warmth } from '$contract/domain';
import type { SortInWords } from './words';

export type SortInChoice =
  | { field: 'circle'; value: Circle }
  | { field: 'warmth'; value: Warmth }
  | { field: 'strength'; value: Strength };

export type SortInMove = 'next' | 'back' | 'done';

/** The key shown beside a circle: its place in the list, 1 to 9. */
export function circleKey(circle: Circle): string {
  return String(circles.indexOf(circle) + 1);
}

/**
 * What a key press asks for, or null when it is not one of the pass's keys. Keys with Ctrl, Cmd or Alt
 * are left to the app's shortcuts; letters count in either case (Caps Lock on).
 */
export function sortInKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  words: Pick<SortInWords, 'keys'>,
): SortInChoice | SortInMove | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key;
  if (key === 'ArrowRight' || key === 'Enter') return 'next';
  if (key === 'ArrowLeft' || key === 'Backspace') return 'back';
  if (key === 'Escape') return 'done';
  if (/^[1-9]$/.test(key)) {
    const circle = circles[Number(key) - 1];
    return circle ? { field: 'circle', value: circle } : null;
  }
  const letter = key.toUpperCase();
  const warmth = warmths.find((w) => words.keys.warmth[w].toUpperCase() === letter);
  if (warmth) return { field: 'warmth', value: warmth };
  const strength = strengths.find((s) => words.keys.strength[s].toUpperCase() === letter);
  if (strength) return { field: 'strength', value: strength };
  return null;
}
