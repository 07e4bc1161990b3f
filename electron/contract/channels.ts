/**
 * Every IPC channel the renderer may call, as `domain:action`.
 *
 * Kept free of imports so the sandboxed preload can bundle it without pulling in the schema library;
 * `contract.ts` pairs each name with its input schema and result type.
 */
export const channels = [
  'app:status',
  'contacts:list',
  'contacts:get',
  'contacts:create',
  'contacts:update',
  'contacts:archive',
  'contacts:restore',
  'contacts:delete',
  'contacts:similar',
  'contacts:timeline',
  'contacts:chain',
  // Likely duplicates and merging them (issue 12): electron/core/contacts/duplicates/.
  'contacts:duplicates',
  'contacts:merge',
  'contacts:undoMerge',
  'contacts:notDuplicate',
  'touches:add',
  'touches:delete',
  'conversations:list',
  'conversations:get',
  'conversations:create',
  'conversations:update',
  'conversations:delete',
  'conversations:referralToContact',
  'questions:list',
  'questions:add',
  'questions:delete',
  'insights:learnings',
  'reminders:list',
  'reminders:count',
  'reminders:get',
  'reminders:create',
  'reminders:update',
  'reminders:complete',
  'reminders:skip',
  'reminders:snooze',
  'reminders:reopen',
  'reminders:delete',
  'reminders:keepInTouch',
  'settings:get',
  'settings:update',
  'journal:move',
  'journal:sync',
  'journal:resolveConflict',
  'journal:mergeCopy',
  'journal:ignoreCopy',
  'journal:restoreRecord',
  'journal:dropRecord',
  'journal:retry',
  'journal:open',
  'journal:openBackup',
  'journal:startNew',
  'journal:saveAs',
  'journal:retrySave',
  // Export, backups and restore (issue 12).
  'exchange:export',
  'journal:backups',
  'journal:restoreBackup',
  'journal:restoreFile',
  'shell:openExternal',
  'shell:showJournalFile',
  'import:read',
  'import:map',
  'import:rows',
  'import:apply',
  'import:undo',
  'import:cancel',
  // Overzicht (issue 13): the model, and "niet nu" for a suggestion (core/overview/).
  'overview:get',
  'overview:dismiss',
  // Organisaties (issue 13): who I know where, and one spelling for an organisation (core/organisations/).
  'organisations:list',
  'organisations:rename',
  'organisations:mark',
  // Texts to send (issue 14): the facts for a thank-you or another message, and the clipboard (core/texts/).
  'texts:facts',
  'shell:copyText',
  // Doel bereikt (issue 14): the trail back to everyone who helped, and thanking them (core/trail/).
  'goal:trail',
  'goal:thank',
  // The network plan (issue 14): Mijn doel, hulpvragen and whom they were put to (core/plan/).
  'profile:get',
  'profile:save',
  'helpRequests:list',
  'helpRequests:create',
  'helpRequests:update',
  'helpRequests:close',
  'helpRequests:delete',
  'helpRequests:logAsk',
  'helpRequests:updateAsk',
  'helpRequests:suggest',
] as const;

export type Channel = (typeof channels)[number];

/** The one channel main uses to tell the renderer something (see `AppEvent` in contract.ts). */
export const EVENT_CHANNEL = 'app:event';
