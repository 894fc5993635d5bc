import type { DataSource, EntityManager } from 'typeorm';
import type { CalendarDate } from '@wego/calendar';
import { rowsWhereAny } from '@wego/database';
import { MandateRecord } from '../entities';
import type { OfficeArea } from '../domain/office-areas';
import type { RecordedPosition } from '../domain/positions';
import { isRecordId } from './record-ids';

/** G7 in the database: at most one President on any date. */
export const ONE_PRESIDENT_AT_A_TIME = 'one_president_at_a_time';

export interface NewMandate {
  memberId: string;
  position: RecordedPosition;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  sourceMeetingId: string | null;
  besideMandateId: string | null;
  area: OfficeArea | null;
  /** The President City that appointed a Vice President; null for an elected mandate. */
  appointedByMemberId: string | null;
}

/** SQL of recorded mandates; the EVP's are derived elsewhere (G9). */
export class MandateStore {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<MandateRecord[]> {
    return rowsWhereAny(this.dataSource.manager, MandateRecord, ids, { valid: isRecordId });
  }

  /** Every mandate of each member, revoked appointments included, in one statement. */
  ofMembers(memberIds: readonly string[]): Promise<MandateRecord[]> {
    return rowsWhereAny(this.dataSource.manager, MandateRecord, memberIds, { column: 'memberId', valid: isRecordId });
  }

  /** Every mandate active on at least one of the dates, in one statement; a revoked appointment is active on none (G10). */
  async activeOnAny(dates: readonly CalendarDate[]): Promise<MandateRecord[]> {
    if (dates.length === 0) return [];
    return this.dataSource
      .getRepository(MandateRecord)
      .createQueryBuilder('d')
      .where('NOT d.revoked')
      .andWhere('EXISTS (SELECT 1 FROM unnest(CAST(:dates AS date[])) AS asked(on_date) WHERE asked.on_date BETWEEN d.startsOn AND d.endsOn)', {
        dates,
      })
      .getMany();
  }

  /** Every recorded mandate in force: the whole history the charter is checked against on a write; revoked appointments count nowhere (G10). */
  all(manager: EntityManager): Promise<MandateRecord[]> {
    return manager.getRepository(MandateRecord).find({ where: { revoked: false }, order: { startsOn: 'ASC', id: 'ASC' } });
  }

  /** G7: whether any President held office before `date`. */
  async anyPresidentBefore(date: CalendarDate): Promise<boolean> {
    const found = await this.dataSource.getRepository(MandateRecord).createQueryBuilder('d')
      .where("d.position = 'PRESIDENT' AND d.startsOn < :date", { date })
      .getExists();
    return found;
  }

  async findById(manager: EntityManager, id: string): Promise<MandateRecord | null> {
    if (!isRecordId(id)) return null;
    return manager.getRepository(MandateRecord).findOneBy({ id });
  }

  /** Whether any mandate was elected at this meeting. */
  async anyFromMeeting(manager: EntityManager, meetingId: string): Promise<boolean> {
    return (await manager.getRepository(MandateRecord).countBy({ sourceMeetingId: meetingId })) > 0;
  }

  insert(manager: EntityManager, mandate: NewMandate): Promise<MandateRecord> {
    return manager.getRepository(MandateRecord).save({ ...mandate, endedEarlyOn: null, revoked: false });
  }

  /** Revokes a Vice President appointment: kept on record, counted nowhere (G10). */
  async revoke(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(MandateRecord).update({ id }, { revoked: true });
  }

  async setEnd(manager: EntityManager, id: string, endsOn: CalendarDate): Promise<void> {
    await manager.getRepository(MandateRecord).update({ id }, { endsOn });
  }

  async endEarly(manager: EntityManager, id: string, endsOn: CalendarDate): Promise<void> {
    await manager.getRepository(MandateRecord).update({ id }, { endsOn, endedEarlyOn: endsOn });
  }
}
