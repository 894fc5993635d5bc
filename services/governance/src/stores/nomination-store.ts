import type { DataSource, EntityManager } from 'typeorm';
import type { CalendarDate } from '@wego/calendar';
import { rowsWhereAny } from '@wego/database';
import { NominationRecord } from '../entities';
import { isRecordId } from './record-ids';

/** G10 in the database: a member is nominated at most once per meeting. */
export const ONE_NOMINATION_PER_MEMBER_AND_MEETING = 'one_nomination_per_member_and_meeting';

/** SQL of the Executive Committee's nominations for Vice President (G10). */
export class NominationStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The nominations of each meeting, in the order recorded, in one statement. */
  ofMeetings(meetingIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<NominationRecord[]> {
    return rowsWhereAny(manager, NominationRecord, meetingIds, {
      column: 'meetingId',
      valid: isRecordId,
      orderBy: [['recordedAt', 'ASC'], ['id', 'ASC']],
    });
  }

  /** The opening days of the meetings (not cancelled) that nominated the member. */
  async openingDaysNominating(manager: EntityManager, memberId: string): Promise<CalendarDate[]> {
    if (!isRecordId(memberId)) return [];
    const rows: Array<{ opens_on: CalendarDate }> = await manager.query(
      `SELECT m.opens_on FROM governance.nomination n JOIN governance.meeting m ON m.id = n.meeting_id
        WHERE n.member_id = $1 AND m.cancelled_at IS NULL ORDER BY m.opens_on`,
      [memberId],
    );
    return rows.map((row) => row.opens_on);
  }

  /** Whether the meeting nominated anyone: such a meeting cannot be cancelled (G10). */
  async anyAt(manager: EntityManager, meetingId: string): Promise<boolean> {
    if (!isRecordId(meetingId)) return false;
    return (await manager.getRepository(NominationRecord).countBy({ meetingId })) > 0;
  }

  insert(manager: EntityManager, nomination: { meetingId: string; memberId: string }): Promise<NominationRecord> {
    return manager.getRepository(NominationRecord).save({ ...nomination, position: 'VICE_PRESIDENT' as const });
  }
}
