/**
 * A clock and timers that only move when told to: for the unit tests and the browser end-to-end harness
 * (so nothing here may import a test runner or Node).
 *
 * Like the real thing it keeps two times. The wall clock is what `now()` says; timers run on elapsed
 * time, as `setTimeout` does on a monotonic clock. `advance` moves both and fires the timers that fall
 * due on the way; `jump` moves only the wall clock, the way a laptop that slept, or a clock set by hand
 * or by NTP, looks to the app: time has changed, yet no timer fired for it.
 */
import type { Clock, Timers } from '../clock';

interface Armed {
  /** Elapsed time at which it fires. */
  due: number;
  /** Order of arming, so timers due at the same time fire in the order they were set. */
  seq: number;
  callback: () => void;
}

/** More timers than any real run fires in one advance: a callback that keeps arming 0 ms timers. */
const MAX_FIRES = 1_000_000;

export class ManualClock implements Clock, Timers {
  private wall: number;
  /** Elapsed time: moves with `advance`, not with `jump`. */
  private elapsed = 0;
  private seq = 0;
  private readonly armed = new Map<number, Armed>();

  /**
   * @param start the wall-clock time to begin at (a Date, epoch ms or an ISO string with offset)
   * @param timeZone the IANA zone the person lives in
   */
  constructor(
    start: Date | number | string,
    private readonly timeZone = 'Europe/Amsterdam',
  ) {
    this.wall = toMs(start);
  }

  now(): Date {
    return new Date(this.wall);
  }

  zone(): string {
    return this.timeZone;
  }

  set(callback: () => void, ms: number): unknown {
    const handle = ++this.seq;
    // As setTimeout: a negative or missing delay means "as soon as possible".
    const delay = Number.isFinite(ms) && ms > 0 ? ms : 0;
    this.armed.set(handle, { due: this.elapsed + delay, seq: handle, callback });
    return handle;
  }

  clear(handle: unknown): void {
    this.armed.delete(handle as number);
  }

  /** How many timers are armed. */
  get pending(): number {
    return this.armed.size;
  }

  /** When the next timer fires, as wall-clock epoch ms (if the clock is not jumped meanwhile), or null. */
  get nextFiresAt(): number | null {
    const next = this.next(Infinity);
    return next ? this.wall + (next.due - this.elapsed) : null;
  }

  /**
   * Lets `ms` pass: fires, in order, every timer that falls due by then, including timers armed by those
   * callbacks, each with the clock showing the moment it fires; then the clock shows the target.
   */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`ManualClock.advance needs a duration of 0 ms or more, not ${ms}.`);
    const target = this.elapsed + ms;
    for (let fired = 0; ; fired++) {
      const next = this.next(target);
      if (!next) break;
      if (fired === MAX_FIRES) throw new Error('ManualClock.advance: timers keep arming themselves.');
      this.armed.delete(next.seq);
      this.pass(next.due);
      next.callback();
    }
    this.pass(target);
  }

  /** `advance` until the wall clock shows `moment`; it may not lie in the past. */
  advanceTo(moment: Date | number | string): void {
    this.advance(toMs(moment) - this.wall);
  }

  /** Moves the wall clock by `ms` (forward or back) without firing any timer: sleep, or a clock change. */
  jump(ms: number): void {
    this.wall += ms;
  }

  /** Sets the wall clock to `moment` without firing any timer. */
  jumpTo(moment: Date | number | string): void {
    this.wall = toMs(moment);
  }

  /** Moves elapsed time (never back) to `to`, and the wall clock with it. */
  private pass(to: number): void {
    if (to <= this.elapsed) return;
    this.wall += to - this.elapsed;
    this.elapsed = to;
  }

  /** The earliest armed timer due by `until`, earliest armed first among equals. */
  private next(until: number): Armed | null {
    let best: Armed | null = null;
    for (const timer of this.armed.values()) {
      if (timer.due > until) continue;
      if (!best || timer.due < best.due || (timer.due === best.due && timer.seq < best.seq)) best = timer;
    }
    return best;
  }
}

function toMs(moment: Date | number | string): number {
  const ms =
    typeof moment === 'number' ? moment : typeof moment === 'string' ? Date.parse(moment) : moment.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`ManualClock: not a moment: ${String(moment)}`);
  return ms;
}
