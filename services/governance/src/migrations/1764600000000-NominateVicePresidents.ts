import { statementMigration } from '@wego/database';

/**
 * G10 as the statutes have it: the Executive Committee nominates Vice Presidents, the President
 * City appoints them, and an appointment not yet begun can be revoked.
 *
 * A nomination is asked of an appointment when it is made, never of one already on record: the
 * Vice President mandates on record stay valid as they are, as if nominated. Their appointer is
 * the President of their first day, where one sat.
 */
export const NominateVicePresidents1764600000000 = statementMigration('NominateVicePresidents1764600000000', {
  up: [
    `
      CREATE TABLE governance.nomination (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES governance.meeting (id),
        member_id uuid NOT NULL,
        position text NOT NULL DEFAULT 'VICE_PRESIDENT' CHECK (position = 'VICE_PRESIDENT'),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT one_nomination_per_member_and_meeting UNIQUE (meeting_id, member_id)
      )`,
    `CREATE INDEX nomination_of_member ON governance.nomination (member_id)`,
    `ALTER TABLE governance.mandate ADD COLUMN appointed_by_member_id uuid`,
    `ALTER TABLE governance.mandate ADD COLUMN revoked boolean NOT NULL DEFAULT false`,
    `
      ALTER TABLE governance.mandate ADD CONSTRAINT only_vice_presidents_are_appointed
        CHECK (position = 'VICE_PRESIDENT' OR (appointed_by_member_id IS NULL AND NOT revoked))`,
    `
      UPDATE governance.mandate AS vice_president SET appointed_by_member_id = president.member_id
        FROM governance.mandate AS president
       WHERE vice_president.position = 'VICE_PRESIDENT' AND president.position = 'PRESIDENT'
         AND vice_president.starts_on BETWEEN president.starts_on AND president.ends_on`,
  ],
  down: [
    'ALTER TABLE governance.mandate DROP CONSTRAINT only_vice_presidents_are_appointed',
    'ALTER TABLE governance.mandate DROP COLUMN revoked',
    'ALTER TABLE governance.mandate DROP COLUMN appointed_by_member_id',
    'DROP TABLE governance.nomination',
  ],
});
