/**
 * `tsx build/run-electron.ts <electron-vite|electron-builder> [args…]`: runs the tool once the Electron
 * binary is certainly there (electron-binary.ts), so `npm start` and `npm run dist` either start or stop
 * with a short message that says what to do, never with electron-vite's "Electron uninstall".
 */
import { spawn } from 'node:child_process';
import { distFolderOf, ensureElectron } from './electron-binary';

const [tool, ...args] = process.argv.slice(2);
if (tool !== 'electron-vite' && tool !== 'electron-builder') {
  console.error('usage: tsx build/run-electron.ts <electron-vite|electron-builder> [args…]');
  process.exit(2);
}

let executable: string;
try {
  executable = ensureElectron();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

// electron-vite starts ELECTRON_EXEC_PATH when it is set; electron-builder packs the folder it is given
// instead of downloading a second copy of the same binary.
const extra = tool === 'electron-builder' ? [`-c.electronDist=${distFolderOf(executable)}`] : [];
const child = spawn(tool, [...args, ...extra], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, ELECTRON_EXEC_PATH: executable },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
