import { statementMigration } from '@wego/database';

/**
 * Regular and extraordinary meetings (G1, G2), the day a General Assembly's host was designated
 * (G9) and the day a meeting was cancelled. A database made before keeps its history: each
 * Assembly on record is designated on the first day of the Executive Vice President period it
 * already had (the day after the previous Assembly opened, three years before for the first), so
 * that every EVP answer stays as it was; a meeting cancelled before gets no designation, so it
 * stays removed from every date.
 */
export const DistinguishRegularMeetings1764500000000 = statementMigration('DistinguishRegularMeetings1764500000000', {
  up: [
    `ALTER TABLE governance.meeting ADD COLUMN regular boolean NOT NULL DEFAULT true`,
    `ALTER TABLE governance.meeting ADD COLUMN host_designated_on date`,
    `ALTER TABLE governance.meeting ADD COLUMN cancelled_on date`,
    `
      UPDATE governance.meeting SET cancelled_on = (cancelled_at AT TIME ZONE 'Asia/Seoul')::date
       WHERE cancelled_at IS NOT NULL`,
    `
      WITH assembly AS (
        SELECT id, opens_on, lag(opens_on) OVER (ORDER BY opens_on, id) AS previous_opens_on
          FROM governance.meeting
         WHERE kind = 'GENERAL_ASSEMBLY' AND cancelled_at IS NULL
      )
      UPDATE governance.meeting AS meeting
         SET host_designated_on = CASE
               WHEN assembly.previous_opens_on IS NULL THEN GREATEST((assembly.opens_on - interval '3 years')::date, DATE '0001-01-01')
               ELSE assembly.previous_opens_on + 1
             END
        FROM assembly
       WHERE meeting.id = assembly.id
         -- The later of two Assemblies opening the same day had no day of its own as EVP: it keeps none.
         AND (assembly.previous_opens_on IS NULL OR assembly.previous_opens_on < assembly.opens_on)`,
    `
      ALTER TABLE governance.meeting ADD CONSTRAINT designation_of_a_regular_assembly CHECK (
        host_designated_on IS NULL OR (kind = 'GENERAL_ASSEMBLY' AND regular AND host_designated_on <= opens_on))`,
    `ALTER TABLE governance.meeting ADD CONSTRAINT cancelled_on_with_cancelled_at CHECK ((cancelled_on IS NULL) = (cancelled_at IS NULL))`,
    // G2 counts regular Executive Committee meetings only.
    `DROP INDEX governance.one_executive_committee_meeting_a_year`,
    `
      CREATE UNIQUE INDEX one_executive_committee_meeting_a_year ON governance.meeting ((EXTRACT(YEAR FROM opens_on)))
        WHERE kind = 'EXECUTIVE_COMMITTEE' AND regular AND cancelled_at IS NULL`,
    `CREATE INDEX meeting_of_kind_by_opening ON governance.meeting (kind, opens_on, id)`,
  ],
  down: [
    `DROP INDEX governance.meeting_of_kind_by_opening`,
    `DROP INDEX governance.one_executive_committee_meeting_a_year`,
    `
      CREATE UNIQUE INDEX one_executive_committee_meeting_a_year ON governance.meeting ((EXTRACT(YEAR FROM opens_on)))
        WHERE kind = 'EXECUTIVE_COMMITTEE' AND cancelled_at IS NULL`,
    `ALTER TABLE governance.meeting DROP CONSTRAINT cancelled_on_with_cancelled_at`,
    `ALTER TABLE governance.meeting DROP CONSTRAINT designation_of_a_regular_assembly`,
    `ALTER TABLE governance.meeting DROP COLUMN cancelled_on`,
    `ALTER TABLE governance.meeting DROP COLUMN host_designated_on`,
    `ALTER TABLE governance.meeting DROP COLUMN regular`,
  ],
});
