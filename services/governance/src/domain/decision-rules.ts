import type { CalendarDate } from '@wego/calendar';
import { charterViolation } from '@wego/errors';
import { DECISION_KIND_NAMES, isActivityRecord, meetingTakes, type DecisionKind } from './decision-kinds';
import { decisionReference } from './decision-reference';
import type { MeetingKind } from './meeting-kinds';

export interface MeetingOfDecision {
  id: string;
  kind: MeetingKind;
  opensOn: CalendarDate;
}

export interface RecordedDecision {
  id: string;
  meetingId: string;
  number: number;
  kind: DecisionKind;
  supersedesDecisionId: string | null;
}

/** The decision a new one would supersede, with its meeting and whatever already supersedes it. */
export interface SupersededDecision {
  decision: RecordedDecision;
  meeting: MeetingOfDecision;
  supersededBy: { decision: RecordedDecision; meeting: MeetingOfDecision } | null;
}

export interface NewDecision {
  meeting: MeetingOfDecision;
  kind: DecisionKind;
  decisionsOfMeeting: readonly RecordedDecision[];
  superseded: SupersededDecision | null;
}

const BODY_NAMES: Readonly<Record<MeetingKind, string>> = {
  GENERAL_ASSEMBLY: 'General Assembly',
  EXECUTIVE_COMMITTEE: 'Executive Committee meeting',
};

export function meetingName(meeting: { kind: MeetingKind; opensOn: CalendarDate }): string {
  return `the ${BODY_NAMES[meeting.kind]} of ${meeting.opensOn}`;
}

/** On the same day the Assembly comes after the Committee meeting: it has the later word. */
export function meetingPrecedes(earlier: MeetingOfDecision, later: MeetingOfDecision): boolean {
  if (earlier.opensOn !== later.opensOn) return earlier.opensOn < later.opensOn;
  return earlier.kind === 'EXECUTIVE_COMMITTEE' && later.kind === 'GENERAL_ASSEMBLY';
}

export function decisionsInForce<T extends RecordedDecision>(decisions: readonly T[]): T[] {
  const superseded = new Set(decisions.map((decision) => decision.supersedesDecisionId).filter((id): id is string => id !== null));
  return decisions.filter((decision) => !superseded.has(decision.id));
}

function assertSupersessionAllowed(decision: NewDecision, superseded: SupersededDecision): void {
  const reference = decisionReference(superseded.meeting, superseded.decision.number);
  if (superseded.supersededBy) {
    const by = decisionReference(superseded.supersededBy.meeting, superseded.supersededBy.decision.number);
    throw charterViolation('G13', `Decision ${reference} is already superseded by ${by}; a correction supersedes the decision in force.`);
  }
  const sameMeeting = superseded.meeting.id === decision.meeting.id;
  if (!sameMeeting && !meetingPrecedes(superseded.meeting, decision.meeting)) {
    throw charterViolation(
      'G13',
      `Decision ${reference} was taken by ${meetingName(superseded.meeting)}, after ${meetingName(decision.meeting)}; a decision supersedes only one of the same or an earlier meeting.`,
    );
  }
  if (decision.meeting.kind === 'EXECUTIVE_COMMITTEE' && superseded.meeting.kind === 'GENERAL_ASSEMBLY') {
    throw charterViolation('G13', `Decision ${reference} is the General Assembly's; a decision of the Executive Committee never supersedes one of the General Assembly.`);
  }
  if ((isActivityRecord(superseded.decision.kind) || isActivityRecord(decision.kind)) && (superseded.decision.kind !== decision.kind || !sameMeeting)) {
    throw charterViolation(
      'G13',
      `Decision ${reference} is a ${DECISION_KIND_NAMES[superseded.decision.kind]}; an activity review or plan is corrected only by one of the same kind at the same meeting, and corrects nothing else.`,
    );
  }
}

/** G13: reviews and plans are the Committee's, one of each in force per meeting. */
export function assertDecisionMayBeRecorded(decision: NewDecision, today: CalendarDate): void {
  const { meeting, kind } = decision;
  if (meeting.opensOn > today) {
    throw charterViolation('G13', `${capitalised(meetingName(meeting))} has not opened yet (today is ${today}); its decisions are recorded once it has opened.`);
  }
  if (!meetingTakes(meeting.kind, kind)) {
    throw charterViolation('G13', `A General Assembly does not adopt an ${DECISION_KIND_NAMES[kind]}; activity reviews and plans are the Executive Committee's.`);
  }
  if (decision.superseded) assertSupersessionAllowed(decision, decision.superseded);
  if (isActivityRecord(kind)) {
    const rival = decisionsInForce(decision.decisionsOfMeeting).find(
      (recorded) => recorded.kind === kind && recorded.id !== decision.superseded?.decision.id,
    );
    if (rival) {
      throw charterViolation(
        'G13',
        `${capitalised(meetingName(meeting))} already has its ${DECISION_KIND_NAMES[kind]} in force (${decisionReference(meeting, rival.number)}); a correction names it as the decision it supersedes.`,
      );
    }
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
