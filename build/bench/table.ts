/** The bench's result table: one row per figure, printed aligned. */

export type Row = {
  metric: string;
  measured: string;
  baseline: string;
  ratio: string;
  target: string;
  result: 'PASS' | 'FAIL' | 'info' | 'smoke';
};

/** Milliseconds as the table shows them. */
export const ms = (x: number) =>
  Number.isNaN(x) ? '—' : x < 10 ? `${x.toFixed(2)} ms` : `${x.toFixed(1)} ms`;

/** A timing against its target; in a smoke run reported, not judged. */
export function judged(smoke: boolean, met: boolean): Row['result'] {
  return smoke ? 'smoke' : met ? 'PASS' : 'FAIL';
}

export function printTable(rows: readonly Row[]): void {
  const keys = ['metric', 'measured', 'baseline', 'ratio', 'target', 'result'] as const;
  const header: Record<(typeof keys)[number], string> = {
    metric: 'metric',
    measured: 'measured',
    baseline: 'raw baseline',
    ratio: 'ratio',
    target: 'target',
    result: 'result',
  };
  const all = [header, ...rows];
  const width = (k: (typeof keys)[number]) => Math.max(...all.map((r) => r[k].length));
  const line = (r: Record<(typeof keys)[number], string>) =>
    keys.map((k) => (k === 'metric' ? r[k].padEnd(width(k)) : r[k].padStart(width(k)))).join('  ');
  console.log(line(header));
  console.log(keys.map((k) => '─'.repeat(width(k))).join('  '));
  for (const r of rows) console.log(line(r));
}
