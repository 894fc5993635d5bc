/** A calendar date as `YYYY-MM-DD`, always a real date (2027-02-30 is not one). */
export type CalendarDate = string & { readonly __calendarDate: unique symbol };

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The CalendarDate for `text`, or null when `text` is not a real `YYYY-MM-DD` date. */
export function parseCalendarDate(text: string): CalendarDate | null {
  const match = DATE_SHAPE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return text as CalendarDate;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function calendarDateOf(year: number, month: number, day: number): CalendarDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = parseCalendarDate(text);
  if (!date) throw new RangeError(`${text} is not a calendar date`);
  return date;
}

export function partsOf(date: CalendarDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}
