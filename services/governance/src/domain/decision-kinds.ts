import type { MeetingKind } from './meeting-kinds';

export const DECISION_KINDS = ['RESOLUTION', 'ACTIVITY_REVIEW', 'ACTIVITY_PLAN'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** The two records the Executive Committee keeps each time it convenes (G13): at most one of each in force per meeting. */
export type ActivityRecordKind = Exclude<DecisionKind, 'RESOLUTION'>;

export function isActivityRecord(kind: DecisionKind): kind is ActivityRecordKind {
  return kind !== 'RESOLUTION';
}

/** G13: any meeting adopts resolutions; only the Executive Committee reviews and plans activities. */
export function meetingTakes(meetingKind: MeetingKind, kind: DecisionKind): boolean {
  return !isActivityRecord(kind) || meetingKind === 'EXECUTIVE_COMMITTEE';
}

/** How a sentence names a kind of decision. */
export const DECISION_KIND_NAMES: Readonly<Record<DecisionKind, string>> = {
  RESOLUTION: 'resolution',
  ACTIVITY_REVIEW: 'activity review',
  ACTIVITY_PLAN: 'activity plan',
};
