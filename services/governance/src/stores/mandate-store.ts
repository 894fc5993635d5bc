import type { DataSource } from 'typeorm';
import type { CalendarDate } from '@wego/calendar';
import { MandateRecord } from '../entities';
import { isRecordId } from './record-ids';

/** SQL of recorded mandates; the EVP's are derived elsewhere (G9). */
export class MandateStore {
  constructor(private readonly dataSource: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<MandateRecord[]> {
    const valid = ids.filter(isRecordId);
    if (valid.length === 0) return [];
    return this.dataSource.getRepository(MandateRecord).createQueryBuilder('d').where('d.id = ANY(:ids)', { ids: valid }).getMany();
  }

  /** Every mandate of each member, in one statement. */
  async ofMembers(memberIds: readonly string[]): Promise<MandateRecord[]> {
    const valid = memberIds.filter(isRecordId);
    if (valid.length === 0) return [];
    return this.dataSource.getRepository(MandateRecord).createQueryBuilder('d').where('d.memberId = ANY(:ids)', { ids: valid }).getMany();
  }

  /** Every mandate active on at least one of the dates, in one statement. */
  async activeOnAny(dates: readonly CalendarDate[]): Promise<MandateRecord[]> {
    if (dates.length === 0) return [];
    return this.dataSource
      .getRepository(MandateRecord)
      .createQueryBuilder('d')
      .where('EXISTS (SELECT 1 FROM unnest(CAST(:dates AS date[])) AS asked(on_date) WHERE asked.on_date BETWEEN d.startsOn AND d.endsOn)', {
        dates,
      })
      .getMany();
  }
}
