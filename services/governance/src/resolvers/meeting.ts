import { forbidden } from '@wego/errors';
import { isSecretariat } from '@wego/identity';
import type { MeetingRecord } from '../entities';
import type { GovernanceContext } from '../context';
import { candidacyDeadlineOf } from '../domain/candidacy-deadline';
import { chairIdOf } from './meeting-chair';
import { memberReference } from './member-reference';

export const Meeting = {
  __resolveReference: (reference: { id: string }, context: GovernanceContext) => context.loaders.meetingById.load(reference.id),

  host: (meeting: MeetingRecord) => memberReference(meeting.hostMemberId),

  candidacyDeadline: (meeting: MeetingRecord) => candidacyDeadlineOf(meeting),

  hostDesignatedOn: (meeting: MeetingRecord) => meeting.hostDesignatedOn,

  cancelled: (meeting: MeetingRecord) => meeting.cancelledAt !== null,

  cancelledOn: (meeting: MeetingRecord) => meeting.cancelledOn,

  async chair(meeting: MeetingRecord, _: unknown, context: GovernanceContext) {
    const chairId = await chairIdOf(meeting, context);
    return chairId ? memberReference(chairId) : null;
  },

  candidacies: (meeting: MeetingRecord, _: unknown, context: GovernanceContext) => context.loaders.candidaciesByMeetingId.load(meeting.id),

  nominations: (meeting: MeetingRecord, _: unknown, context: GovernanceContext) =>
    meeting.kind === 'EXECUTIVE_COMMITTEE' ? context.loaders.nominationsByMeetingId.load(meeting.id) : [],
  decisions: (meeting: MeetingRecord, _: unknown, context: GovernanceContext) => context.loaders.decisionsByMeetingId.load(meeting.id),

  auditTrail(meeting: MeetingRecord, _: unknown, context: GovernanceContext) {
    if (!isSecretariat(context.viewer)) throw forbidden('Only the Secretariat may read the audit trail.');
    return context.loaders.auditTrailByMeetingId.load(meeting.id);
  },
};
