import { forbidden } from '@wego/errors';
import { isSecretariat } from '@wego/identity';
import { candidacyDeadlineOf } from '../domain/candidacy-deadline';
import type { MeetingResolvers } from '../generated/schema-types';
import { chairIdOf } from './meeting-chair';
import { memberReference } from './member-reference';

export const Meeting = {
  __resolveReference: (reference, context) => context.loaders.meetingById.load(reference.id),

  host: (meeting) => memberReference(meeting.hostMemberId),

  candidacyDeadline: (meeting) => candidacyDeadlineOf(meeting),

  hostDesignatedOn: (meeting) => meeting.hostDesignatedOn,

  cancelled: (meeting) => meeting.cancelledAt !== null,

  cancelledOn: (meeting) => meeting.cancelledOn,

  async chair(meeting, _, context) {
    const chairId = await chairIdOf(meeting, context);
    return chairId ? memberReference(chairId) : null;
  },

  candidacies: (meeting, _, context) => context.loaders.candidaciesByMeetingId.load(meeting.id),

  nominations: (meeting, _, context) => (meeting.kind === 'EXECUTIVE_COMMITTEE' ? context.loaders.nominationsByMeetingId.load(meeting.id) : []),
  decisions: (meeting, _, context) => context.loaders.decisionsByMeetingId.load(meeting.id),

  auditTrail(meeting, _, context) {
    if (!isSecretariat(context.viewer)) throw forbidden('Only the Secretariat may read the audit trail.');
    return context.loaders.auditTrailByMeetingId.load(meeting.id);
  },
} satisfies MeetingResolvers;
