import { describe, expect, it } from 'vitest';
import { LocalDays } from './local-days';

/** The local date by asking Intl about every timestamp: slow and plainly right, to compare against. */
class LocalDates {
  private readonly formats = new Map<string, Intl.DateTimeFormat>();

  of(timestamp: string, zone: string): string {
    let format = this.formats.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
      this.formats.set(zone, format);
    }
    const parts: Record<string, string> = {};
    for (const p of format.formatToParts(Date.parse(timestamp))) parts[p.type] = p.value;
    return `${parts['year']!.padStart(4, '0')}-${parts['month']}-${parts['day']}`;
  }
}

describe('LocalDays', () => {
  it('gives the same day as asking Intl for every timestamp, across both DST changes and zones', () => {
    const days = new LocalDays();
    const exact = new LocalDates();
    const start = Date.parse('2026-03-28T00:00:00Z');
    for (const zone of ['Europe/Amsterdam', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham']) {
      for (let ms = start; ms < start + 220 * 86_400_000; ms += 7 * 60_000 + 13_000) {
        const timestamp = new Date(ms).toISOString();
        if (days.of(timestamp, zone) !== exact.of(timestamp, zone)) {
          throw new Error(
            `${timestamp} in ${zone}: ${days.of(timestamp, zone)} ≠ ${exact.of(timestamp, zone)}`,
          );
        }
      }
    }
    // Late evening in Amsterdam is the next day in UTC, and the other way round.
    expect(days.of('2026-11-30T23:30:00.000Z', 'Europe/Amsterdam')).toBe('2026-12-01');
    expect(days.of('2026-12-01T00:30:00+01:00', 'UTC')).toBe('2026-11-30');
  });
});
