import { describe, expect, it } from 'vitest';
import { readDay } from './dates';

describe('readDay', () => {
  it('reads the apps’ ways of writing a date', () => {
    expect(readDay('12 Mar 2024')).toBe('2024-03-12');
    expect(readDay('3 mrt 2024')).toBe('2024-03-03');
    expect(readDay('1984-06-03')).toBe('1984-06-03');
    expect(readDay('19840603')).toBe('1984-06-03');
    expect(readDay('19840603T000000Z')).toBe('1984-06-03');
    expect(readDay('5/17/1970')).toBe('1970-05-17');
    expect(readDay('17/5/1970')).toBe('1970-05-17');
    expect(readDay('17-5-1970')).toBe('1970-05-17');
    expect(readDay('3-4-1970')).toBe('1970-04-03');
  });

  it('is null for a date without a year, that does not exist, or is no date', () => {
    for (const text of [
      '--0517',
      '--05-17',
      '1604-09-21',
      '29 Feb 2023',
      '2024-13-01',
      '0/0/00',
      'gisteren',
      '',
    ]) {
      expect(readDay(text)).toBeNull();
    }
  });
});
