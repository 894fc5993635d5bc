import type { GovernanceContext } from '../context';
import type { NominationRecord } from '../entities';
import { memberReference } from './member-reference';

export const Nomination = {
  member: (nomination: NominationRecord) => memberReference(nomination.memberId),

  meeting: (nomination: NominationRecord, _: unknown, context: GovernanceContext) => context.loaders.meetingById.load(nomination.meetingId),
};
