import type { DataSource, EntityManager } from 'typeorm';
import { rowsWhereAny } from '@wego/database';
import { OfficeRecord } from '../entities';

/** SQL of the office table: five rows, written by the seed alone (O1). */
export class OfficeStore {
  constructor(private readonly dataSource: DataSource) {}

  async all(manager: EntityManager = this.dataSource.manager): Promise<OfficeRecord[]> {
    return manager.getRepository(OfficeRecord).find();
  }

  findByIds(ids: readonly string[]): Promise<OfficeRecord[]> {
    // Postgres refuses a NUL in text, and no office id holds one.
    return rowsWhereAny(this.dataSource.manager, OfficeRecord, ids, { valid: (id) => !id.includes('\u0000') });
  }
}
