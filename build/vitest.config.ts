import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { rendererAliases } from './aliases.ts';

/**
 * Two projects: electron/ on plain Node, and the renderer's unit tests with Svelte compiling `.svelte.ts`
 * (runes) the way the build does, resolved for the browser so the client runtime (not the server one) runs.
 * Pick one with `--project electron` or `--project renderer`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    // Storage tests fsync real files; give slow disks room.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'electron',
          // build/checks/: checks of the repository itself that need no build (the docs' links).
          include: ['electron/**/*.test.ts', 'build/checks/**/*.test.ts'],
          // Inlined so `vi.mock('electron')` reaches electron-store's own import of electron: the settings
          // test then runs the real electron-store, not a stand-in.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        extends: true,
        plugins: [svelte({ configFile: false })],
        // The renderer's `$contract/…` imports, resolved as in the build.
        resolve: { alias: rendererAliases, conditions: ['browser'] },
        test: { name: 'renderer', include: ['renderer/**/*.test.ts'] },
      },
    ],
  },
});
