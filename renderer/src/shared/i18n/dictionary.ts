/**
 * Every word the UI shows: the `Dictionary` type, assembled from each feature's word interface (its
 * `words.ts`), and the Dutch and English dictionaries made of the features' `nl.ts` / `en.ts`. The type is
 * written out, not taken from the Dutch text, so neither language is the template of the other; a test
 * (dictionary.test.ts) proves both have every word, none empty, and every count in its plural forms.
 *
 * This is the only module that knows all the word files; none of them imports it back.
 */
import type { Language } from '$contract/contract';
import { labels, type DomainLabels } from '$contract/words/labels';
import { localeOf } from '$contract/words/locale';
import { actionsEN } from '../../features/actions/en';
import { actionsNL } from '../../features/actions/nl';
import type { ActionsWords } from '../../features/actions/words';
import { appEN } from '../../app/en';
import { appNL } from '../../app/nl';
import type { AppWords } from '../../app/words';
import { contactsEN, historyEN } from '../../features/contacts/en';
import { contactsNL, historyNL } from '../../features/contacts/nl';
import type { ContactsWords, HistoryWords } from '../../features/contacts/words';
import { duplicatesEN } from '../../features/contacts/duplicates/en';
import { duplicatesNL } from '../../features/contacts/duplicates/nl';
import type { DuplicatesWords } from '../../features/contacts/duplicates/words';
import { conversationsEN } from '../../features/conversations/en';
import { conversationsNL } from '../../features/conversations/nl';
import type { ConversationsWords } from '../../features/conversations/words';
import { journalEN, noticeEN, savingEN, syncEN } from '../../features/journal/en';
import { journalNL, noticeNL, savingNL, syncNL } from '../../features/journal/nl';
import type { JournalWords, NoticeWords, SavingWords, SyncWords } from '../../features/journal/words';
import { learningEN } from '../../features/learning/en';
import { organisationsEN } from '../../features/organisations/en';
import { organisationsNL } from '../../features/organisations/nl';
import type { OrganisationsWords } from '../../features/organisations/words';
import { textsEN } from '../../features/texts/en';
import { textsNL } from '../../features/texts/nl';
import type { TextsWords } from '../../features/texts/words';
import { trailEN } from '../../features/trail/en';
import { trailNL } from '../../features/trail/nl';
import type { TrailWords } from '../../features/trail/words';
import { learningNL } from '../../features/learning/nl';
import type { LearningWords } from '../../features/learning/words';
import { remindersEN } from '../../features/reminders/en';
import { remindersNL } from '../../features/reminders/nl';
import type { RemindersWords } from '../../features/reminders/words';
import { exchangeEN } from '../../features/exchange/en';
import { exchangeNL } from '../../features/exchange/nl';
import type { ExchangeWords } from '../../features/exchange/words';
import { datesEN } from '../dates/en';
import { datesNL } from '../dates/nl';
import type { DatesWords } from '../dates/words';
import { exportingEN } from '../../features/exchange/export/en';
import { exportingNL } from '../../features/exchange/export/nl';
import type { ExportingWords } from '../../features/exchange/export/words';
import { overviewEN } from '../../features/overview/en';
import { overviewNL } from '../../features/overview/nl';
import type { OverviewWords } from '../../features/overview/words';
import { planEN } from '../../features/plan/en';
import { planNL } from '../../features/plan/nl';
import type { PlanWords } from '../../features/plan/words';
import { settingsEN } from '../../features/settings/en';
import { settingsNL } from '../../features/settings/nl';
import type { SettingsWords } from '../../features/settings/words';

export interface Dictionary extends AppWords {
  /** The locale for Intl formatters, from the contract's one mapping (`localeOf`). */
  locale: string;
  /** The names of the domain's values (kinds, channels, circles…), the same as core and main use. */
  labels: DomainLabels;
  contacts: ContactsWords;
  history: HistoryWords;
  /** Likely duplicates and merging them, and the same-name warning in the contact form. */
  duplicates: DuplicatesWords;
  conversations: ConversationsWords;
  journal: JournalWords;
  saving: SavingWords;
  sync: SyncWords;
  notice: NoticeWords;
  learning: LearningWords;
  reminders: RemindersWords;
  /** Overzicht, the home screen once there is data (issue 13). */
  overview: OverviewWords;
  /** Organisaties: who the person knows where (issue 13). */
  organisations: OrganisationsWords;
  /** Writing a thank-you or another message from the journal (issue 14). */
  texts: TextsWords;
  /** Het spoor terug: the people who helped on the way to the goal (issue 14). */
  trail: TrailWords;
  /** The network plan: Mijn doel and Hulpvragen (issue 14). */
  plan: PlanWords;
  /** The Actieplan: planned actions per week, and a look back once done (issue 14). */
  actions: ActionsWords;
  settings: SettingsWords;
  /** Importing and sorting people in (issue 12). */
  exchange: ExchangeWords;
  /** Export, backups and restore (Instellingen, and Contacten's export menu). */
  exporting: ExportingWords;
  /** The shared date and time fields and their calendar. */
  dates: DatesWords;
}

export const dictionaries: Record<Language, Dictionary> = {
  nl: {
    ...appNL,
    locale: localeOf('nl'),
    labels: labels.nl,
    contacts: contactsNL,
    history: historyNL,
    duplicates: duplicatesNL,
    conversations: conversationsNL,
    journal: journalNL,
    saving: savingNL,
    sync: syncNL,
    notice: noticeNL,
    learning: learningNL,
    reminders: remindersNL,
    overview: overviewNL,
    organisations: organisationsNL,
    texts: textsNL,
    trail: trailNL,
    plan: planNL,
    actions: actionsNL,
    settings: settingsNL,
    exchange: exchangeNL,
    exporting: exportingNL,
    dates: datesNL,
  },
  en: {
    ...appEN,
    locale: localeOf('en'),
    labels: labels.en,
    contacts: contactsEN,
    history: historyEN,
    duplicates: duplicatesEN,
    conversations: conversationsEN,
    journal: journalEN,
    saving: savingEN,
    sync: syncEN,
    notice: noticeEN,
    learning: learningEN,
    reminders: remindersEN,
    overview: overviewEN,
    organisations: organisationsEN,
    texts: textsEN,
    trail: trailEN,
    plan: planEN,
    actions: actionsEN,
    settings: settingsEN,
    exchange: exchangeEN,
    exporting: exportingEN,
    dates: datesEN,
  },
};
