import { readFileSync } from 'node:fs';

/** A fixture file's bytes, exactly as on disk. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
}

/** Text as bytes in UTF-8, for tests that build a file inline. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * The fewest milliseconds of this process's CPU time one of `runs` calls of `read` took, after two calls
 * not counted (the first ones pay for compiling the code). CPU time, not wall time: two cores are shared
 * with the other test files and whatever else runs, which stalls any one run.
 */
export function quickestCpuMs(read: () => void, runs = 5): number {
  read();
  read();
  let quickest = Infinity;
  for (let run = 0; run < runs; run++) {
    const before = process.cpuUsage();
    read();
    const used = process.cpuUsage(before);
    quickest = Math.min(quickest, (used.user + used.system) / 1000);
  }
  return quickest;
}
