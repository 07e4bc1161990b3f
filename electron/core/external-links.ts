/**
 * Which links may leave the app for the system's browser, mail or phone app.
 * Only https, mailto and tel, parsed rather than pattern-matched, so `javascript:`, `file:` and
 * look-alikes never reach `shell.openExternal`
 * (https://www.electronjs.org/docs/latest/tutorial/security#15-do-not-use-shellopenexternal-with-untrusted-content).
 */
export function allowedExternalUrl(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 2_000) return null;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') return url.hostname && !url.username && !url.password ? url.href : null;
  if (url.protocol === 'mailto:' || url.protocol === 'tel:') return url.pathname ? url.href : null;
  return null;
}
