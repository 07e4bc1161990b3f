import {
  access,
  chmod,
  lstat,
  open,
  readdir,
  readlink,
  realpath,
  rename,
  rm,
  stat,
  utimes,
} from 'node:fs/promises';

/**
 * The file operations the journal's writes go through. The real ones by default; tests pass their own
 * to make a disk fill up, a folder turn read-only or a rename fail at an exact step (the tests run as
 * root, which ignores file permissions, so chmod cannot make those failures here).
 */
export interface FsOps {
  access: typeof access;
  open: typeof open;
  rename: typeof rename;
  rm: typeof rm;
  stat: typeof stat;
  lstat: typeof lstat;
  realpath: typeof realpath;
  chmod: typeof chmod;
  readdir: typeof readdir;
  readlink: typeof readlink;
  utimes: typeof utimes;
}

export const realFs: FsOps = {
  access,
  open,
  rename,
  rm,
  stat,
  lstat,
  realpath,
  chmod,
  readdir,
  readlink,
  utimes,
};
