/**
 * The journal file's layout written the plain way, for tests of the encoder (serialize.ts) that must not
 * lean on the encoder itself: `{`, each field on its own line, a non-empty array as one
 * JSON.stringify'd record per line, `}` and a line end.
 */
export function plainLayout(journal: object): string {
  const fields = Object.entries(journal).map(([key, value]) => {
    const body =
      Array.isArray(value) && value.length > 0
        ? `[\n  ${value.map((r) => JSON.stringify(r)).join(',\n  ')}\n]`
        : JSON.stringify(value);
    return `${JSON.stringify(key)}: ${body}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}

/** `value` and everything in it frozen: a test's proof that nothing changes a record in place. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
