/**
 * A few answers kept per key while what they come from stays the same (records are immutable: a new
 * array means something changed). Contacten's search keeps the answers for the words typed last this
 * way, so a letter taken back, or the same word typed again, is answered without searching again.
 */
export class KeptPerVersion<T> {
  private version: readonly unknown[] = [];
  private readonly kept = new Map<string, T>();

  /** At most `size` keys; when full, all go (the words being typed come back at once). */
  constructor(private readonly size = 16) {}

  /** The answer kept for `key`, if `version` (what it came from) is the same as when it was kept. */
  get(version: readonly unknown[], key: string): T | undefined {
    if (!this.same(version)) {
      this.kept.clear();
      this.version = version;
      return undefined;
    }
    return this.kept.get(key);
  }

  /** Keeps an answer for `key`, made from `version`. */
  set(version: readonly unknown[], key: string, value: T): void {
    if (!this.same(version)) {
      this.kept.clear();
      this.version = version;
    }
    if (this.kept.size >= this.size) this.kept.clear();
    this.kept.set(key, value);
  }

  private same(version: readonly unknown[]): boolean {
    return version.length === this.version.length && version.every((v, i) => v === this.version[i]);
  }
}
