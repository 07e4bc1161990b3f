/**
 * A fresh id for a question or referral made in the renderer (the schema checks its shape): 128 random
 * bits as hex. Not `crypto.randomUUID`, which exists only in secure contexts, and the browser test
 * harness serves the renderer over plain http.
 */
export function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}
