import type { DataSource, EntityManager } from 'typeorm';
import type { CoverageEntry } from '../domain/coverage-map';
import { OfficeCoverageRecord } from '../entities';

/** The database's own guard of O2: a country is covered by one office at most. */
export const ONE_OFFICE_PER_COUNTRY = 'office_coverage_country_once';

/** SQL of the coverage table: at most one row per country, so it is always read whole. */
export class CoverageStore {
  constructor(private readonly dataSource: DataSource) {}

  async all(manager: EntityManager = this.dataSource.manager): Promise<CoverageEntry[]> {
    return manager.getRepository(OfficeCoverageRecord).find({ select: { officeId: true, countryCode: true } });
  }

  /**
   * Takes the lock every change of coverage takes first, so changes run one after another and each
   * sees the last one's outcome; readers are not blocked.
   */
  async lock(manager: EntityManager): Promise<void> {
    await manager.query('LOCK TABLE regional_offices.office_coverage IN SHARE ROW EXCLUSIVE MODE');
  }

  async replace(manager: EntityManager, officeId: string, countryCodes: readonly string[]): Promise<void> {
    await manager.getRepository(OfficeCoverageRecord).delete({ officeId });
    if (countryCodes.length === 0) return;
    await manager.getRepository(OfficeCoverageRecord).insert(countryCodes.map((countryCode) => ({ officeId, countryCode })));
  }
}
