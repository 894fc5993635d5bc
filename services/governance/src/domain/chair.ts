import type { CalendarDate } from '@wego/calendar';
import { isActiveOn, type Mandate } from './mandate';

/**
 * G12: a meeting is chaired by the member that is President on its opening date, or by the
 * Executive Vice President of that date when the President is recorded absent; null when no
 * President sits. `mandates` must hold every mandate active on the opening date, the EVP's included.
 */
export function chairOf(opensOn: CalendarDate, mandates: readonly Mandate[], absentMemberIds: ReadonlySet<string>): string | null {
  const active = mandates.filter((mandate) => isActiveOn(mandate, opensOn));
  const president = active.find((mandate) => mandate.position === 'PRESIDENT');
  if (!president) return null;
  if (!absentMemberIds.has(president.memberId)) return president.memberId;
  return active.find((mandate) => mandate.position === 'EXECUTIVE_VICE_PRESIDENT')?.memberId ?? null;
}
