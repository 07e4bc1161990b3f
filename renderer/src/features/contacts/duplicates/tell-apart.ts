/**
 * Two records of one name in the merge dialog (issue 12): "Anna Bakker" above both columns says nothing
 * about which is which. Under each name, then, what tells them apart: the organisation when the two
 * differ, else when each was written down or imported (with the time when that was the same day).
 */
import type { Contact } from '$contract/domain';

export interface TellApartWords {
  created(when: string): string;
  imported(when: string): string;
}

export interface TellApartFormat {
  /** An instant (ISO timestamp) as a day: "3 maart". */
  day(iso: string): string;
  /** The same with the time of day: "3 maart, 14:30". */
  moment(iso: string): string;
}

const same = (x: string, y: string) =>
  x.trim().replace(/\s+/g, ' ').toLocaleLowerCase() === y.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** What to show under each of the two names; both '' when the names already differ. */
export function tellApart(
  a: Contact,
  b: Contact,
  words: TellApartWords,
  format: TellApartFormat,
): [string, string] {
  if (!same(a.name, b.name)) return ['', ''];
  const [orgA, orgB] = [a.organisation.trim(), b.organisation.trim()];
  const organisations = !same(orgA, orgB);
  if (organisations && orgA !== '' && orgB !== '') return [orgA, orgB];
  const lines = (when: (iso: string) => string) =>
    [a, b].map((c) => {
      const written = c.importedAt ? words.imported(when(c.importedAt)) : words.created(when(c.createdAt));
      // One of the two at an organisation, the other at none: that is worth saying too.
      return [organisations ? c.organisation.trim() : '', written].filter(Boolean).join(' · ');
    }) as [string, string];
  const byDay = lines(format.day);
  return byDay[0] === byDay[1] ? lines(format.moment) : byDay;
}
