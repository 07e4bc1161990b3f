/**
 * Which locale each UI language formats dates, numbers and plural forms in. The one place that says so:
 * core's notification texts, main's tray and the renderer's dictionary all ask here.
 */
import type { Language } from '../contract';

/** Dutch as in the Netherlands; English as in Britain (day before month, "organisation"). */
export const locales = { nl: 'nl-NL', en: 'en-GB' } as const satisfies Record<Language, string>;

/** The locale (BCP 47 tag) for Intl formatters in this UI language. */
export function localeOf(language: Language): string {
  return locales[language];
}
