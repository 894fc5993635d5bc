import type { CandidacyPosition } from './positions';

export const CANDIDACY_STATUSES = ['SUBMITTED', 'ELECTED', 'NOT_ELECTED', 'WITHDRAWN'] as const;
export type CandidacyStatus = (typeof CANDIDACY_STATUSES)[number];

/** What G7 needs of a candidacy. */
export interface CandidacyStanding {
  position: CandidacyPosition;
  status: CandidacyStatus;
}

/** G7: once one is elected, the others still submitted for that position read NOT_ELECTED. */
export function readStatusOf(candidacy: CandidacyStanding, ofSameMeeting: readonly CandidacyStanding[]): CandidacyStatus {
  if (candidacy.status !== 'SUBMITTED') return candidacy.status;
  const decided = ofSameMeeting.some((other) => other.position === candidacy.position && other.status === 'ELECTED');
  return decided ? 'NOT_ELECTED' : 'SUBMITTED';
}
