import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditTableStatements, dropAuditTableStatements } from '@wego/audit';

export class CreateRegionalOffices1764000000000 implements MigrationInterface {
  name = 'CreateRegionalOffices1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE regional_offices.office (
        id text PRIMARY KEY CHECK (id ~ '^[a-z]+(-[a-z]+)*$'),
        kind text NOT NULL CHECK (kind IN ('SECRETARIAT', 'REGIONAL_OFFICE')),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        region text UNIQUE CHECK (region IN ('EAST_ASIA', 'EURASIA', 'MEDITERRANEAN', 'LATIN_AMERICA')),
        city text NOT NULL CHECK (char_length(city) BETWEEN 1 AND 200),
        country_code char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        CONSTRAINT office_region_matches_kind CHECK ((kind = 'SECRETARIAT') = (region IS NULL))
      )`);
    // O1: one Secretariat.
    await runner.query(`CREATE UNIQUE INDEX one_secretariat ON regional_offices.office (kind) WHERE kind = 'SECRETARIAT'`);
    await runner.query(`
      CREATE TABLE regional_offices.office_coverage (
        office_id text NOT NULL REFERENCES regional_offices.office (id),
        country_code char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        PRIMARY KEY (office_id, country_code),
        CONSTRAINT office_coverage_country_once UNIQUE (country_code)
      )`);
    for (const statement of createAuditTableStatements('regional_offices')) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const statement of dropAuditTableStatements('regional_offices')) await runner.query(statement);
    await runner.query('DROP TABLE regional_offices.office_coverage');
    await runner.query('DROP TABLE regional_offices.office');
  }
}
