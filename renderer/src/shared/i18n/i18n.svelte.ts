import type { Language } from '$contract/contract';
import { numberFormat, plural, type Plural } from '$contract/words/plural';
import { dictionaries } from './dictionary';

/** The UI language and everything that depends on it: words, plural rules, date formats. */
class I18n {
  language = $state<Language>('nl');
  t = $derived(dictionaries[this.language]);
  private dateFormat = $derived(new Intl.DateTimeFormat(this.t.locale, { dateStyle: 'medium' }));
  private dateTimeFormat = $derived(
    new Intl.DateTimeFormat(this.t.locale, { dateStyle: 'medium', timeStyle: 'short' }),
  );

  /** "{n} contacten" with the plural form the language's rules pick for n (the same rule core and main use). */
  plural(forms: Plural, n: number): string {
    return plural(forms, n, this.language);
  }

  /** A count as the language writes it (1.234 / 1,234). */
  number(n: number): string {
    return numberFormat(this.language).format(n);
  }

  /**
   * A calendar date (YYYY-MM-DD) in the locale's format, without any time zone shifting the day; '' for
   * anything else (a field being typed in or cleared), which must never throw in the page.
   */
  date(calendarDate: string): string {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(calendarDate)) return '';
    const [y, m, d] = calendarDate.split('-').map(Number) as [number, number, number];
    const at = new Date(y, m - 1, d);
    return Number.isNaN(at.getTime()) ? '' : this.dateFormat.format(at);
  }

  /** A moment (ISO timestamp) as local date and time. */
  moment(iso: string): string {
    return this.dateTimeFormat.format(new Date(iso));
  }
}

export const i18n = new I18n();
