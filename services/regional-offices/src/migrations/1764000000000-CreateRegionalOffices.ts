import { statementMigration } from '@wego/database';
import { withAuditTable } from '@wego/audit';

export const CreateRegionalOffices1764000000000 = statementMigration('CreateRegionalOffices1764000000000', withAuditTable('regional_offices', {
  up: [
    `
      CREATE TABLE regional_offices.office (
        id text PRIMARY KEY CHECK (id ~ '^[a-z]+(-[a-z]+)*$'),
        kind text NOT NULL CHECK (kind IN ('SECRETARIAT', 'REGIONAL_OFFICE')),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        region text UNIQUE CHECK (region IN ('EAST_ASIA', 'EURASIA', 'MEDITERRANEAN', 'LATIN_AMERICA')),
        city text NOT NULL CHECK (char_length(city) BETWEEN 1 AND 200),
        country_code char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        CONSTRAINT office_region_matches_kind CHECK ((kind = 'SECRETARIAT') = (region IS NULL))
      )`,
    // O1: one Secretariat.
    `CREATE UNIQUE INDEX one_secretariat ON regional_offices.office (kind) WHERE kind = 'SECRETARIAT'`,
    `
      CREATE TABLE regional_offices.office_coverage (
        office_id text NOT NULL REFERENCES regional_offices.office (id),
        country_code char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        PRIMARY KEY (office_id, country_code),
        CONSTRAINT office_coverage_country_once UNIQUE (country_code)
      )`,
  ],
  down: [
    'DROP TABLE regional_offices.office_coverage',
    'DROP TABLE regional_offices.office',
  ],
}));
