import { statementMigration } from '@wego/database';
import { withAuditTable } from '@wego/audit';

/**
 * Member ids refer to membership's members by id alone: no foreign key crosses a schema boundary.
 * The constraints here are the rules the database can hold on its own, so that a write racing
 * another cannot break them.
 */
export const CreateGovernance1764100000000 = statementMigration('CreateGovernance1764100000000', withAuditTable('governance', {
  up: [
    `
      CREATE TABLE governance.meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('GENERAL_ASSEMBLY', 'EXECUTIVE_COMMITTEE')),
        opens_on date NOT NULL,
        host_member_id uuid NOT NULL,
        cancelled_at timestamptz
      )`,
    `CREATE INDEX meeting_by_opening ON governance.meeting (opens_on, id) WHERE cancelled_at IS NULL`,
    // G2: at most one Executive Committee meeting per calendar year.
    `
      CREATE UNIQUE INDEX one_executive_committee_meeting_a_year ON governance.meeting ((EXTRACT(YEAR FROM opens_on)))
        WHERE kind = 'EXECUTIVE_COMMITTEE' AND cancelled_at IS NULL`,
    `
      CREATE TABLE governance.candidacy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES governance.meeting (id),
        member_id uuid NOT NULL,
        position text NOT NULL CHECK (position IN ('PRESIDENT', 'EXECUTIVE_COMMITTEE_MEMBER')),
        received_on date NOT NULL,
        status text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED', 'ELECTED', 'NOT_ELECTED', 'WITHDRAWN')),
        CONSTRAINT one_candidacy_per_member_position_and_meeting UNIQUE (meeting_id, member_id, position)
      )`,
    `
      CREATE TABLE governance.mandate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL,
        position text NOT NULL CHECK (position IN ('PRESIDENT', 'VICE_PRESIDENT', 'EXECUTIVE_COMMITTEE_MEMBER')),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        source_meeting_id uuid REFERENCES governance.meeting (id),
        area text CHECK (area IN ('secretariat', 'east-asia', 'eurasia', 'mediterranean', 'latin-america')),
        CONSTRAINT mandate_ends_after_it_starts CHECK (starts_on <= ends_on),
        CONSTRAINT vice_presidents_have_an_area CHECK ((position = 'VICE_PRESIDENT') = (area IS NOT NULL)),
        -- G7: at most one President on any date.
        CONSTRAINT one_president_at_a_time EXCLUDE USING gist (daterange(starts_on, ends_on, '[]') WITH &&) WHERE (position = 'PRESIDENT')
      )`,
    `CREATE INDEX mandate_of_member ON governance.mandate (member_id, starts_on)`,
    `CREATE INDEX mandate_by_period ON governance.mandate (starts_on, ends_on)`,
    `
      CREATE TABLE governance.absence (
        meeting_id uuid NOT NULL REFERENCES governance.meeting (id),
        member_id uuid NOT NULL,
        PRIMARY KEY (meeting_id, member_id)
      )`,
  ],
  down: [
    'DROP TABLE governance.absence',
    'DROP TABLE governance.mandate',
    'DROP TABLE governance.candidacy',
    'DROP TABLE governance.meeting',
  ],
}));
