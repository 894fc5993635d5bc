import { addDays, addYears, earlierOf, type CalendarDate } from '@wego/calendar';

/**
 * G3: an elected mandate starts on the electing General Assembly's opening date and ends the day
 * before the third anniversary of it (29 February → 28 February), or the day before the next
 * General Assembly opens if that comes first.
 */
export function electedTermOf(opensOn: CalendarDate, nextAssemblyOpensOn: CalendarDate | null): { startsOn: CalendarDate; endsOn: CalendarDate } {
  const dayBeforeThirdAnniversary = addDays(addYears(opensOn, 3), -1);
  const endsOn = nextAssemblyOpensOn ? earlierOf(dayBeforeThirdAnniversary, addDays(nextAssemblyOpensOn, -1)) : dayBeforeThirdAnniversary;
  return { startsOn: opensOn, endsOn };
}
