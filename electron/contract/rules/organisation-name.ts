/**
 * How an organisation's name is written and grouped, the same in core and in the page: trimmed with
 * single spaces as it is shown, and in lower case besides to find one organisation under every spelling
 * ("Gemeente Utrecht" and " gemeente  utrecht" are one).
 */

/** The name as it is shown and stored: trimmed, single spaces. */
export function organisationSpelling(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** The name grouped: its spelling in lower case. Empty for a contact without an organisation. */
export function organisationKey(name: string): string {
  return organisationSpelling(name).toLocaleLowerCase('nl');
}
