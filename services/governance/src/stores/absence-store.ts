import type { DataSource } from 'typeorm';
import { AbsenceRecord } from '../entities';
import { isRecordId } from './record-ids';

/** SQL of recorded absences (G12). */
export class AbsenceStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The absences recorded for each meeting, in one statement. */
  async ofMeetings(meetingIds: readonly string[]): Promise<AbsenceRecord[]> {
    const valid = meetingIds.filter(isRecordId);
    if (valid.length === 0) return [];
    return this.dataSource.getRepository(AbsenceRecord).createQueryBuilder('a').where('a.meetingId = ANY(:ids)', { ids: valid }).getMany();
  }
}
