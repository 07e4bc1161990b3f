/**
 * "Gemeente Utrecht" and " gemeente  utrecht" are one organisation: the name trimmed, with single
 * spaces, in lower case. Empty for a contact without an organisation.
 */
export function organisationKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}
