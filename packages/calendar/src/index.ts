export { parseCalendarDate, calendarDateOf, daysInMonth, partsOf, type CalendarDate } from './calendar-date';
export { seoulClock, pinnedClock, type Clock } from './seoul-clock';
export { addDays, addMonths, addYears, minusOneMonthClamped, earlierOf } from './calendar-arithmetic';
