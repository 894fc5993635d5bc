import { lastCommitteeMeetingBy, missingActivityRecords } from '../../src/domain/activity-records-issue';
import type { DecisionKind } from '../../src/domain/decision-kinds';
import { decisionReference } from '../../src/domain/decision-reference';
import { assertDecisionMayBeRecorded, decisionsInForce, meetingPrecedes, type MeetingOfDecision, type RecordedDecision } from '../../src/domain/decision-rules';
import { day } from './dates';

const TODAY = day('2026-11-27');
const assembly2025: MeetingOfDecision = { id: 'ga-2025', kind: 'GENERAL_ASSEMBLY', opensOn: day('2025-10-01') };
const committee2025: MeetingOfDecision = { id: 'excom-2025', kind: 'EXECUTIVE_COMMITTEE', opensOn: day('2025-10-01') };
const committee2026: MeetingOfDecision = { id: 'excom-2026', kind: 'EXECUTIVE_COMMITTEE', opensOn: day('2026-11-27') };
const committee2027: MeetingOfDecision = { id: 'excom-2027', kind: 'EXECUTIVE_COMMITTEE', opensOn: day('2027-06-15') };

let next = 0;
const decided = (meeting: MeetingOfDecision, number: number, kind: DecisionKind, supersedesDecisionId: string | null = null): RecordedDecision => ({
  id: `d${(next += 1)}`,
  meetingId: meeting.id,
  number,
  kind,
  supersedesDecisionId,
});

function refusal(attempt: () => void): string {
  try {
    attempt();
  } catch (error) {
    const { extensions, message } = error as { extensions: { rule: string }; message: string };
    return `${extensions.rule}: ${message}`;
  }
  return 'accepted';
}

describe('G13 references', () => {
  it('cite the body, the opening day and the number', () => {
    expect(decisionReference(committee2027, 2)).toBe('EXCOM-2027-06-15-2');
    expect(decisionReference(assembly2025, 11)).toBe('GA-2025-10-01-11');
  });
});

describe('G13 what a meeting may decide', () => {
  it('takes a meeting on its opening day, and refuses it the day before', () => {
    expect(refusal(() => assertDecisionMayBeRecorded({ meeting: committee2026, kind: 'RESOLUTION', decisionsOfMeeting: [], superseded: null }, TODAY))).toBe('accepted');
    expect(refusal(() => assertDecisionMayBeRecorded({ meeting: committee2026, kind: 'RESOLUTION', decisionsOfMeeting: [], superseded: null }, day('2026-11-26')))).toMatch(
      /^G13: The Executive Committee meeting of 2026-11-27 has not opened yet/,
    );
  });

  it('counts only reviews and plans in force as a second one', () => {
    const review = decided(committee2025, 1, 'ACTIVITY_REVIEW');
    const correction = decided(committee2025, 2, 'ACTIVITY_REVIEW', review.id);
    const both = [review, correction];
    expect(decisionsInForce(both)).toEqual([correction]);
    expect(refusal(() => assertDecisionMayBeRecorded({ meeting: committee2025, kind: 'ACTIVITY_REVIEW', decisionsOfMeeting: both, superseded: null }, TODAY))).toContain(
      'already has its activity review in force (EXCOM-2025-10-01-2)',
    );
    expect(refusal(() => assertDecisionMayBeRecorded({ meeting: committee2025, kind: 'ACTIVITY_PLAN', decisionsOfMeeting: both, superseded: null }, TODAY))).toBe('accepted');
    const superseded = { decision: correction, meeting: committee2025, supersededBy: null };
    expect(refusal(() => assertDecisionMayBeRecorded({ meeting: committee2025, kind: 'ACTIVITY_REVIEW', decisionsOfMeeting: both, superseded }, TODAY))).toBe('accepted');
  });

  it('orders meetings by opening day, a Committee meeting before the Assembly of its day', () => {
    expect(meetingPrecedes(committee2025, assembly2025)).toBe(true);
    expect(meetingPrecedes(assembly2025, committee2025)).toBe(false);
    expect(meetingPrecedes(assembly2025, committee2026)).toBe(true);
    expect(meetingPrecedes(committee2026, committee2025)).toBe(false);
    expect(meetingPrecedes(committee2025, committee2025)).toBe(false);
  });
});

describe('G13 the activity review and plan of the last Committee meeting', () => {
  const meetings = [assembly2025, committee2025, committee2026, committee2027];

  it('asks of the last Committee meeting opened by the date', () => {
    expect(lastCommitteeMeetingBy(day('2025-09-30'), meetings)).toBeNull();
    expect(lastCommitteeMeetingBy(day('2026-11-26'), meetings)).toBe(committee2025);
    expect(lastCommitteeMeetingBy(day('2026-11-27'), meetings)).toBe(committee2026);
  });

  it('reports from the 30th day after the opening, naming what is missing', () => {
    expect(missingActivityRecords(day('2025-10-30'), committee2025, [])).toBeNull();
    expect(missingActivityRecords(day('2025-10-31'), committee2025, [])?.message).toContain('2025-10-01 has no activity review and no activity plan');
    const review = decided(committee2025, 1, 'ACTIVITY_REVIEW');
    expect(missingActivityRecords(day('2025-10-31'), committee2025, [review])?.message).toContain('2025-10-01 has no activity plan recorded');
    expect(missingActivityRecords(day('2025-10-31'), committee2025, [review, decided(committee2025, 2, 'ACTIVITY_PLAN')])).toBeNull();
    expect(missingActivityRecords(day('2027-01-01'), null, [])).toBeNull();
  });
});
