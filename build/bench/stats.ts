/** Order statistics for the benchmark, and the system timers counted. */
import { systemTimers, type Timers } from '../../electron/core/clock';

export const median = (xs: readonly number[]) => percentile(xs, 50);

/** The nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.max(0, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.min(rank, sorted.length - 1)]!;
}

/** The system timers, counting how many are armed now and the most that ever were at once. */
export function countingTimers(): Timers & { readonly armed: number; readonly mostArmed: number } {
  const live = new Set<unknown>();
  let mostArmed = 0;
  return {
    set(callback, delay) {
      const handle = systemTimers.set(() => {
        live.delete(handle);
        callback();
      }, delay);
      live.add(handle);
      mostArmed = Math.max(mostArmed, live.size);
      return handle;
    },
    clear(handle) {
      live.delete(handle);
      systemTimers.clear(handle);
    },
    get armed() {
      return live.size;
    },
    get mostArmed() {
      return mostArmed;
    },
  };
}
