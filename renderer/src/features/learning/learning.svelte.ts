import type { Learnings } from '$contract/contract';
import { app } from '../../app/app.svelte';
import { api, unwrap } from '../../shared/api';
import { changes } from '../../shared/changes';

export type LearningPeriod = 'month' | 'quarter' | 'year' | 'all';
export const learningPeriods: LearningPeriod[] = ['month', 'quarter', 'year', 'all'];
export type PointFilter = 'all' | 'couldBeBetter' | 'tip';

const monthsBack: Record<Exclude<LearningPeriod, 'all'>, number> = { month: 1, quarter: 3, year: 12 };

const pad = (n: number) => String(n).padStart(2, '0');

/** A local calendar date as YYYY-MM-DD; toISOString would give the UTC day, a day off around midnight. */
export function calendarDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** The from/to dates of a period ending `today` (YYYY-MM-DD); 31 March minus a month is 28 or 29 February. */
export function periodRange(
  period: LearningPeriod,
  today: string,
): { from: string | null; to: string | null } {
  if (period === 'all') return { from: null, to: null };
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const months = y * 12 + (m - 1) - monthsBack[period];
  const [fy, fm] = [Math.floor(months / 12), (months % 12) + 1];
  return { from: `${fy}-${pad(fm)}-${pad(Math.min(d, daysInMonth(fy, fm)))}`, to: today };
}

/** Every month (YYYY-MM) from `first` to `last`, so months without conversations still get a place. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${pad(m)}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

/** The Wat leer ik screen: the chosen period and what the user's evaluations say in it. */
class LearningState {
  period = $state<LearningPeriod>('all');
  show = $state<PointFilter>('all');
  data = $state<Learnings | null>(null);
  /** Whether there is anything at all, in any period: decides between the explanation and the filters. */
  anything = $state<boolean | null>(null);
  private requestSeq = 0;

  constructor() {
    // What is learned comes from the evaluations; fetched again while the screen is open (it fetches
    // when it opens).
    // and from the look back on the actions of the plan.
    changes.watch(['conversations', 'plan'], () => this.load(), {
      when: () => this.data !== null && app.view === 'learning',
    });
  }

  /** Fetches the learnings of the current period; an answer to an older choice is dropped. */
  async load(): Promise<void> {
    const seq = ++this.requestSeq;
    const period = this.period;
    const data = await unwrap(api.insights.learnings(periodRange(period, calendarDate(new Date()))));
    // An empty period is not an empty journal: only then does the screen explain where points come from.
    const anything =
      hasContent(data) ||
      (period !== 'all' && hasContent(await unwrap(api.insights.learnings({ from: null, to: null }))));
    if (seq !== this.requestSeq) return;
    this.data = data;
    this.anything = anything;
  }

  /** The months of the period, oldest first, with the empty ones filled in so the chart keeps its scale. */
  get months(): Learnings['months'] {
    const data = this.data;
    if (!data) return [];
    const { from, to } = periodRange(this.period, calendarDate(new Date()));
    const known = data.months.map((m) => m.month).sort();
    const bounds = [from?.slice(0, 7), to?.slice(0, 7), known[0], known.at(-1)].filter(
      (m): m is string => !!m,
    );
    if (bounds.length === 0) return [];
    bounds.sort();
    const byMonth = new Map(data.months.map((m) => [m.month, m]));
    return monthsBetween(bounds[0]!, bounds.at(-1)!).map((month) => byMonth.get(month) ?? emptyMonth(month));
  }
}

function hasContent(data: Learnings): boolean {
  return data.points.length > 0 || data.reflections.length > 0 || data.months.some((m) => m.held > 0);
}

function emptyMonth(month: string): Learnings['months'][number] {
  return {
    month,
    held: 0,
    kinds: { orienterend: 0, 'tips-en-namen': 0, bijpraten: 0, 'hulp-aanbieden': 0, anders: 0 },
    threeBs: { bouwen: 0, bevestigen: 0, benutten: 0 },
  };
}

export const learning = new LearningState();
