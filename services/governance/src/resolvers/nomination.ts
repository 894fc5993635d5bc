import type { NominationResolvers } from '../generated/schema-types';
import { meetingOf } from './meeting-of';
import { memberReference } from './member-reference';

export const Nomination = {
  member: (nomination) => memberReference(nomination.memberId),

  meeting: (nomination, _, context) => meetingOf(nomination.meetingId, context),
} satisfies NominationResolvers;
