import { statementMigration } from '@wego/database';

/**
 * What the write side keeps beyond the first schema: the day a mandate was ended early (so that
 * its term can be derived again when General Assemblies change, G3), the Executive Committee
 * mandate a Vice President mandate sits beside and ends with (G10).
 */
export const RecordGovernanceWrites1764200000000 = statementMigration('RecordGovernanceWrites1764200000000', {
  up: [
    `ALTER TABLE governance.mandate ADD COLUMN ended_early_on date`,
    `ALTER TABLE governance.mandate ADD COLUMN beside_mandate_id uuid REFERENCES governance.mandate (id)`,
    `ALTER TABLE governance.mandate ADD CONSTRAINT early_end_within_mandate CHECK (ended_early_on IS NULL OR ended_early_on >= starts_on)`,
    `CREATE INDEX mandate_from_meeting ON governance.mandate (source_meeting_id) WHERE source_meeting_id IS NOT NULL`,
    `CREATE INDEX mandate_beside ON governance.mandate (beside_mandate_id) WHERE beside_mandate_id IS NOT NULL`,
  ],
  down: [
    'DROP INDEX governance.mandate_beside',
    'DROP INDEX governance.mandate_from_meeting',
    'ALTER TABLE governance.mandate DROP CONSTRAINT early_end_within_mandate',
    'ALTER TABLE governance.mandate DROP COLUMN beside_mandate_id',
    'ALTER TABLE governance.mandate DROP COLUMN ended_early_on',
  ],
});
