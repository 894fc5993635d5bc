import { decisionReference } from '../domain/decision-reference';
import type { DecisionResolvers } from '../generated/schema-types';
import { meetingOf } from './meeting-of';

export const Decision = {
  __resolveReference: (reference, context) => context.loaders.decisionById.load(reference.id),

  meeting: (decision, _, context) => meetingOf(decision.meetingId, context),

  reference: (decision) => decisionReference({ kind: decision.meetingKind, opensOn: decision.adoptedOn }, decision.number),

  supersedes: (decision, _, context) => (decision.supersedesDecisionId === null ? null : context.loaders.decisionById.load(decision.supersedesDecisionId)),

  supersededBy: (decision, _, context) => context.loaders.decisionSupersedingId.load(decision.id),
} satisfies DecisionResolvers;
