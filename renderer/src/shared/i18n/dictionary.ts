/**
 * Every word the UI shows, assembled from the features' word files: Dutch first, English with the same shape
 * (the type checker enforces it). Each feature owns its `nl.ts` / `en.ts`; this is the only place that
 * knows them all, and none of them imports it back.
 */
import { appEN } from '../../app/en';
import { appNL } from '../../app/nl';
import { contactsEN, historyEN } from '../../features/contacts/en';
import { contactsNL, historyNL } from '../../features/contacts/nl';
import { conversationsEN } from '../../features/conversations/en';
import { conversationsNL } from '../../features/conversations/nl';
import { journalEN, noticeEN, savingEN, syncEN } from '../../features/journal/en';
import { journalNL, noticeNL, savingNL, syncNL } from '../../features/journal/nl';
import { learningEN } from '../../features/learning/en';
import { learningNL } from '../../features/learning/nl';
import { remindersEN } from '../../features/reminders/en';
import { remindersNL } from '../../features/reminders/nl';
import { settingsEN } from '../../features/settings/en';
import { settingsNL } from '../../features/settings/nl';

export const nl = {
  ...appNL,
  contacts: contactsNL,
  history: historyNL,
  conversations: conversationsNL,
  journal: journalNL,
  saving: savingNL,
  sync: syncNL,
  notice: noticeNL,
  learning: learningNL,
  reminders: remindersNL,
  settings: settingsNL,
};

export type Dictionary = typeof nl;

export const en: Dictionary = {
  ...appEN,
  contacts: contactsEN,
  history: historyEN,
  conversations: conversationsEN,
  journal: journalEN,
  saving: savingEN,
  sync: syncEN,
  notice: noticeEN,
  learning: learningEN,
  reminders: remindersEN,
  settings: settingsEN,
};
