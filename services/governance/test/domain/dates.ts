import { parseCalendarDate, type CalendarDate } from '@wego/calendar';

/** A date written in a test, checked to be a real one. */
export function day(text: string): CalendarDate {
  const date = parseCalendarDate(text);
  if (!date) throw new Error(`${text} is not a calendar date`);
  return date;
}
