import type { DataSource } from 'typeorm';
import { OFFICES } from './offices';

export interface SeedResult {
  officesInserted: number;
  countriesCovered: number;
}

/**
 * Inserts the offices that are not there yet and, for those alone, their seed coverage; running it
 * twice changes nothing. Coverage is seeded only with the office that receives it, in one
 * transaction: an office that exists already keeps whatever list the Secretariat gave it, even an
 * empty one.
 */
export async function seedOffices(dataSource: DataSource): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO regional_offices.office (id, kind, name, region, city, country_code)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [
        OFFICES.map((office) => office.id),
        OFFICES.map((office) => office.kind),
        OFFICES.map((office) => office.name.normalize('NFC')),
        OFFICES.map((office) => office.region),
        OFFICES.map((office) => office.city.normalize('NFC')),
        OFFICES.map((office) => office.countryCode),
      ],
    );
    const newOfficeIds = new Set(inserted.map((row) => row.id));
    const coverage = OFFICES.filter((office) => newOfficeIds.has(office.id)).flatMap((office) =>
      office.seedCoverage.map((countryCode) => ({ officeId: office.id, countryCode })),
    );
    if (coverage.length === 0) return { officesInserted: newOfficeIds.size, countriesCovered: 0 };
    // A country the Secretariat has put under another office stays there.
    const covered: Array<{ country_code: string }> = await manager.query(
      `INSERT INTO regional_offices.office_coverage (office_id, country_code)
       SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT DO NOTHING
       RETURNING country_code`,
      [coverage.map((entry) => entry.officeId), coverage.map((entry) => entry.countryCode)],
    );
    return { officesInserted: newOfficeIds.size, countriesCovered: covered.length };
  });
}
