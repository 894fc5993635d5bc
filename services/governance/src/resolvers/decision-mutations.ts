import { parseName, parseText } from '@wego/input-rules';
import type { MutationResolvers } from '../generated/schema-types';

/** G13: the longest text a decision may have. */
export const DECISION_TEXT_MAX_LENGTH = 20_000;

/** The title is held to the rules of names (1-200 characters), the text to those of texts; the register applies G13. */
export const DecisionMutations = {
  recordDecision: (_, { input }, context) =>
    context.records.decisions.record(context.actor, {
      meetingId: input.meetingId,
      kind: input.kind,
      title: parseName('title', input.title),
      text: parseText('text', input.text, DECISION_TEXT_MAX_LENGTH),
      supersedesDecisionId: input.supersedesDecisionId ?? null,
    }),
} satisfies MutationResolvers;
