import { readFileSync } from 'node:fs';

/** A fixture file's bytes, exactly as on disk. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
}

/** Text as bytes in UTF-8, for tests that build a file inline. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
