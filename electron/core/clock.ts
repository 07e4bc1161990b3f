/** The time as core sees it. Injected so tests move time instead of waiting. */
export interface Clock {
  now(): Date;
  /** The IANA time zone the person lives in ("Europe/Amsterdam"); the system's when absent. */
  zone?(): string;
}

/** The system's time zone, as the runtime reports it. */
export function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export const systemClock: Clock = { now: () => new Date(), zone: systemZone };

/** The clock's zone, or the system's. */
export function zoneOf(clock: Clock): string {
  return clock.zone?.() ?? systemZone();
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
