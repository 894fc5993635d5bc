import type { EntityManager } from 'typeorm';
import type { Actor } from '@wego/audit';
import type { CalendarDate } from '@wego/calendar';
import { charterViolation, notFound } from '@wego/errors';
import { requireSecretariat } from '@wego/identity';
import type { MeetingRecord } from '../entities';
import type { MeetingKind } from '../domain/meeting-kinds';
import { goodStandingShortfall } from '../domain/standing';
import type { OnBehalfOf } from '../neighbours/entities-request';
import type { MembershipDirectory } from '../neighbours/membership-directory';
import type { GovernanceWrites } from './governance-writes';
import { knownMember } from './member-facts';

export interface NewMeeting {
  kind: MeetingKind;
  opensOn: CalendarDate;
  hostMemberId: string;
}

function snapshot(meeting: MeetingRecord): Record<string, unknown> {
  return { ...meeting };
}

/** Scheduling and cancelling meetings: G1, G2, the host of a General Assembly (G9). */
export class MeetingCalendar {
  constructor(
    private readonly writes: GovernanceWrites,
    private readonly directory: MembershipDirectory,
  ) {}

  async schedule(actor: Actor, onBehalfOf: OnBehalfOf, meeting: NewMeeting): Promise<MeetingRecord> {
    requireSecretariat(actor.viewer, 'schedule meetings');
    const { meetings } = this.writes.stores;
    if (meeting.kind === 'EXECUTIVE_COMMITTEE') await this.assertNoCommitteeMeetingThatYear(this.writes.reads, meeting.opensOn);
    const host = await knownMember(this.directory, meeting.hostMemberId, onBehalfOf);
    if (meeting.kind === 'GENERAL_ASSEMBLY') {
      const shortfall = goodStandingShortfall(host);
      if (shortfall) {
        throw charterViolation('G9', `The host of a General Assembly becomes Executive Vice President and must be in good standing, but ${shortfall}.`);
      }
    }
    return this.writes.run(actor, 'scheduleMeeting', async (write) => {
      if (meeting.kind === 'EXECUTIVE_COMMITTEE') await this.assertNoCommitteeMeetingThatYear(write.manager, meeting.opensOn);
      const scheduled = await meetings.insert(write.manager, meeting);
      await write.audit({ entityType: 'Meeting', entityId: scheduled.id, before: null, after: snapshot(scheduled) });
      return scheduled;
    });
  }

  /** Cancels a meeting without election results; cancelling it again changes nothing. */
  async cancel(actor: Actor, meetingId: string, at: Date): Promise<MeetingRecord> {
    requireSecretariat(actor.viewer, 'cancel meetings');
    const { meetings, mandates, decisions } = this.writes.stores;
    return this.writes.run(actor, 'cancelMeeting', async (write) => {
      const meeting = await meetings.findById(write.manager, meetingId);
      if (!meeting) throw notFound(`No meeting has the id ${meetingId}.`);
      if (meeting.cancelledAt) return meeting;
      if (await mandates.anyFromMeeting(write.manager, meetingId)) {
        throw charterViolation('G7', `The General Assembly of ${meeting.opensOn} has recorded election results; a meeting with results cannot be cancelled.`);
      }
      if (await decisions.anyOfMeeting(write.manager, meetingId)) {
        throw charterViolation('G13', `Decisions of the meeting of ${meeting.opensOn} are on record; a meeting with decisions cannot be cancelled.`);
      }
      const cancelled = { ...meeting, cancelledAt: at };
      await meetings.cancel(write.manager, meetingId, at);
      await write.audit({ entityType: 'Meeting', entityId: meetingId, before: snapshot(meeting), after: snapshot(cancelled) });
      return cancelled;
    });
  }

  private async assertNoCommitteeMeetingThatYear(manager: EntityManager, opensOn: CalendarDate): Promise<void> {
    const existing = await this.writes.stores.meetings.executiveCommitteeInYearOf(manager, opensOn);
    if (existing) {
      throw charterViolation(
        'G2',
        `The Executive Committee meets once a year, and its ${opensOn.slice(0, 4)} meeting is already scheduled for ${existing.opensOn}.`,
      );
    }
  }
}
