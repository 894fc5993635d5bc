import type { DecisionRecord } from '../entities';
import type { GovernanceContext } from '../context';
import { decisionReference } from '../domain/decision-reference';

export const Decision = {
  __resolveReference: (reference: { id: string }, context: GovernanceContext) => context.loaders.decisionById.load(reference.id),

  meeting: (decision: DecisionRecord, _: unknown, context: GovernanceContext) => context.loaders.meetingById.load(decision.meetingId),

  reference: (decision: DecisionRecord) => decisionReference({ kind: decision.meetingKind, opensOn: decision.adoptedOn }, decision.number),

  supersedes: (decision: DecisionRecord, _: unknown, context: GovernanceContext) =>
    decision.supersedesDecisionId === null ? null : context.loaders.decisionById.load(decision.supersedesDecisionId),

  supersededBy: (decision: DecisionRecord, _: unknown, context: GovernanceContext) => context.loaders.decisionSupersedingId.load(decision.id),
};
