import type { DataSource } from 'typeorm';
import { addYears, type CalendarDate } from '@wego/calendar';
import { AbsenceRecord, CandidacyRecord, DecisionRecord, MandateRecord, MeetingRecord } from '../src/entities';
import type { CandidacyStatus } from '../src/domain/candidacy-status';
import type { DecisionKind } from '../src/domain/decision-kinds';
import type { MeetingKind } from '../src/domain/meeting-kinds';
import type { OfficeArea } from '../src/domain/office-areas';
import type { CandidacyPosition, RecordedPosition } from '../src/domain/positions';

const day = (text: string): CalendarDate => text as CalendarDate;

/** Rows written straight into the governance tables, as the write side will once it exists. */
export class GovernanceFixtures {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A regular General Assembly's host is designated three years before it opens unless told
   * otherwise, as a record migrated from before designations were kept; a cancelled one, like
   * such a record, has no designation.
   */
  meeting(
    kind: MeetingKind,
    opensOn: string,
    hostMemberId: string,
    options: { cancelled?: boolean; regular?: boolean; hostDesignatedOn?: string } = {},
  ): Promise<MeetingRecord> {
    const regular = options.regular ?? true;
    const designated = kind === 'GENERAL_ASSEMBLY' && regular && !options.cancelled;
    return this.dataSource.getRepository(MeetingRecord).save({
      kind,
      opensOn: day(opensOn),
      hostMemberId,
      regular,
      hostDesignatedOn: designated ? (options.hostDesignatedOn ? day(options.hostDesignatedOn) : addYears(day(opensOn), -3)) : null,
      cancelledAt: options.cancelled ? new Date() : null,
      cancelledOn: options.cancelled ? day('2026-01-01') : null,
    });
  }

  mandate(
    memberId: string,
    position: RecordedPosition,
    startsOn: string,
    endsOn: string,
    options: { area?: OfficeArea; sourceMeetingId?: string } = {},
  ): Promise<MandateRecord> {
    return this.dataSource.getRepository(MandateRecord).save({
      memberId,
      position,
      startsOn: day(startsOn),
      endsOn: day(endsOn),
      area: options.area ?? null,
      sourceMeetingId: options.sourceMeetingId ?? null,
    });
  }

  candidacy(meetingId: string, memberId: string, position: CandidacyPosition, receivedOn: string, status: CandidacyStatus): Promise<CandidacyRecord> {
    return this.dataSource.getRepository(CandidacyRecord).save({ meetingId, memberId, position, receivedOn: day(receivedOn), status });
  }

  decision(meeting: MeetingRecord, number: number, kind: DecisionKind, title: string, supersedesDecisionId: string | null = null): Promise<DecisionRecord> {
    return this.dataSource.getRepository(DecisionRecord).save({
      meetingId: meeting.id,
      meetingKind: meeting.kind,
      adoptedOn: meeting.opensOn,
      number,
      kind,
      title,
      text: `${title}.`,
      supersedesDecisionId,
    });
  }

  async absence(meetingId: string, memberId: string): Promise<void> {
    await this.dataSource.getRepository(AbsenceRecord).insert({ meetingId, memberId });
  }

  async auditEntry(entityId: string, operation: string, after: unknown): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO governance.audit_entry (actor, role, operation, entity_type, entity_id, before, after, request_id)
       VALUES ('officer@test', 'secretariat', $1, 'Meeting', $2, NULL, $3, 'fixture')`,
      [operation, entityId, JSON.stringify(after)],
    );
  }
}
