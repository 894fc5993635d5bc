import DataLoader from 'dataloader';
import type { AuditEntryRecord, AuditTrail } from '@wego/audit';
import type { DataSource } from 'typeorm';
import type { OfficeRecord } from './entities';
import { CoverageMap } from './domain/coverage-map';
import { servingOfficeIdOf } from './domain/served-countries';
import type { CoverageStore } from './stores/coverage-store';
import type { OfficeStore } from './stores/office-store';

export interface RegionalOfficesLoaders {
  officeById: DataLoader<string, OfficeRecord | null>;
  /** O3: the office serving a member of each country; any number of members costs two statements. */
  officeServingCountry: DataLoader<string, OfficeRecord | null>;
  auditTrailByOfficeId: DataLoader<string, AuditEntryRecord[]>;
  /** The whole coverage, read once per request: it has at most one row per country. */
  coverage(): Promise<CoverageMap>;
  /** Drops what was read of the coverage, once this request has changed it. */
  forgetCoverage(): void;
}

/** Loaders of one request: N keys, one statement. Never shared between requests or callers. */
export function createLoaders(
  dataSource: DataSource,
  stores: { offices: OfficeStore; coverage: CoverageStore },
  audit: AuditTrail,
): RegionalOfficesLoaders {
  let coverageRead: Promise<CoverageMap> | null = null;
  const coverage = (): Promise<CoverageMap> => (coverageRead ??= stores.coverage.all().then((entries) => new CoverageMap(entries)));
  const officeById = new DataLoader<string, OfficeRecord | null>(async (ids) => {
    const found = new Map((await stores.offices.findByIds(ids)).map((office) => [office.id, office]));
    return ids.map((id) => found.get(id) ?? null);
  });
  const officeServingCountry = new DataLoader<string, OfficeRecord | null>(async (countryCodes) => {
    const map = await coverage();
    return officeById.loadMany(countryCodes.map((countryCode) => servingOfficeIdOf(countryCode, map)));
  });
  return {
    officeById,
    officeServingCountry,
    auditTrailByOfficeId: new DataLoader((ids) => audit.entriesOf(dataSource, ids)),
    coverage,
    forgetCoverage: () => {
      coverageRead = null;
      officeServingCountry.clearAll();
    },
  };
}
