/** The time as core sees it. Injected so tests move time instead of waiting. */
export interface Clock {
  now(): Date;
  /** The IANA time zone the person lives in ("Europe/Amsterdam"); the system's when absent. */
  zone?(): string;
}

// Asked for every reminder: each zone is tried once, then remembered.
const usable = new Map<string, boolean>();

/** Whether the runtime can compute times in `zone`. */
export function knownZone(zone: string | undefined): zone is string {
  if (!zone) return false;
  let known = usable.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    usable.set(zone, known);
  }
  return known;
}

/**
 * The system's time zone, as the runtime reports it; UTC when it reports none it can use (TZ set to a
 * path or to nothing, a broken /etc/localtime): the app must still start, and minutes matter less then.
 */
export function systemZone(): string {
  // Asking Intl costs up to a tenth of a millisecond, and reminder rules ask per contact; a laptop that
  // changes zone (travel) is seen within a minute.
  const now = Date.now();
  if (cachedZone === null || now - cachedAt > ZONE_CACHE_MS || now < cachedAt) {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone as string | undefined;
    cachedZone = knownZone(zone) ? zone : 'UTC';
    cachedAt = now;
  }
  return cachedZone;
}
const ZONE_CACHE_MS = 60_000;
let cachedZone: string | null = null;
let cachedAt = 0;

export const systemClock: Clock = { now: () => new Date(), zone: systemZone };

/** The clock's zone, or the system's (see `systemZone`). */
export function zoneOf(clock: Clock): string {
  const zone = clock.zone?.();
  return knownZone(zone) ? zone : systemZone();
}

/** Timers as core uses them; injected so tests can count and fire them. */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const systemTimers: Timers = {
  set: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A pending reminder timer must not keep a test runner or a quitting app alive.
    handle.unref?.();
    return handle;
  },
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
