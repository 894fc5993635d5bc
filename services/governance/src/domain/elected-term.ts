import { addDays, addYears, earlierOf, partsOf, type CalendarDate } from '@wego/calendar';

const LAST_DAY_OF_THE_CALENDAR = '9999-12-31' as CalendarDate;

/** G3: a third anniversary past the calendar's end leaves the term running to that end. */
export function electedTermOf(opensOn: CalendarDate, nextRegularAssemblyOpensOn: CalendarDate | null): { startsOn: CalendarDate; endsOn: CalendarDate } {
  const dayBeforeThirdAnniversary = partsOf(opensOn).year + 3 > 9999 ? LAST_DAY_OF_THE_CALENDAR : addDays(addYears(opensOn, 3), -1);
  const endsOn = nextRegularAssemblyOpensOn ? earlierOf(dayBeforeThirdAnniversary, addDays(nextRegularAssemblyOpensOn, -1)) : dayBeforeThirdAnniversary;
  return { startsOn: opensOn, endsOn };
}
