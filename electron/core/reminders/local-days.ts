/**
 * The calendar day of a timestamp in a time zone, for thousands of timestamps at once (when each
 * contact was made, when a keep-in-touch reminder was marked done). Intl costs microseconds per call; a
 * zone's offset changes at most a few times a year, so it is asked once per UTC day (at the day's start,
 * which is the end of the day before) and only the rare day on which the offset changes is asked per
 * timestamp. The day's name is then plain arithmetic on day numbers, kept per day.
 */
const DAY_MS = 86_400_000;

/** A journal's timestamps fall on a few thousand days; a runaway input should not grow the caches without end. */
const KEPT_DAYS = 50_000;

export class LocalDays {
  private zone = '';
  private format: Intl.DateTimeFormat | null = null;
  /** Per UTC day number: the zone's offset in ms at the day's first instant. */
  private readonly starts = new Map<number, number>();
  /** Per day number: its YYYY-MM-DD. */
  private readonly names = new Map<number, string>();

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
      this.starts.clear();
    }
    const ms = Date.parse(timestamp);
    const day = Math.floor(ms / DAY_MS);
    const start = this.startOf(day);
    // The same offset at the start of this day and of the next: none changes in between (no zone
    // changes twice within a day), so every instant of the day has it.
    const offset = start === this.startOf(day + 1) ? start : this.offsetAt(ms);
    return this.nameOf(Math.floor((ms + offset) / DAY_MS));
  }

  private startOf(day: number): number {
    let offset = this.starts.get(day);
    if (offset === undefined) {
      if (this.starts.size > KEPT_DAYS) this.starts.clear();
      offset = this.offsetAt(day * DAY_MS);
      this.starts.set(day, offset);
    }
    return offset;
  }

  private nameOf(day: number): string {
    let name = this.names.get(day);
    if (name === undefined) {
      if (this.names.size > KEPT_DAYS) this.names.clear();
      // As Date writes it (throws, as before, for a timestamp that is not one).
      name = new Date(day * DAY_MS).toISOString().slice(0, 10);
      this.names.set(day, name);
    }
    return name;
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

/**
 * The one the journal core shares: keeping in touch works out the day of every keep-in-touch reminder
 * done when the journal opens, and Overzicht's first look needs the same days right after. A cache only
 * (each answer depends on the timestamp and zone alone), so sharing it changes no answer.
 */
export const sharedLocalDays = new LocalDays();
