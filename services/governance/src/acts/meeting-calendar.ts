import type { EntityManager } from 'typeorm';
import type { Actor } from '@wego/audit';
import { earlierOf, type CalendarDate } from '@wego/calendar';
import { badUserInput, charterViolation, notFound } from '@wego/errors';
import { requireSecretariat } from '@wego/identity';
import type { MeetingRecord } from '../entities';
import type { MeetingKind } from '../domain/meeting-kinds';
import { goodStandingShortfall } from '../domain/standing';
import type { OnBehalfOf } from '../neighbours/entities-request';
import { knownMember } from '../neighbours/known-members';
import { MemberNamingAct } from './member-naming-act';

export interface NewMeeting {
  kind: MeetingKind;
  opensOn: CalendarDate;
  hostMemberId: string;
  /** False for an extraordinary meeting; regular when omitted. */
  regular?: boolean | null;
  /** For a regular General Assembly: the day its host was designated; today (or the opening day, if earlier) when omitted. */
  hostDesignatedOn?: CalendarDate | null;
}

function snapshot(meeting: MeetingRecord): Record<string, unknown> {
  return { ...meeting };
}

/** Scheduling and cancelling meetings: G1, G2, the host of a regular General Assembly (G9). */
export class MeetingCalendar extends MemberNamingAct {
  async schedule(actor: Actor, onBehalfOf: OnBehalfOf, meeting: NewMeeting): Promise<MeetingRecord> {
    requireSecretariat(actor.viewer, 'schedule meetings');
    const regular = meeting.regular ?? true;
    const designates = meeting.kind === 'GENERAL_ASSEMBLY' && regular;
    if (!designates && meeting.hostDesignatedOn) {
      throw badUserInput('input.hostDesignatedOn', 'Only the host of a regular General Assembly is designated Executive Vice President; leave hostDesignatedOn out for this meeting.');
    }
    const host = await knownMember(this.directory, meeting.hostMemberId, onBehalfOf);
    if (host.joinedOn > meeting.opensOn) {
      throw charterViolation('G1', `The host must be a member on the opening day, and it joined WeGO on ${host.joinedOn}, after ${meeting.opensOn}.`);
    }
    await this.assertDayFree(this.writes.reads, meeting.kind, regular, meeting.opensOn);
    const hostDesignatedOn = designates ? this.designationOf(meeting.opensOn, meeting.hostDesignatedOn ?? null) : null;
    if (designates) {
      const shortfall = goodStandingShortfall(host);
      if (shortfall) {
        throw charterViolation('G9', `The host of a regular General Assembly becomes Executive Vice President and must be in good standing, but ${shortfall}.`);
      }
    }
    return this.writes.run(actor, 'scheduleMeeting', async (write) => {
      await this.assertDayFree(write.manager, meeting.kind, regular, meeting.opensOn);
      const scheduled = await write.committee.insertMeeting(write.manager, {
        kind: meeting.kind,
        opensOn: meeting.opensOn,
        hostMemberId: meeting.hostMemberId,
        regular,
        hostDesignatedOn,
      });
      await write.audit({ entityType: 'Meeting', entityId: scheduled.id, before: null, after: snapshot(scheduled) });
      return scheduled;
    });
  }

  /** Cancels a meeting without election results, as of today; cancelling it again changes nothing. */
  async cancel(actor: Actor, meetingId: string, at: Date): Promise<MeetingRecord> {
    requireSecretariat(actor.viewer, 'cancel meetings');
    const { meetings, mandates, decisions } = this.writes.stores;
    const today = this.clock.today();
    return this.writes.run(actor, 'cancelMeeting', async (write) => {
      const meeting = await meetings.findById(write.manager, meetingId);
      if (!meeting) throw notFound(`No meeting has the id ${meetingId}.`);
      if (meeting.cancelledAt) return meeting;
      if (await mandates.anyFromMeeting(write.manager, meetingId)) {
        throw charterViolation('G7', `The General Assembly of ${meeting.opensOn} has recorded election results; a meeting with results cannot be cancelled.`);
      }
      if (await this.writes.stores.nominations.anyAt(write.manager, meetingId)) {
        throw charterViolation('G10', `The Executive Committee meeting of ${meeting.opensOn} has recorded nominations for Vice President; a meeting with nominations cannot be cancelled.`);
      }
      if (await decisions.anyOfMeeting(write.manager, meetingId)) {
        throw charterViolation('G13', `Decisions of the meeting of ${meeting.opensOn} are on record; a meeting with decisions cannot be cancelled.`);
      }
      const cancelled = { ...meeting, cancelledAt: at, cancelledOn: today };
      await write.committee.cancelMeeting(write.manager, meetingId, at, today);
      await write.audit({ entityType: 'Meeting', entityId: meetingId, before: snapshot(meeting), after: snapshot(cancelled) });
      return cancelled;
    });
  }

  /** G9: a designation is recorded as made on or before today and the opening day; it defaults to the earlier of them. */
  private designationOf(opensOn: CalendarDate, given: CalendarDate | null): CalendarDate {
    const today = this.clock.today();
    if (!given) return earlierOf(today, opensOn);
    if (given > today) throw charterViolation('G9', `A host's designation is recorded once made: ${given} is after today (${today}).`);
    if (given > opensOn) throw charterViolation('G9', `The host is designated by the day the General Assembly opens (${opensOn}), not on ${given}.`);
    return given;
  }

  /** G1: two General Assemblies never open on the same day; G2: one regular Committee meeting a calendar year. */
  private async assertDayFree(manager: EntityManager, kind: MeetingKind, regular: boolean, opensOn: CalendarDate): Promise<void> {
    const { meetings } = this.writes.stores;
    if (kind === 'GENERAL_ASSEMBLY') {
      const sameDay = await meetings.assemblyOpeningOn(manager, opensOn);
      if (sameDay) throw charterViolation('G1', `A General Assembly already opens on ${opensOn}; two General Assemblies never open on the same day.`);
      return;
    }
    if (!regular) return;
    const existing = await meetings.executiveCommitteeInYearOf(manager, opensOn);
    if (existing) {
      throw charterViolation(
        'G2',
        `The Executive Committee meets once a year, and its regular ${opensOn.slice(0, 4)} meeting is already scheduled for ${existing.opensOn}; an extraordinary meeting (regular: false) may be held on any day.`,
      );
    }
  }
}
