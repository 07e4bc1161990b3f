import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import { rendererAliases } from './aliases.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path: string) => resolve(root, path);

export default defineConfig({
  main: {
    build: {
      outDir: at('out/main'),
      // Main's dependencies (lowdb, electron-store and conf, zod, temporal-polyfill…) are bundled into
      // out/main, so the packaged app needs no node_modules: electron-builder's dependency collection
      // left their own dependencies out of app.asar and the installed app died at launch (issue 8).
      // `electron` and Node's built-ins stay external.
      externalizeDeps: false,
      rollupOptions: { input: { index: at('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: at('out/preload'),
      // A sandboxed preload cannot load ES modules or other files: one CommonJS file.
      // https://www.electronjs.org/docs/latest/tutorial/sandbox#preload-scripts
      externalizeDeps: false,
      rollupOptions: {
        input: { index: at('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('renderer'),
    base: './',
    plugins: [svelte({ configFile: false })],
    resolve: { alias: rendererAliases },
    build: {
      outDir: at('out/renderer'),
      rollupOptions: { input: { index: at('renderer/index.html') } },
    },
  },
});
