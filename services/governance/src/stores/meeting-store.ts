import type { DataSource } from 'typeorm';
import { MeetingRecord } from '../entities';
import type { MeetingKind } from '../domain/meeting-kinds';
import { isRecordId } from './record-ids';

/** SQL of meetings: reads in batches. */
export class MeetingStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The meetings of these ids, cancelled ones included. */
  async findByIds(ids: readonly string[]): Promise<MeetingRecord[]> {
    const valid = ids.filter(isRecordId);
    if (valid.length === 0) return [];
    return this.dataSource.getRepository(MeetingRecord).createQueryBuilder('m').where('m.id = ANY(:ids)', { ids: valid }).getMany();
  }

  /** The meetings not cancelled, by opening date then id; of one kind when `kind` is given. */
  async listed(kind: MeetingKind | null): Promise<MeetingRecord[]> {
    const query = this.dataSource.getRepository(MeetingRecord).createQueryBuilder('m').where('m.cancelledAt IS NULL');
    if (kind) query.andWhere('m.kind = :kind', { kind });
    return query.orderBy('m.opensOn', 'ASC').addOrderBy('m.id', 'ASC').getMany();
  }
}
