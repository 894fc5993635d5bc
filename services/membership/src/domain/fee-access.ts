import type { Viewer } from '@wego/identity';
import { forbidden } from '@wego/errors';

/** The serving office (O3) comes from regional-offices through federation, never from the caller. */
export function assertMayReadFees(viewer: Viewer, memberId: string, servingOfficeId: string | undefined): void {
  switch (viewer.role) {
    case 'secretariat':
      return;
    case 'member':
      if (viewer.memberId === memberId) return;
      break;
    case 'office':
      if (servingOfficeId !== undefined && viewer.officeId === servingOfficeId) return;
      break;
    case 'anonymous':
      break;
  }
  throw forbidden("Only the Secretariat, the member itself and the office that serves it may read a member's fees.");
}
