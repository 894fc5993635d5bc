import type { DataSource, EntityManager } from 'typeorm';
import type { CalendarDate } from '@wego/calendar';
import { rowsWhereAny } from '@wego/database';
import { CandidacyRecord } from '../entities';
import type { CandidacyStatus } from '../domain/candidacy-status';
import type { CandidacyPosition } from '../domain/positions';
import { isRecordId } from './record-ids';

/** G6 in the database: one candidacy per member, position and General Assembly. */
export const ONE_CANDIDACY_PER_MEMBER_POSITION_AND_MEETING = 'one_candidacy_per_member_position_and_meeting';

/** SQL of candidacies. */
export class CandidacyStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The candidacies of each meeting, in the order received, in one statement. */
  ofMeetings(meetingIds: readonly string[]): Promise<CandidacyRecord[]> {
    return rowsWhereAny(this.dataSource.manager, CandidacyRecord, meetingIds, {
      column: 'meetingId',
      valid: isRecordId,
      orderBy: [['receivedOn', 'ASC'], ['id', 'ASC']],
    });
  }

  async findById(manager: EntityManager, id: string): Promise<CandidacyRecord | null> {
    if (!isRecordId(id)) return null;
    return manager.getRepository(CandidacyRecord).findOneBy({ id });
  }

  /** The candidacies for one meeting and position. */
  forPosition(manager: EntityManager, meetingId: string, position: CandidacyPosition): Promise<CandidacyRecord[]> {
    return manager.getRepository(CandidacyRecord).find({ where: { meetingId, position }, order: { receivedOn: 'ASC', id: 'ASC' } });
  }

  async findOne(manager: EntityManager, meetingId: string, memberId: string, position: CandidacyPosition): Promise<CandidacyRecord | null> {
    if (!isRecordId(meetingId) || !isRecordId(memberId)) return null;
    return manager.getRepository(CandidacyRecord).findOneBy({ meetingId, memberId, position });
  }

  insert(
    manager: EntityManager,
    candidacy: { meetingId: string; memberId: string; position: CandidacyPosition; receivedOn: CalendarDate },
  ): Promise<CandidacyRecord> {
    return manager.getRepository(CandidacyRecord).save({ ...candidacy, status: 'SUBMITTED' as const });
  }

  async setStatus(manager: EntityManager, id: string, status: CandidacyStatus): Promise<void> {
    await manager.getRepository(CandidacyRecord).update({ id }, { status });
  }
}
