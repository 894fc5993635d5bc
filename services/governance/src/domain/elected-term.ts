import { addDays, addYears, earlierOf, partsOf, type CalendarDate } from '@wego/calendar';

const LAST_DAY_OF_THE_CALENDAR = '9999-12-31' as CalendarDate;

/**
 * G3: an elected mandate starts on the electing General Assembly's opening date and ends the day
 * before the third anniversary of it (29 February → 28 February), or the day before the next
 * regular General Assembly opens if that comes first. A third anniversary past the calendar's end
 * leaves the term running to that end.
 */
export function electedTermOf(opensOn: CalendarDate, nextRegularAssemblyOpensOn: CalendarDate | null): { startsOn: CalendarDate; endsOn: CalendarDate } {
  const dayBeforeThirdAnniversary = partsOf(opensOn).year + 3 > 9999 ? LAST_DAY_OF_THE_CALENDAR : addDays(addYears(opensOn, 3), -1);
  const endsOn = nextRegularAssemblyOpensOn ? earlierOf(dayBeforeThirdAnniversary, addDays(nextRegularAssemblyOpensOn, -1)) : dayBeforeThirdAnniversary;
  return { startsOn: opensOn, endsOn };
}
