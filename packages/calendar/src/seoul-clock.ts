import { parseCalendarDate, type CalendarDate } from './calendar-date';

/** Where "today" comes from: the calendar date in Seoul, unless pinned (outside production). */
export interface Clock {
  today(): CalendarDate;
}

const SEOUL_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function seoulClock(now: () => Date = () => new Date()): Clock {
  return {
    today() {
      const date = parseCalendarDate(SEOUL_DATE.format(now()));
      if (!date) throw new Error('the system clock gave no calendar date');
      return date;
    },
  };
}

export function pinnedClock(date: CalendarDate): Clock {
  return { today: () => date };
}
