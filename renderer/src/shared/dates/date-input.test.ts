import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  datePattern,
  daysInMonth,
  readDate,
  readTime,
  stepTime,
  stepTimeOnGrid,
  weekdayOf,
  writeDate,
} from './date-input';

const TODAY = '2026-12-01'; // a Tuesday

const date = (text: string, today = TODAY) => {
  const r = readDate(text, today);
  return r.kind === 'date' ? r.date : r.kind;
};
const time = (text: string) => {
  const r = readTime(text);
  return r.kind === 'time' ? r.time : r.kind;
};

/** Any date in the years a field accepts, as Temporal sees it. */
const plainDates = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
  .map((d) => Temporal.PlainDate.from(d.toISOString().slice(0, 10)));

describe('reading a typed date, day first', () => {
  it('reads 15-10-2026 as 15 October, never as month 15 or 10 December (issue 11)', () => {
    expect(date('15-10-2026')).toBe('2026-10-15');
    expect(date('08-12-2026')).toBe('2026-12-08');
    expect(date('8-12-2026')).toBe('2026-12-08');
  });

  it('takes the separators people use: - / . and spaces', () => {
    for (const typed of ['15/10/2026', '15.10.2026', '15 10 2026', ' 15 - 10 - 2026 ', '15102026']) {
      expect(date(typed), typed).toBe('2026-10-15');
    }
  });

  it('a date without a year is in this year; a two-digit year in this century', () => {
    expect(date('15-10')).toBe('2026-10-15');
    expect(date('15/10')).toBe('2026-10-15');
    expect(date('3-1', '2027-06-30')).toBe('2027-01-03');
    expect(date('15-10-26')).toBe('2026-10-15');
    expect(date('1/2/05')).toBe('2005-02-01');
  });

  it('reads ISO dates, year first', () => {
    expect(date('2026-10-15')).toBe('2026-10-15');
    expect(date('2026-1-5')).toBe('2026-01-05');
  });

  it('reads month names in Dutch and English, short or long, with or without a year', () => {
    expect(date('15 okt')).toBe('2026-10-15');
    expect(date('15 oktober 2026')).toBe('2026-10-15');
    expect(date('15 Oktober 2026')).toBe('2026-10-15');
    expect(date('3 mrt. 2027')).toBe('2027-03-03');
    expect(readDate('1 mei', TODAY, 'past')).toEqual({ kind: 'date', date: '2026-05-01' });
    expect(date('15 Oct')).toBe('2026-10-15');
    expect(date('15 October 2026')).toBe('2026-10-15');
    expect(date('Oct 15, 2026')).toBe('2026-10-15');
    expect(date('March 3rd 2027')).toBe('2027-03-03');
  });

  it('gives a date without a year the year the field leans to, never one eleven months off', () => {
    const on = (text: string, today: string, lean: 'past' | 'future' | 'nearest') => {
      const r = readDate(text, today, lean);
      return r.kind === 'date' ? r.date : r.kind;
    };
    // A plan typed on 20 December for early January is next January, not eleven months ago.
    expect(on('5-1', '2026-12-20', 'future')).toBe('2027-01-05');
    expect(on('15 jan', '2026-12-20', 'future')).toBe('2027-01-15');
    expect(on('5-1', '2026-12-20', 'nearest')).toBe('2027-01-05');
    // What happened looks back: a touch on 28 December typed on 3 January was last year's.
    expect(on('28-12', '2027-01-03', 'past')).toBe('2026-12-28');
    expect(on('15-10', '2026-12-01', 'past')).toBe('2026-10-15');
    // Today itself counts either way.
    expect(on('1-12', '2026-12-01', 'past')).toBe('2026-12-01');
    expect(on('1-12', '2026-12-01', 'future')).toBe('2026-12-01');
    // 29 February only exists in some years: the nearest one that has it in the direction asked, or none.
    expect(on('29-2', '2027-12-01', 'future')).toBe('2028-02-29');
    expect(on('29-2', '2026-12-01', 'future')).toBe('unreadable');
  });

  it('reads a two-digit year as the one of that ending nearest to this year', () => {
    expect(date('15-10-26')).toBe('2026-10-15');
    expect(date('15-10-30')).toBe('2030-10-15');
    expect(date('15-10-99')).toBe('1999-10-15');
    expect(date("3 mrt '27")).toBe('2027-03-03');
  });

  it('reads today, tomorrow and the day after in both languages', () => {
    expect(date('vandaag')).toBe(TODAY);
    expect(date('Morgen')).toBe('2026-12-02');
    expect(date('overmorgen')).toBe('2026-12-03');
    expect(date('gisteren')).toBe('2026-11-30');
    expect(date('eergisteren')).toBe('2026-11-29');
    expect(date('today')).toBe(TODAY);
    expect(date('tomorrow', '2026-12-31')).toBe('2027-01-01');
    expect(date('yesterday', '2027-01-01')).toBe('2026-12-31');
  });

  it('says so when there is no such date, instead of rolling it over into another', () => {
    for (const typed of [
      '31-02-2026', // no 31 February
      '29-02-2026', // not a leap year
      '15-13-2026', // month 13
      '10/15/2026', // month first, as in the US: refused, not read as another date
      '00-12-2026',
      '15-00-2026', // what a native field gave after typing 0 in the month
      '15-10-202', // a year of three digits
      '15-10-20266',
      '1-1-1899',
      '32 okt',
      '15 oktobre',
      'volgende week',
      '15',
      '2026',
      'abc',
      '15--10-2026',
    ]) {
      expect(date(typed), typed).toBe('unreadable');
    }
    expect(date('29-02-2028')).toBe('2028-02-29');
    expect(date('29-02-2000')).toBe('2000-02-29');
    expect(date('29-02-2100')).toBe('unreadable');
  });

  it('an empty field is empty, not unreadable', () => {
    expect(date('')).toBe('empty');
    expect(date('   ')).toBe('empty');
  });

  it('property: every date written in either language reads back as itself', () => {
    fc.assert(
      fc.property(plainDates, fc.constantFrom('nl' as const, 'en' as const), (d, language) => {
        expect(date(writeDate(d.toString(), language))).toBe(d.toString());
      }),
    );
  });

  it('property: day-month-year reads as Temporal reads it, and refuses exactly what Temporal rejects', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 1900, max: 2200 }),
        fc.constantFrom('-', '/', '.', ' '),
        (day, month, year, sep) => {
          let expected: string;
          try {
            expected = Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' }).toString();
          } catch {
            expected = 'unreadable';
          }
          expect(date(`${day}${sep}${month}${sep}${year}`)).toBe(expected);
        },
      ),
    );
  });

  it('property: morgen and gisteren are Temporal’s day after and day before', () => {
    fc.assert(
      fc.property(plainDates, (d) => {
        expect(date('morgen', d.toString())).toBe(d.add({ days: 1 }).toString());
        expect(date('gisteren', d.toString())).toBe(d.subtract({ days: 1 }).toString());
      }),
    );
  });

  it('property: never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (typed) => {
        const r = readDate(typed, TODAY);
        expect(['empty', 'date', 'unreadable']).toContain(r.kind);
        if (r.kind === 'date') expect(Temporal.PlainDate.from(r.date).toString()).toBe(r.date);
      }),
    );
  });
});

