import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The tests of the project's own commands (`npm start`, `electron .`, packaging): they run the real
 * tools on the built app, one file at a time (both use out/), after `npm run build` in `npm test`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['build/**/*.test.ts'],
    // build/checks/ needs no build: it runs with the unit tests.
    exclude: [...configDefaults.exclude, 'build/checks/**'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
