import type { CalendarDate } from '@wego/calendar';
import { charterViolation, forbidden, unauthenticated } from '@wego/errors';
import type { Viewer } from '@wego/identity';
import { holderOn, type Mandate } from './mandate';

/** A recorded mandate as revocation needs it. */
export interface RevocableMandate {
  id: string;
  position: Mandate['position'];
  startsOn: CalendarDate;
  appointedByMemberId: string | null;
  revoked: boolean;
}

/** Who may revoke at all: the appointing President City (a member token, checked against the record) or the Secretariat. */
export function assertMayRevoke(viewer: Viewer): void {
  if (viewer.role === 'anonymous') throw unauthenticated('Sign in to revoke a Vice President appointment.');
  if (viewer.role === 'office') throw forbidden('A Vice President appointment is revoked by the President City that made it, or by the Secretariat.');
}

/** G10: only an appointment not yet begun can be revoked; false when it already is. */
export function mustRevoke(viewer: Viewer, mandate: RevocableMandate, history: readonly Mandate[], today: CalendarDate): boolean {
  assertMayRevoke(viewer);
  if (mandate.position !== 'VICE_PRESIDENT') {
    throw charterViolation('G10', `Only a Vice President appointment can be revoked; this mandate is ${mandate.position}.`);
  }
  if (viewer.role === 'member') {
    const presidentToday = holderOn(history, 'PRESIDENT', today);
    if (mandate.appointedByMemberId !== viewer.memberId) {
      throw charterViolation('G10', 'A Vice President appointment is revoked by the President City that made it, or by the Secretariat; another member made this one.');
    }
    if (presidentToday?.memberId !== viewer.memberId) {
      throw charterViolation('G10', `A President City revokes its appointments while it is in office, and today (${today}) this member is not President.`);
    }
  }
  if (mandate.revoked) return false;
  if (mandate.startsOn <= today) {
    throw charterViolation('G10', `This Vice President mandate began on ${mandate.startsOn}; only one not yet begun can be revoked (end it with endMandate instead).`);
  }
  return true;
}
