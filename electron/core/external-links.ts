import { z } from 'zod';
import { EXTERNAL_LINK_MAX } from '../contract/texts';

/**
 * Which links may leave the app for the system's browser, mail or phone app, and in what form.
 *
 * Only https (without credentials), mailto and tel, parsed rather than pattern-matched, so `javascript:`,
 * `file:`, `smb:` and look-alikes never reach `shell.openExternal`
 * (https://www.electronjs.org/docs/latest/tutorial/security#15-do-not-use-shellopenexternal-with-untrusted-content).
 * A link that passes is rebuilt from the parts we checked, never handed on as it came: the mail or phone
 * app then sees exactly what was vetted.
 */
export function allowedExternalUrl(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > EXTERNAL_LINK_MAX) return null;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') return url.hostname && !url.username && !url.password ? url.href : null;
  if (url.protocol === 'mailto:') return mailtoLink(url);
  if (url.protocol === 'tel:') return telLink(url);
  return null;
}

/**
 * The mailto parameters a mail app may be handed (RFC 6068). Everything else is dropped, not refused:
 * the person still gets their new message to the address they clicked. The ones that matter are dropped
 * on purpose: `attach` / `attachment` make some mail apps (Thunderbird, Evolution, older Outlook) attach
 * a local file such as `~/.ssh/id_rsa` to a message the person may send without noticing; `bcc` and `to`
 * add hidden or extra recipients the person did not see in the link; `from`, `in-reply-to` and other
 * header fields have no business coming from a page.
 */
export const mailtoParameters = ['subject', 'body', 'cc'] as const;

/** The same rule as a contact's email address (contract/domain.ts), so every contact's link passes. */
const emailAddress = z.email();

/** A comma-separated list of plain addresses, as RFC 6068 allows in the address part and in `cc`. */
function addressList(decoded: string): string[] | null {
  const addresses = decoded.split(',').map((address) => address.trim());
  if (addresses.some((address) => !emailAddress.safeParse(address).success)) return null;
  return addresses;
}

/**
 * A mailto link rebuilt as `mailto:<addresses>?subject=…&body=…&cc=…`, or null when its address part is
 * not a list of plain addresses (an encoded `?` or `&` in it could smuggle parameters past this filter
 * to a mail app that decodes before it splits).
 */
function mailtoLink(url: URL): string | null {
  const to = decodeOrNull(url.pathname);
  if (!to) return null;
  const recipients = addressList(to);
  if (!recipients) return null;

  // The first occurrence of each allowed key wins; keys are compared without case, after decoding, so
  // `ATTACH` and `%61ttach` are the same unwanted key as `attach`. A second `?` stays inside a value,
  // where it is encoded again below and means nothing to a mail app.
  const kept = new Map<string, string>();
  for (const [key, value] of mailtoQuery(url.search)) {
    const name = key.trim().toLowerCase();
    if (!(mailtoParameters as readonly string[]).includes(name) || kept.has(name)) continue;
    if (name === 'cc') {
      const cc = addressList(value);
      if (cc) kept.set(name, cc.join(','));
    } else if (name === 'subject') {
      // A subject is one header line: a line break in it could start a header of its own.
      kept.set(name, value.replace(/[\r\n]+/g, ' '));
    } else {
      kept.set(name, value);
    }
  }
  const query = [...kept].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
  // The addresses passed the email rule, which allows only characters a URL carries as they are.
  return `mailto:${recipients.join(',')}${query ? `?${query}` : ''}`;
}

/**
 * The `key=value` pairs of a mailto query, decoded. Not `URLSearchParams`: in a mailto URL a `+` is a
 * plus, not a space (RFC 6068 §5). A pair that does not decode is left out.
 */
function mailtoQuery(search: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of search.replace(/^\?/, '').split('&')) {
    const at = part.indexOf('=');
    const key = decodeOrNull(at === -1 ? part : part.slice(0, at));
    const value = decodeOrNull(at === -1 ? '' : part.slice(at + 1));
    if (key !== null && value !== null) pairs.push([key, value]);
  }
  return pairs;
}

/** A phone number as the contact form allows it (digits, spaces, + ( ) . / -), sent as digits and +. */
function telLink(url: URL): string | null {
  if (url.search || url.hash) return null;
  const number = decodeOrNull(url.pathname);
  if (!number || !/^\+?[0-9 ()./-]+$/.test(number)) return null;
  const digits = number.replace(/[^+0-9]/g, '');
  return /[0-9]/.test(digits) ? `tel:${digits}` : null;
}

function decodeOrNull(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}
