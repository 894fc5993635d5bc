import type { EntityManager } from 'typeorm';
import type { Actor } from '@wego/audit';
import type { CalendarDate, Clock } from '@wego/calendar';
import { isUniqueViolation } from '@wego/database';
import { charterViolation, conflict, notFound } from '@wego/errors';
import { requireSecretariat } from '@wego/identity';
import type { DecisionRecord } from '../entities';
import type { DecisionKind } from '../domain/decision-kinds';
import { decisionReference } from '../domain/decision-reference';
import { assertDecisionMayBeRecorded, type MeetingOfDecision, type NewDecision } from '../domain/decision-rules';
import { DECISION_SUPERSEDED_AT_MOST_ONCE, ONE_DECISION_PER_NUMBER_AND_MEETING } from '../stores/decision-store';
import type { GovernanceWrites } from './governance-writes';
import { meetingOnRecord } from './meeting-on-record';

/** A decision as the Secretariat reports it, its title and text already checked by the input rules. */
export interface DecisionToRecord {
  meetingId: string;
  kind: DecisionKind;
  title: string;
  text: string;
  supersedesDecisionId: string | null;
}

function meetingOf(decision: DecisionRecord): MeetingOfDecision {
  return { id: decision.meetingId, kind: decision.meetingKind, opensOn: decision.adoptedOn };
}

/** What meetings decided (G13): numbered within their meeting, never edited, corrected by decisions that supersede them. */
export class DecisionRegister {
  constructor(
    private readonly writes: GovernanceWrites,
    private readonly clock: Clock,
  ) {}

  async record(actor: Actor, decision: DecisionToRecord): Promise<DecisionRecord> {
    requireSecretariat(actor.viewer, 'record decisions');
    const today = this.clock.today();
    // Checked before the lock too, so that a refusal costs none; checked again under it, where it counts.
    await this.assertMayBeRecorded(this.writes.reads, decision, today);
    try {
      return await this.writes.run(actor, 'recordDecision', async (write) => {
        const meeting = await this.assertMayBeRecorded(write.manager, decision, today);
        const number = await this.writes.stores.decisions.nextNumber(write.manager, meeting.id);
        const recorded = await this.writes.stores.decisions.insert(write.manager, {
          ...decision,
          meetingKind: meeting.kind,
          adoptedOn: meeting.opensOn,
          number,
        });
        await write.audit({ entityType: 'Decision', entityId: recorded.id, before: null, after: { ...recorded, reference: decisionReference(meeting, number) } });
        return recorded;
      });
    } catch (error) {
      throw translatedConstraint(error);
    }
  }

  /** NOT_FOUND first (the meeting, the decision superseded), then G13; answers the meeting. */
  private async assertMayBeRecorded(manager: EntityManager, decision: DecisionToRecord, today: CalendarDate): Promise<MeetingOfDecision> {
    const { meetings, decisions } = this.writes.stores;
    const meeting = await meetingOnRecord(meetings, manager, decision.meetingId);
    let superseded: NewDecision['superseded'] = null;
    if (decision.supersedesDecisionId !== null) {
      const earlier = await decisions.findById(manager, decision.supersedesDecisionId);
      if (!earlier) throw notFound(`No decision has the id ${decision.supersedesDecisionId}.`);
      const [by] = await decisions.supersedingAny([earlier.id], manager);
      superseded = { decision: earlier, meeting: meetingOf(earlier), supersededBy: by ? { decision: by, meeting: meetingOf(by) } : null };
    }
    const decisionsOfMeeting = await decisions.ofMeetings([meeting.id], manager);
    assertDecisionMayBeRecorded({ meeting, kind: decision.kind, decisionsOfMeeting, superseded }, today);
    return meeting;
  }
}

/** The constraints back the checks made under the lock; a write reaching them outside this API still meets G13. */
function translatedConstraint(error: unknown): unknown {
  if (isUniqueViolation(error, DECISION_SUPERSEDED_AT_MOST_ONCE)) {
    return charterViolation('G13', 'That decision is already superseded; a correction supersedes the decision in force.');
  }
  if (isUniqueViolation(error, ONE_DECISION_PER_NUMBER_AND_MEETING)) {
    return conflict('Another decision of this meeting was recorded at the same moment; record this one again.');
  }
  return error;
}
