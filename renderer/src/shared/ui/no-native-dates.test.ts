import { describe, expect, it } from 'vitest';

/**
 * No native date or time input in the page: they follow the operating system's language, not the app's
 * (mm/dd/yyyy and "02:00 PM" inside Dutch labels), and read 15-10-2026 month first. Every date and time
 * goes through DateField and TimeField (issue 11).
 */
// Every component's source text, as Vite reads it.
const components = import.meta.glob<string>('../../**/*.svelte', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const NATIVE = /<input\b[^>]*\btype\s*=\s*(?:"|'|\{\s*['"`])?(date|time|datetime-local|month|week)\b/gs;

/** Where a source has a native date or time input. */
function nativeInputs(source: string): string[] {
  return [...source.matchAll(NATIVE)].map((m) => m[1]!);
}

describe('native date and time inputs', () => {
  it('the detector finds them, in the ways a component would write one', () => {
    expect(nativeInputs('<input {...c} type="date" bind:value={d} />')).toEqual(['date']);
    expect(nativeInputs('<input\n  class="time"\n  type=\'time\'\n/>')).toEqual(['time']);
    expect(nativeInputs('<input type={"datetime-local"} />')).toEqual(['datetime-local']);
    expect(nativeInputs('<input type="text" /> <DateField {c} bind:value={on} />')).toEqual([]);
  });

  it('are nowhere in the page: every date and time field is our own', () => {
    const found = Object.entries(components).flatMap(([file, source]) =>
      nativeInputs(source).map((type) => `${file}: ${type}`),
    );
    expect(Object.keys(components).length).toBeGreaterThan(30);
    expect(Object.keys(components)).toContain('../../features/conversations/PrepareStep.svelte');
    expect(found).toEqual([]);
  });
});
