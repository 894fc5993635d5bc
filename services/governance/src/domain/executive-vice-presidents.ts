import { addDays, addYears, type CalendarDate } from '@wego/calendar';
import type { Mandate } from './mandate';

/** A General Assembly that was not cancelled, as G9 needs it. */
export interface GeneralAssembly {
  id: string;
  opensOn: CalendarDate;
  hostMemberId: string;
}

const EVP_ID_PREFIX = 'evp:';

export function evpMandateId(meetingId: string): string {
  return EVP_ID_PREFIX + meetingId;
}

/** The General Assembly an `evp:` mandate id names; null for any other id. */
export function meetingIdOfEvpMandate(mandateId: string): string | null {
  return mandateId.startsWith(EVP_ID_PREFIX) ? mandateId.slice(EVP_ID_PREFIX.length) : null;
}

function byOpeningDate(first: GeneralAssembly, second: GeneralAssembly): number {
  if (first.opensOn !== second.opensOn) return first.opensOn < second.opensOn ? -1 : 1;
  return first.id < second.id ? -1 : first.id > second.id ? 1 : 0;
}

/**
 * G9: each General Assembly's host is Executive Vice President from the day after the previous
 * General Assembly opened (for the first on record: three years before it opens) to its own
 * opening day. So on any date the EVP is the host of the earliest General Assembly opening on or
 * after it.
 */
export function evpMandatesOf(assemblies: readonly GeneralAssembly[]): Mandate[] {
  const ordered = [...assemblies].sort(byOpeningDate);
  const mandates: Mandate[] = [];
  ordered.forEach((assembly, index) => {
    const previous = ordered[index - 1];
    const startsOn = previous ? addDays(previous.opensOn, 1) : addYears(assembly.opensOn, -3);
    // Two assemblies opening the same day leave the later one no day of its own to be EVP on.
    if (startsOn > assembly.opensOn) return;
    mandates.push({
      id: evpMandateId(assembly.id),
      memberId: assembly.hostMemberId,
      position: 'EXECUTIVE_VICE_PRESIDENT',
      startsOn,
      endsOn: assembly.opensOn,
      area: null,
    });
  });
  return mandates;
}