describe('writing a date', () => {
  it('Dutch dd-mm-jjjj, English dd/mm/yyyy', () => {
    expect(writeDate('2026-10-15', 'nl')).toBe('15-10-2026');
    expect(writeDate('2026-01-05', 'en')).toBe('05/01/2026');
    expect(datePattern('nl')).toBe('dd-mm-jjjj');
    expect(datePattern('en')).toBe('dd/mm/yyyy');
  });
});

describe('calendar helpers', () => {
  it('property: days in a month and the weekday are Temporal’s', () => {
    fc.assert(
      fc.property(plainDates, (d) => {
        expect(daysInMonth(d.year, d.month)).toBe(d.daysInMonth);
        expect(weekdayOf(d.toString())).toBe(d.dayOfWeek - 1);
      }),
    );
  });
});

describe('reading a typed time, 24-hour', () => {
  it('reads the ways people write a time', () => {
    expect(time('14:30')).toBe('14:30');
    expect(time('14.30')).toBe('14:30');
    expect(time('14u30')).toBe('14:30');
    expect(time('1430')).toBe('14:30');
    expect(time('930')).toBe('09:30');
    expect(time('9')).toBe('09:00');
    expect(time('14u')).toBe('14:00');
    expect(time('14 uur')).toBe('14:00');
    expect(time('0:05')).toBe('00:05');
  });

  it('reads am and pm as English speakers type them', () => {
    expect(time('2:30 pm')).toBe('14:30');
    expect(time('2pm')).toBe('14:00');
    expect(time('12 am')).toBe('00:00');
    expect(time('12pm')).toBe('12:00');
    expect(time('9 a.m.')).toBe('09:00');
  });

  it('refuses what is no time of day', () => {
    for (const typed of ['24:00', '14:60', '25', '13 pm', '0 am', '14:3', 'half drie', '14:30:00', '-1']) {
      expect(time(typed), typed).toBe('unreadable');
    }
    expect(time('')).toBe('empty');
  });

  it('property: every HH:MM reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const hhmm = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        expect(time(hhmm)).toBe(hhmm);
      }),
    );
  });
});

describe('keyboard steps in a time field', () => {
  it('steps a quarter of an hour, onto the grid first, round midnight', () => {
    expect(stepTimeOnGrid('14:00', 15)).toBe('14:15');
    expect(stepTimeOnGrid('14:07', 15)).toBe('14:15');
    expect(stepTimeOnGrid('14:07', -15)).toBe('14:00');
    expect(stepTimeOnGrid('23:50', 15)).toBe('00:00');
    expect(stepTimeOnGrid('00:00', -15)).toBe('23:45');
    expect(stepTime('23:59', 1)).toBe('00:00');
  });
});
