import type { DataSource } from 'typeorm';
import { CoverageMap } from '../domain/coverage-map';
import type { OfficeKind, Region } from '../domain/office-kinds';
import { OfficeRecord } from '../entities';

/** Every office and the whole coverage, as one statement read them together. */
export interface OfficeDirectory {
  offices: OfficeRecord[];
  coverage: CoverageMap;
}

interface DirectoryRow {
  id: string;
  kind: OfficeKind;
  name: string;
  region: Region | null;
  city: string;
  country_code: string;
  covered: string[];
}

// Five offices and at most one row per country: read whole, together, in one statement.
const OFFICES_WITH_COVERAGE = `
  SELECT o.id, o.kind, o.name, o.region, o.city, o.country_code,
         coalesce(array_agg(c.country_code::text ORDER BY c.country_code) FILTER (WHERE c.country_code IS NOT NULL), '{}') AS covered
    FROM regional_offices.office o
    LEFT JOIN regional_offices.office_coverage c ON c.office_id = o.id
   GROUP BY o.id`;

export async function readOfficeDirectory(dataSource: DataSource): Promise<OfficeDirectory> {
  const rows: DirectoryRow[] = await dataSource.query(OFFICES_WITH_COVERAGE);
  return {
    offices: rows.map((row) =>
      Object.assign(new OfficeRecord(), { id: row.id, kind: row.kind, name: row.name, region: row.region, city: row.city, countryCode: row.country_code }),
    ),
    coverage: new CoverageMap(rows.flatMap((row) => row.covered.map((countryCode) => ({ officeId: row.id, countryCode })))),
  };
}
