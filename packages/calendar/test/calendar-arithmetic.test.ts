import { addDays, addMonths, addYears, calendarDateOf, earlierOf, minusOneMonthClamped, parseCalendarDate, type CalendarDate } from '../src';

const date = (text: string): CalendarDate => {
  const parsed = parseCalendarDate(text);
  if (!parsed) throw new Error(`${text} is not a date`);
  return parsed;
};

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries both ways', () => {
    expect(addDays(date('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(date('2027-01-01'), -1)).toBe('2026-12-31');
    expect(addDays(date('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(date('2027-02-28'), 1)).toBe('2027-03-01');
    expect(addDays(date('2028-03-01'), -1)).toBe('2028-02-29');
    expect(addDays(date('2026-11-27'), 0)).toBe('2026-11-27');
    expect(addDays(date('2026-01-01'), 365)).toBe('2027-01-01');
  });

  it('keeps years below 100 as they are', () => {
    expect(addDays(date('0050-01-01'), 1)).toBe('0050-01-02');
  });
});

describe('addMonths and minusOneMonthClamped', () => {
  it('clamps the day to the end of the month reached', () => {
    expect(minusOneMonthClamped(date('2027-03-31'))).toBe('2027-02-28');
    expect(minusOneMonthClamped(date('2028-03-31'))).toBe('2028-02-29');
    expect(minusOneMonthClamped(date('2026-05-31'))).toBe('2026-04-30');
    expect(minusOneMonthClamped(date('2026-10-21'))).toBe('2026-09-21');
  });

  it('crosses years both ways', () => {
    expect(minusOneMonthClamped(date('2027-01-15'))).toBe('2026-12-15');
    expect(addMonths(date('2026-12-31'), 2)).toBe('2027-02-28');
    expect(addMonths(date('2026-11-30'), -23)).toBe('2024-12-30');
  });
});

describe('addYears', () => {
  it('turns 29 February into 28 February in a year without one', () => {
    expect(addYears(date('2024-02-29'), 3)).toBe('2027-02-28');
    expect(addYears(date('2024-02-29'), 4)).toBe('2028-02-29');
    expect(addYears(date('2024-02-29'), -3)).toBe('2021-02-28');
  });

  it('keeps month and day otherwise', () => {
    expect(addYears(date('2025-10-21'), 3)).toBe('2028-10-21');
    expect(addYears(date('2019-10-01'), -3)).toBe('2016-10-01');
  });
});

describe('earlierOf', () => {
  it('answers the earlier date', () => {
    expect(earlierOf(calendarDateOf(2028, 3, 30), calendarDateOf(2028, 10, 20))).toBe('2028-03-30');
    expect(earlierOf(calendarDateOf(2028, 10, 20), calendarDateOf(2028, 3, 30))).toBe('2028-03-30');
  });
});

describe('the ends of the calendar', () => {
  it('stop arithmetic that would leave 0001-01-01 .. 9999-12-31, rather than fail', () => {
    expect(addYears('0001-01-01' as CalendarDate, -3)).toBe('0001-01-01');
    expect(addDays('0001-01-01' as CalendarDate, -1)).toBe('0001-01-01');
    expect(minusOneMonthClamped('0001-01-15' as CalendarDate)).toBe('0001-01-01');
    expect(addYears('9999-06-01' as CalendarDate, 3)).toBe('9999-12-31');
    expect(addDays('9999-12-31' as CalendarDate, 1)).toBe('9999-12-31');
  });
});
