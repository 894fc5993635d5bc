import { statementMigration } from '@wego/database';
import { withAuditTable } from '@wego/audit';

export const CreateMembership1764000000000 = statementMigration('CreateMembership1764000000000', withAuditTable('membership', {
  up: [
    `
      CREATE TABLE membership.member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        category text NOT NULL CHECK (category IN ('FULL', 'ASSOCIATE', 'INDUSTRY')),
        kind text NOT NULL CHECK (kind IN ('CITY', 'REGIONAL_GOVERNMENT', 'INSTITUTION', 'TECH_SOLUTION_PROVIDER')),
        country_code char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        founding_member boolean NOT NULL DEFAULT false,
        joined_on date NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED', 'WITHDRAWN')),
        CONSTRAINT member_category_matches_kind CHECK (
          (kind IN ('CITY', 'REGIONAL_GOVERNMENT') AND category = 'FULL')
          OR (kind = 'INSTITUTION' AND category = 'ASSOCIATE')
          OR (kind = 'TECH_SOLUTION_PROVIDER' AND category = 'INDUSTRY'))
      )`,
    `CREATE INDEX member_by_name ON membership.member ((name COLLATE "und-x-icu"), id)`,
    `CREATE INDEX member_by_country ON membership.member (country_code)`,
    `CREATE UNIQUE INDEX founding_member_name ON membership.member (name) WHERE founding_member`,
    `
      CREATE TABLE membership.fee_assessment (
        member_id uuid NOT NULL REFERENCES membership.member (id),
        year integer NOT NULL CHECK (year BETWEEN 1 AND 9999),
        amount_due integer NOT NULL CHECK (amount_due >= 0),
        amount_paid integer NOT NULL DEFAULT 0 CHECK (amount_paid >= 0),
        PRIMARY KEY (member_id, year),
        CONSTRAINT fee_not_overpaid CHECK (amount_paid <= amount_due)
      )`,
    `
      CREATE TABLE membership.fee_payment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL,
        year integer NOT NULL,
        amount integer NOT NULL CHECK (amount >= 0),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (member_id, year) REFERENCES membership.fee_assessment (member_id, year)
      )`,
  ],
  down: [
    'DROP TABLE membership.fee_payment',
    'DROP TABLE membership.fee_assessment',
    'DROP TABLE membership.member',
  ],
}));
