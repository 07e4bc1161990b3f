/**
 * One way to write a LinkedIn profile link, so the same person is one contact (issue 12): LinkedIn's own
 * export, a vCard from a phone and a link pasted into the contact form all spell it differently
 * (`http://nl.linkedin.com/in/Anna-de-Vries/`, `www.linkedin.com/in/anna-de-vries?trk=…`). The one rule
 * for LinkedIn links: reading import files, matching them against the journal's contacts, finding likely
 * duplicates and the merge dialog's "same value" all compare by it, so none of them can disagree.
 */

// Scheme optional (people paste without it); any subdomain (www., nl., mobile.); the mobile site's
// /mwlite/ prefix; the slug ends at a slash, query or fragment. Written as a pattern rather than with
// URL: the contract loads nothing beyond the language itself.
const profile = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com(?::\d+)?\/(?:mwlite\/)?in\/([^/?#\s]+)/i;

/**
 * `https://www.linkedin.com/in/<slug>` for a link to someone's LinkedIn profile, with or without
 * scheme, `www.` or a country subdomain, trailing slash, query or fragment; the slug in lower case
 * (LinkedIn treats it so) and with percent-escapes read (`ren%C3%A9` is `rené`). '' for anything else,
 * a company page or another site included.
 */
export function linkedInProfile(link: string): string {
  const slug = profile.exec(link.trim())?.[1];
  if (slug === undefined) return '';
  let readable = slug;
  try {
    readable = decodeURIComponent(slug);
  } catch {
    // A stray % that is no escape: keep the slug as written rather than lose the link.
  }
  return `https://www.linkedin.com/in/${readable.toLowerCase()}`;
}

/**
 * Whether two links in a contact's LinkedIn field point at the same place, as a person means it: two
 * links to one profile however written (`linkedInProfile`); anything else (a company page, a personal
 * site) compared with or without `https://`, `www.`, query, fragment or trailing slash, in any case.
 */
export function sameLinkedIn(a: string, b: string): boolean {
  return linkKey(a) === linkKey(b);
}

function linkKey(link: string): string {
  const profile = linkedInProfile(link);
  if (profile !== '') return profile;
  return link
    .trim()
    .toLocaleLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}
