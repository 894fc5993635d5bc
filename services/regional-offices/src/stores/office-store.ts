import type { DataSource, EntityManager } from 'typeorm';
import { OfficeRecord } from '../entities';

/** SQL of the office table: five rows, written by the seed alone (O1). */
export class OfficeStore {
  constructor(private readonly dataSource: DataSource) {}

  async all(manager: EntityManager = this.dataSource.manager): Promise<OfficeRecord[]> {
    return manager.getRepository(OfficeRecord).find();
  }

  async findByIds(ids: readonly string[]): Promise<OfficeRecord[]> {
    // Postgres refuses a NUL in text, and no office id holds one.
    const valid = ids.filter((id) => !id.includes('\u0000'));
    if (valid.length === 0) return [];
    return this.dataSource.getRepository(OfficeRecord).createQueryBuilder('o').where('o.id = ANY(:ids)', { ids: valid }).getMany();
  }
}
