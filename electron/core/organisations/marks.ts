import { organisationKey } from '../../contract/rules/organisation-name';

/**
 * The mark that counts for each organisation: the one changed last. Marks merge between computers by
 * id, so two computers marking the same organisation apart leave two records of one name; the person's
 * latest word on it is what holds.
 */
export function marksByKey<M extends { name: string; updatedAt: string }>(
  marks: readonly M[],
): Map<string, M> {
  const latest = new Map<string, M>();
  for (const m of marks) {
    const key = organisationKey(m.name);
    const seen = latest.get(key);
    if (!seen || m.updatedAt > seen.updatedAt) latest.set(key, m);
  }
  return latest;
}
