import type { CandidacyResolvers } from '../generated/schema-types';
import { meetingOf } from './meeting-of';
import { memberReference } from './member-reference';

export const Candidacy = {
  member: (candidacy) => memberReference(candidacy.memberId),

  meeting: (candidacy, _, context) => meetingOf(candidacy.meetingId, context),
} satisfies CandidacyResolvers;
