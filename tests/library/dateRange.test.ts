import { describe, expect, it } from 'vitest';
import { findDatePhrase } from '../../src/library/ask/datePhrase.ts';
import { PERIOD_FORMS, parseDateRange, queryDateRange } from '../../src/library/dateRange.ts';
import { QueryError } from '../../src/library/results.ts';

const now = new Date('2026-11-27T12:00:00Z');
const range = (text: string) => parseDateRange(text, now);

describe('parseDateRange', () => {
  it('reads ISO days, months and years', () => {
    expect(range('2014-09-15')).toEqual({ from: '2014-09-15', to: '2014-09-15' });
    expect(range('2014-09')).toEqual({ from: '2014-09-01', to: '2014-09-30' });
    expect(range('1987')).toEqual({ from: '1987-01-01', to: '1987-12-31' });
  });

  it('reads natural phrases as days, whole months and parts of months', () => {
    expect(range('Sept 15 2014')).toEqual({ from: '2014-09-15', to: '2014-09-15' });
    expect(range('15 September 2014')).toEqual({ from: '2014-09-15', to: '2014-09-15' });
    expect(range('March 1987')).toEqual({ from: '1987-03-01', to: '1987-03-31' });
    expect(range('February 1988')).toEqual({ from: '1988-02-01', to: '1988-02-29' });
    expect(range('mid-March 1987')).toEqual({ from: '1987-03-11', to: '1987-03-20' });
    expect(range('early April 1987')).toEqual({ from: '1987-04-01', to: '1987-04-10' });
    expect(range('late March 1987')).toEqual({ from: '1987-03-21', to: '1987-03-31' });
  });

  it('reads two-ended ranges, borrowing the month or year from the other end', () => {
    expect(range('between March 1 and 15 1987')).toEqual({ from: '1987-03-01', to: '1987-03-15' });
    expect(range('from March 3 1987 to April 2 1987')).toEqual({ from: '1987-03-03', to: '1987-04-02' });
    expect(range('March 1 to March 15, 1987')).toEqual({ from: '1987-03-01', to: '1987-03-15' });
  });

  it('reads relative phrases against now, looking back', () => {
    expect(range('last week')).toEqual({ from: '2026-11-20', to: '2026-11-27' });
    expect(range('yesterday')).toEqual({ from: '2026-11-26', to: '2026-11-26' });
    expect(range('last month')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(range('past 3 days')).toEqual({ from: '2026-11-24', to: '2026-11-27' });
    // A month without a year is the latest one not after today.
    expect(range('in December')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('reads a weekday as the one day it names (now is a Friday)', () => {
    expect(range('next Tuesday')).toEqual({ from: '2026-12-01', to: '2026-12-01' });
    expect(range('last Monday')).toEqual({ from: '2026-11-23', to: '2026-11-23' });
  });

  it('rejects what is not a date, impossible days and reversed ranges', () => {
    for (const bad of ['', 'blah', 'March 32 1987', '1987-02-30', 'someday soon']) {
      expect(() => range(bad)).toThrow(QueryError);
    }
    expect(() => range('between April 2 1987 and March 1 1987')).toThrow(/after it ends/);
    expect(() => range('blah')).toThrow(/Sept 15 2014/);
  });
});

describe('queryDateRange', () => {
  it('combines date, from and to, and is null without any', () => {
    expect(queryDateRange({}, now)).toBeNull();
    expect(queryDateRange({ from: 'March 1987' }, now)).toEqual({ from: '1987-03-01', to: null });
    expect(queryDateRange({ to: 'March 1987' }, now)).toEqual({ from: null, to: '1987-03-31' });
    expect(queryDateRange({ from: '1987-03-10', to: '1987-04' }, now)).toEqual({
      from: '1987-03-10',
      to: '1987-04-30',
    });
    expect(() => queryDateRange({ from: '1988', to: '1987' }, now)).toThrow(QueryError);
  });
});

describe('periods as people type them', () => {
  it('each period form reads its example', () => {
    for (const form of PERIOD_FORMS) expect(() => range(form.example), form.name).not.toThrow();
  });

  it('weeks, parts of months, quarters, halves and seasons', () => {
    expect(range('the second week of April 1987')).toEqual({ from: '1987-04-08', to: '1987-04-14' });
    expect(range('last week of March 1987')).toEqual({ from: '1987-03-25', to: '1987-03-31' });
    expect(range('the week of March 2, 1987')).toEqual({ from: '1987-03-02', to: '1987-03-08' });
    expect(range('early March 1987')).toEqual({ from: '1987-03-01', to: '1987-03-10' });
    expect(range('the end of October 2016')).toEqual({ from: '2016-10-21', to: '2016-10-31' });
    expect(range('Q3 1987')).toEqual({ from: '1987-07-01', to: '1987-09-30' });
    expect(range('the first quarter of 1987')).toEqual({ from: '1987-01-01', to: '1987-03-31' });
    expect(range('the second half of 2016')).toEqual({ from: '2016-07-01', to: '2016-12-31' });
    expect(range('spring 2016')).toEqual({ from: '2016-03-01', to: '2016-05-31' });
    expect(range('winter 1987')).toEqual({ from: '1986-12-01', to: '1987-02-28' });
    expect(range('between March 1 and 15 1987')).toEqual({ from: '1987-03-01', to: '1987-03-15' });
  });

  it('an unreadable phrase is answered with the forms that work', () => {
    expect(() => range('the sixth week of April 1987')).toThrow(/the second week of April 1987.*Q3 1987/);
  });

  it('finds the whole period in a question', () => {
    const phrase = (question: string) => findDatePhrase(question, now)?.text;
    expect(phrase('stories from the second week of April 1987')).toBe('the second week of April 1987');
    expect(phrase('oil news in Q3 1987')).toBe('Q3 1987');
    expect(phrase('stories from paris in spring 2016')).toBe('spring 2016');
    expect(phrase('what happened at the end of October 2016')).toBe('end of October 2016');
    expect(phrase('stories between March 1 and 15 1987')).toBe('between March 1 and 15 1987');
  });
});
