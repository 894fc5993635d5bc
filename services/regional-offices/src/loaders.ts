import DataLoader from 'dataloader';
import type { AuditEntryRecord, AuditTrail } from '@wego/audit';
import type { DataSource } from 'typeorm';
import type { OfficeRecord } from './entities';
import type { CoverageMap } from './domain/coverage-map';
import { servingOfficeIdOf } from './domain/served-countries';
import { readOfficeDirectory, type OfficeDirectory } from './stores/office-directory';

export interface RegionalOfficesLoaders {
  officeById: DataLoader<string, OfficeRecord | null>;
  /** O3: the office serving a member of each country; any number of members costs the one read of the directory. */
  officeServingCountry: DataLoader<string, OfficeRecord | null>;
  auditTrailByOfficeId: DataLoader<string, AuditEntryRecord[]>;
  /** Every office with the whole coverage, read once per request in one statement: five offices, at most one row per country. */
  directory(): Promise<OfficeDirectory>;
  /** The whole coverage, from the directory. */
  coverage(): Promise<CoverageMap>;
  /** Drops what was read of the coverage, once this request has changed it. */
  forgetCoverage(): void;
}

/** Loaders of one request: N keys, one statement. Never shared between requests or callers. */
export function createLoaders(dataSource: DataSource, audit: AuditTrail): RegionalOfficesLoaders {
  let directoryRead: Promise<OfficeDirectory> | null = null;
  const directory = (): Promise<OfficeDirectory> => (directoryRead ??= readOfficeDirectory(dataSource));
  const officeById = new DataLoader<string, OfficeRecord | null>(async (ids) => {
    const found = new Map((await directory()).offices.map((office) => [office.id, office]));
    return ids.map((id) => found.get(id) ?? null);
  });
  const officeServingCountry = new DataLoader<string, OfficeRecord | null>(async (countryCodes) => {
    const { coverage } = await directory();
    return officeById.loadMany(countryCodes.map((countryCode) => servingOfficeIdOf(countryCode, coverage)));
  });
  return {
    officeById,
    officeServingCountry,
    auditTrailByOfficeId: new DataLoader((ids) => audit.entriesOf(dataSource, ids)),
    directory,
    coverage: async () => (await directory()).coverage,
    forgetCoverage: () => {
      directoryRead = null;
      officeById.clearAll();
      officeServingCountry.clearAll();
    },
  };
}
