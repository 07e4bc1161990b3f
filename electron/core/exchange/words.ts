/** What an import writes into the journal in the person's language. */
import type { Language } from '../../contract/contract';
import { localeOf } from '../../contract/words/locale';

// One formatter per language: making an Intl.DateTimeFormat per row was most of a 5,000-row preview.
const formatters = new Map<Language, Intl.DateTimeFormat>();
function formatterOf(language: Language): Intl.DateTimeFormat {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeOf(language), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(language, formatter);
  }
  return formatter;
}

/** "How we met" for a LinkedIn connection, from the day LinkedIn says you connected (YYYY-MM-DD). */
export function connectedOnLinkedIn(day: string, language: Language): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  const when = formatterOf(language).format(date);
  return language === 'nl' ? `Verbonden op LinkedIn sinds ${when}.` : `Connected on LinkedIn since ${when}.`;
}
