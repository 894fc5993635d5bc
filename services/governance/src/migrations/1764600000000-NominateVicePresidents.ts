import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * G10 as the statutes have it: the Executive Committee nominates Vice Presidents, the President
 * City appoints them, and an appointment not yet begun can be revoked.
 *
 * A nomination is asked of an appointment when it is made, never of one already on record: the
 * Vice President mandates on record stay valid as they are, as if nominated. Their appointer is
 * the President of their first day, where one sat.
 */
export class NominateVicePresidents1764600000000 implements MigrationInterface {
  name = 'NominateVicePresidents1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE governance.nomination (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES governance.meeting (id),
        member_id uuid NOT NULL,
        position text NOT NULL DEFAULT 'VICE_PRESIDENT' CHECK (position = 'VICE_PRESIDENT'),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT one_nomination_per_member_and_meeting UNIQUE (meeting_id, member_id)
      )`);
    await runner.query(`CREATE INDEX nomination_of_member ON governance.nomination (member_id)`);
    await runner.query(`ALTER TABLE governance.mandate ADD COLUMN appointed_by_member_id uuid`);
    await runner.query(`ALTER TABLE governance.mandate ADD COLUMN revoked boolean NOT NULL DEFAULT false`);
    await runner.query(`
      ALTER TABLE governance.mandate ADD CONSTRAINT only_vice_presidents_are_appointed
        CHECK (position = 'VICE_PRESIDENT' OR (appointed_by_member_id IS NULL AND NOT revoked))`);
    await runner.query(`
      UPDATE governance.mandate AS vice_president SET appointed_by_member_id = president.member_id
        FROM governance.mandate AS president
       WHERE vice_president.position = 'VICE_PRESIDENT' AND president.position = 'PRESIDENT'
         AND vice_president.starts_on BETWEEN president.starts_on AND president.ends_on`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE governance.mandate DROP CONSTRAINT only_vice_presidents_are_appointed');
    await runner.query('ALTER TABLE governance.mandate DROP COLUMN revoked');
    await runner.query('ALTER TABLE governance.mandate DROP COLUMN appointed_by_member_id');
    await runner.query('DROP TABLE governance.nomination');
  }
}
