/**
 * The calendar day of a timestamp in a time zone, for thousands of timestamps at once (when each
 * contact was made, when a keep-in-touch reminder was marked done). Intl costs tens of microseconds per
 * call; a zone's offset changes at most a few times a year, so it is asked once per UTC day (at its start
 * and its end) and only the rare day on which the offset changes is asked per timestamp.
 */
const DAY_MS = 86_400_000;

export class LocalDays {
  private zone = '';
  private format: Intl.DateTimeFormat | null = null;
  /** Per UTC day number: the zone's offset in ms all that day, or null when it changes during it. */
  private readonly offsets = new Map<number, number | null>();

  /** The YYYY-MM-DD date of `timestamp` (ISO 8601 with an offset) in `zone`. */
  of(timestamp: string, zone: string): string {
    if (zone !== this.zone || !this.format) {
      this.format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      this.zone = zone;
      this.offsets.clear();
    }
    const ms = Date.parse(timestamp);
    const day = Math.floor(ms / DAY_MS);
    let offset = this.offsets.get(day);
    if (offset === undefined) {
      const start = this.offsetAt(day * DAY_MS);
      offset = start === this.offsetAt(day * DAY_MS + DAY_MS - 1000) ? start : null;
      this.offsets.set(day, offset);
    }
    return new Date(ms + (offset ?? this.offsetAt(ms))).toISOString().slice(0, 10);
  }

  /** The zone's offset from UTC at `ms`, in ms. */
  private offsetAt(ms: number): number {
    // format() and the numbers read back: five times quicker than formatToParts, the same fields.
    const m = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/.exec(this.format!.format(ms));
    const parts: Record<string, number> = {};
    if (m) {
      const [month, day, year, hour, minute, second] = m.slice(1).map(Number);
      Object.assign(parts, { month, day, year, hour, minute, second });
    } else {
      for (const p of this.format!.formatToParts(ms))
        if (p.type !== 'literal') parts[p.type] = Number(p.value);
    }
    const d = new Date(0);
    d.setUTCFullYear(parts['year']!, parts['month']! - 1, parts['day']!);
    d.setUTCHours(parts['hour']!, parts['minute']!, parts['second']!);
    return d.getTime() - Math.floor(ms / 1000) * 1000;
  }
}
