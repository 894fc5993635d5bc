import type { GovernanceContext } from '../context';
import type { CandidacyView } from '../loaders';
import { memberReference } from './member-reference';

export const Candidacy = {
  member: (candidacy: CandidacyView) => memberReference(candidacy.memberId),

  meeting: (candidacy: CandidacyView, _: unknown, context: GovernanceContext) => context.loaders.meetingById.load(candidacy.meetingId),
};
