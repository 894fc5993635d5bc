import type { DataSource, EntityManager } from 'typeorm';
import { AbsenceRecord } from '../entities';
import { isRecordId } from './record-ids';

/** SQL of recorded absences (G12). */
export class AbsenceStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The absences recorded for each meeting, in one statement. */
  async ofMeetings(meetingIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<AbsenceRecord[]> {
    const valid = meetingIds.filter(isRecordId);
    if (valid.length === 0) return [];
    return manager.getRepository(AbsenceRecord).createQueryBuilder('a').where('a.meetingId = ANY(:ids)', { ids: valid }).getMany();
  }

  /** Replaces the meeting's absentees. */
  async replace(manager: EntityManager, meetingId: string, memberIds: readonly string[]): Promise<void> {
    await manager.getRepository(AbsenceRecord).delete({ meetingId });
    if (memberIds.length > 0) await manager.getRepository(AbsenceRecord).insert(memberIds.map((memberId) => ({ meetingId, memberId })));
  }
}
