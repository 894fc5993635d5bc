import { calendarDateOf, daysInMonth, partsOf, type CalendarDate } from './calendar-date';

const FIRST_DAY = '0001-01-01' as CalendarDate;
const LAST_DAY = '9999-12-31' as CalendarDate;

/** Arithmetic stops at the calendar's ends rather than fail, so a date near either end never breaks a request. */
function withinCalendar(year: number, month: number, day: number): CalendarDate {
  if (year < 1) return FIRST_DAY;
  if (year > 9999) return LAST_DAY;
  return calendarDateOf(year, month, day);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = partsOf(date);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  const moved = new Date(0);
  moved.setUTCFullYear(year, month - 1, day + days);
  return withinCalendar(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** `date` moved by `months`, the day clamped to the end of the month reached (31 March - 1 month = 28/29 February). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  if (targetYear < 1 || targetYear > 9999) return withinCalendar(targetYear, targetMonth, day);
  return calendarDateOf(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** `date` moved by `years`; 29 February becomes 28 February in a year without one. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/** One calendar month before `date`, the day clamped to that month's end. */
export function minusOneMonthClamped(date: CalendarDate): CalendarDate {
  return addMonths(date, -1);
}

/** The earlier of two dates (`YYYY-MM-DD` text orders as the calendar does). */
export function earlierOf(first: CalendarDate, second: CalendarDate): CalendarDate {
  return first <= second ? first : second;
}
