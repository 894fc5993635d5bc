import { parseName, parseText } from '@wego/input-rules';
import type { GovernanceContext } from '../context';
import type { DecisionKind } from '../domain/decision-kinds';

/** G13: the longest text a decision may have. */
export const DECISION_TEXT_MAX_LENGTH = 20_000;

export interface RecordDecisionInput {
  meetingId: string;
  kind: DecisionKind;
  title: string;
  text: string;
  supersedesDecisionId?: string | null;
}

/** The title is held to the rules of names (1-200 characters), the text to those of texts; the register applies G13. */
export const DecisionMutations = {
  recordDecision: (_: unknown, { input }: { input: RecordDecisionInput }, context: GovernanceContext) =>
    context.records.decisions.record(context.actor, {
      meetingId: input.meetingId,
      kind: input.kind,
      title: parseName('title', input.title),
      text: parseText('text', input.text, DECISION_TEXT_MAX_LENGTH),
      supersedesDecisionId: input.supersedesDecisionId ?? null,
    }),
};
