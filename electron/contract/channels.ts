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
  'settings:get',
  'settings:update',
  'journal:move',
  'shell:openExternal',
  'shell:showJournalFile',
] as const;

export type Channel = (typeof channels)[number];
