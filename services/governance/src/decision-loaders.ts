import DataLoader from 'dataloader';
import type { DecisionRecord } from './entities';
import type { DecisionStore } from './stores/decision-store';

/** The loaders of decisions (G13), part of each request's loaders. */
export interface DecisionLoaders {
  decisionById: DataLoader<string, DecisionRecord | null>;
  /** The meeting's decisions, by number. */
  decisionsByMeetingId: DataLoader<string, DecisionRecord[]>;
  /** The decision that supersedes the one of this id, if any. */
  decisionSupersedingId: DataLoader<string, DecisionRecord | null>;
}

export function createDecisionLoaders(decisions: DecisionStore): DecisionLoaders {
  const decisionById = new DataLoader<string, DecisionRecord | null>(async (ids) => {
    const found = new Map((await decisions.findByIds(ids)).map((decision) => [decision.id, decision]));
    return ids.map((id) => found.get(id) ?? null);
  });
  const primed = (decision: DecisionRecord): DecisionRecord => {
    decisionById.prime(decision.id, decision);
    return decision;
  };
  return {
    decisionById,
    decisionsByMeetingId: new DataLoader(async (meetingIds) => {
      const rows = await decisions.ofMeetings(meetingIds);
      return meetingIds.map((meetingId) => rows.filter((decision) => decision.meetingId === meetingId).map(primed));
    }),
    decisionSupersedingId: new DataLoader(async (ids) => {
      const bySuperseded = new Map((await decisions.supersedingAny(ids)).map((decision) => [decision.supersedesDecisionId, primed(decision)]));
      return ids.map((id) => bySuperseded.get(id) ?? null);
    }),
  };
}
