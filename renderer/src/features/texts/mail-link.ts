import { EXTERNAL_LINK_MAX } from '$contract/texts';

/**
 * A mailto link with subject and text (RFC 6068: line breaks as CRLF, everything percent-encoded, a
 * plus stays a plus). A text too long for a link (`EXTERNAL_LINK_MAX`) is left out: the link then has
 * only the subject, and `withBody` says so, so the page can put the text on the clipboard instead.
 */
export function mailLink(to: string, subject: string, body: string): { url: string; withBody: boolean } {
  const base = `mailto:${to}?subject=${encodeURIComponent(subject.replace(/[\r\n]+/g, ' '))}`;
  const full = `${base}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
  return full.length <= EXTERNAL_LINK_MAX ? { url: full, withBody: true } : { url: base, withBody: false };
}
