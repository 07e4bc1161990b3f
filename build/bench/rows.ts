/** The full bench's result table: each row a figure against its target, judged unless the run is a smoke run. */
import { DUE_LIMIT_MS, FRAME_MS, SMOKE } from './options';
import { judged, ms, type Row } from './table';

/** The rows in the order they are printed. */
export const rows: Row[] = [];

/** A timing against its target; in a smoke run reported, not judged. */
function timed(met: boolean): Row['result'] {
  return judged(SMOKE, met);
}

/** A figure against a raw baseline measured in the same run; no target when `maxRatio` is null. */
export function ratioRow(metric: string, measured: number, baseline: number, maxRatio: number | null): void {
  const ratio = measured / baseline;
  rows.push({
    metric,
    measured: ms(measured),
    baseline: ms(baseline),
    ratio: `${ratio.toFixed(2)}×`,
    target: maxRatio === null ? '—' : `≤ ${maxRatio}×`,
    result: maxRatio === null ? 'info' : timed(ratio <= maxRatio),
  });
}

/** A figure against an absolute limit in ms (no raw baseline: the limit is the issue's). */
export function limitRow(metric: string, measured: number, limit = DUE_LIMIT_MS): void {
  rows.push({
    metric,
    measured: ms(measured),
    baseline: '—',
    ratio: `${(measured / limit).toFixed(2)} of limit`,
    target: `≤ ${limit} ms`,
    result: timed(measured <= limit),
  });
}

/** A figure against one frame at 60 Hz. */
export function frameRow(metric: string, value: number): void {
  rows.push({
    metric,
    measured: ms(value),
    baseline: '—',
    ratio: `${(value / FRAME_MS).toFixed(2)} frame`,
    target: `≤ ${FRAME_MS} ms`,
    result: timed(value <= FRAME_MS),
  });
}

/** A figure reported for information, without a target. */
export function infoRow(metric: string, measured: string, ratio = '—'): void {
  rows.push({ metric, measured, baseline: '—', ratio, target: '—', result: 'info' });
}
