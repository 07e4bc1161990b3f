import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['electron/**/*.test.ts', 'renderer/**/*.test.ts'],
    environment: 'node',
    // Inlined so `vi.mock('electron')` reaches electron-store's own import of electron: the settings test
    // then runs the real electron-store, not a stand-in.
    server: { deps: { inline: ['electron-store'] } },
    // Storage tests fsync real files; give slow disks room.
    testTimeout: 20_000,
  },
});
