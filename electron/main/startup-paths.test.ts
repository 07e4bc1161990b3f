import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startupPaths } from './startup-paths';

const env = { NETWERKDAGBOEK_USER_DATA: '/tmp/ud', NETWERKDAGBOEK_JOURNAL: '/tmp/j.json' };

describe('startupPaths', () => {
  it('an installed app ignores the environment variables', () => {
    expect(startupPaths(['/opt/Netwerkdagboek/netwerkdagboek'], env, true)).toEqual({
      userData: null,
      journal: null,
    });
  });

  it('an installed app follows the command-line flags', () => {
    expect(startupPaths(['app', '--journal=/data/j.json', '--user-data=/data/ud'], env, true)).toEqual({
      userData: resolve('/data/ud'),
      journal: resolve('/data/j.json'),
    });
  });

  it('in development the environment works too, and a flag wins over it', () => {
    expect(startupPaths(['app'], env, false)).toEqual({ userData: '/tmp/ud', journal: '/tmp/j.json' });
    expect(startupPaths(['app', '--journal=other.json'], env, false).journal).toBe(resolve('other.json'));
  });

  it('an empty flag or variable means the default', () => {
    expect(startupPaths(['app', '--journal='], { NETWERKDAGBOEK_JOURNAL: '' }, false)).toEqual({
      userData: null,
      journal: null,
    });
  });
});
