import { fileURLToPath } from 'node:url';

/**
 * Import aliases of the renderer, for the build (build/electron.vite.config.ts) and the unit tests
 * (build/vitest.config.ts) alike; renderer/tsconfig.json's `paths` says the same to the type checker.
 * `$contract/…` is electron/contract: the types and schemas the renderer shares with main.
 */
export const rendererAliases = {
  $contract: fileURLToPath(new URL('../electron/contract', import.meta.url)),
};
