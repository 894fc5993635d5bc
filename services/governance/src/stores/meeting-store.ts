import type { DataSource, EntityManager } from 'typeorm';
import type { CalendarDate } from '@wego/calendar';
import { rowsWhereAny } from '@wego/database';
import { MeetingRecord } from '../entities';
import type { MeetingKind } from '../domain/meeting-kinds';
import { isRecordId } from './record-ids';

/** G2 in the database: at most one Executive Committee meeting per calendar year. */
export const ONE_EXECUTIVE_COMMITTEE_MEETING_A_YEAR = 'one_executive_committee_meeting_a_year';

/** SQL of meetings: reads in batches, writes inside the caller's transaction. */
export class MeetingStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The meetings of these ids, cancelled ones included. */
  findByIds(ids: readonly string[]): Promise<MeetingRecord[]> {
    return rowsWhereAny(this.dataSource.manager, MeetingRecord, ids, { valid: isRecordId });
  }

  /** The meetings not cancelled (or all, when asked), by opening date then id; of one kind when `kind` is given. */
  listed(kind: MeetingKind | null, manager: EntityManager = this.dataSource.manager, includeCancelled = false): Promise<MeetingRecord[]> {
    const query = manager.getRepository(MeetingRecord).createQueryBuilder('m').where(includeCancelled ? 'TRUE' : 'm.cancelledAt IS NULL');
    if (kind) query.andWhere('m.kind = :kind', { kind });
    return query.orderBy('m.opensOn', 'ASC').addOrderBy('m.id', 'ASC').getMany();
  }

  /** Every General Assembly on record, cancelled ones included: G9 reads each day's EVP from them. */
  assembliesOnRecord(manager: EntityManager = this.dataSource.manager): Promise<MeetingRecord[]> {
    return this.listed('GENERAL_ASSEMBLY', manager, true);
  }

  /** G1: a General Assembly not cancelled that opens on `date`, if any. */
  assemblyOpeningOn(manager: EntityManager, date: CalendarDate): Promise<MeetingRecord | null> {
    return manager.getRepository(MeetingRecord).createQueryBuilder('m')
      .where("m.kind = 'GENERAL_ASSEMBLY' AND m.cancelledAt IS NULL AND m.opensOn = :date", { date })
      .getOne();
  }

  /** The ids of each meeting and of what hangs off it (its candidacies, the mandates it elected, its nominations and decisions): what its audit trail covers. */
  async auditedEntitiesOf(meetingIds: readonly string[]): Promise<Array<{ entityId: string; meetingId: string }>> {
    const valid = meetingIds.filter(isRecordId);
    if (valid.length === 0) return [];
    const rows: Array<{ entity_id: string; meeting_id: string }> = await this.dataSource.query(
      `SELECT id::text AS entity_id, id::text AS meeting_id FROM governance.meeting WHERE id = ANY($1)
       UNION ALL SELECT id::text, meeting_id::text FROM governance.candidacy WHERE meeting_id = ANY($1)
       UNION ALL SELECT id::text, source_meeting_id::text FROM governance.mandate WHERE source_meeting_id = ANY($1)
       UNION ALL SELECT id::text, meeting_id::text FROM governance.nomination WHERE meeting_id = ANY($1)
       UNION ALL SELECT id::text, meeting_id::text FROM governance.decision WHERE meeting_id = ANY($1)`,
      [valid],
    );
    return rows.map((row) => ({ entityId: row.entity_id, meetingId: row.meeting_id }));
  }

  async findById(manager: EntityManager, id: string): Promise<MeetingRecord | null> {
    if (!isRecordId(id)) return null;
    return manager.getRepository(MeetingRecord).findOneBy({ id });
  }

  /** G2: the regular Executive Committee meeting not cancelled in the year of `date`, if any. */
  executiveCommitteeInYearOf(manager: EntityManager, date: CalendarDate): Promise<MeetingRecord | null> {
    return manager
      .getRepository(MeetingRecord)
      .createQueryBuilder('m')
      .where("m.kind = 'EXECUTIVE_COMMITTEE' AND m.regular AND m.cancelledAt IS NULL")
      .andWhere('EXTRACT(YEAR FROM m.opensOn) = EXTRACT(YEAR FROM CAST(:date AS date))', { date })
      .getOne();
  }

  insert(
    manager: EntityManager,
    meeting: { kind: MeetingKind; opensOn: CalendarDate; hostMemberId: string; regular: boolean; hostDesignatedOn: CalendarDate | null },
  ): Promise<MeetingRecord> {
    return manager.getRepository(MeetingRecord).save({ ...meeting, cancelledAt: null, cancelledOn: null });
  }

  async cancel(manager: EntityManager, id: string, at: Date, on: CalendarDate): Promise<void> {
    await manager.getRepository(MeetingRecord).update({ id }, { cancelledAt: at, cancelledOn: on });
  }
}
