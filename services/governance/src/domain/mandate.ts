import type { CalendarDate } from '@wego/calendar';
import type { OfficeArea } from './office-areas';
import { rankOf, type Position } from './positions';

/** One member holding one position from `startsOn` to `endsOn`, both inclusive: recorded, or derived (EVP, G9). */
export interface Mandate {
  id: string;
  memberId: string;
  position: Position;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  /** The appointee's office area, recorded with a Vice President mandate (G11); null otherwise. */
  area: OfficeArea | null;
}

export function isActiveOn(mandate: Mandate, date: CalendarDate): boolean {
  return mandate.startsOn <= date && date <= mandate.endsOn;
}

/** The mandate of `position` active on `date`, if any (one President, one EVP on any date). */
export function holderOn(mandates: readonly Mandate[], position: Position, date: CalendarDate): Mandate | undefined {
  return mandates.find((mandate) => mandate.position === position && isActiveOn(mandate, date));
}

/** A member's mandates as `Member.mandates` lists them: by start date, then position. */
export function byStartDate(first: Mandate, second: Mandate): number {
  if (first.startsOn !== second.startsOn) return first.startsOn < second.startsOn ? -1 : 1;
  return rankOf(first.position) - rankOf(second.position) || (first.id < second.id ? -1 : first.id > second.id ? 1 : 0);
}
