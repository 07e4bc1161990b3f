/**
 * A count's words in both plural forms, e.g. `{ one: '{n} contact', other: '{n} contacten' }`. Each language
 * picks the form with its own plural rules (`i18n.plural`). Its own file so the feature word files can use it
 * without importing the dictionary that imports them.
 */
export type Plural = { one: string; other: string };
