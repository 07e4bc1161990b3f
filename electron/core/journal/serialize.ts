/**
 * Turns the journal into file text, one record per line.
 *
 * Records are immutable in memory (an edit replaces the object), so each record's JSON is cached by
 * object identity: saving after one edit stringifies one record and joins the rest. That keeps a save of
 * a large journal close to the cost of the disk write itself. One record per line also keeps the file
 * readable and diff-friendly for people who look inside.
 */
const cache = new WeakMap<object, string>();

function recordJson(record: object): string {
  let json = cache.get(record);
  if (json === undefined) {
    json = JSON.stringify(record);
    cache.set(record, json);
  }
  return json;
}

/** Serialises a document whose arrays hold records (objects) and whose other fields are plain values. */
export function serializeJournal(journal: object): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(journal)) {
    if (Array.isArray(value)) {
      const rows = value.map((item: unknown) =>
        typeof item === 'object' && item !== null ? recordJson(item) : JSON.stringify(item),
      );
      parts.push(`${JSON.stringify(key)}: [${rows.length ? `\n  ${rows.join(',\n  ')}\n` : ''}]`);
    } else {
      parts.push(`${JSON.stringify(key)}: ${JSON.stringify(value)}`);
    }
  }
  return `{\n${parts.join(',\n')}\n}\n`;
}
