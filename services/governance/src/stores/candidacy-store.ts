import type { DataSource } from 'typeorm';
import { CandidacyRecord } from '../entities';
import { isRecordId } from './record-ids';

/** SQL of candidacies. */
export class CandidacyStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The candidacies of each meeting, in the order received, in one statement. */
  async ofMeetings(meetingIds: readonly string[]): Promise<CandidacyRecord[]> {
    const valid = meetingIds.filter(isRecordId);
    if (valid.length === 0) return [];
    return this.dataSource
      .getRepository(CandidacyRecord)
      .createQueryBuilder('c')
      .where('c.meetingId = ANY(:ids)', { ids: valid })
      .orderBy('c.receivedOn', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }
}
