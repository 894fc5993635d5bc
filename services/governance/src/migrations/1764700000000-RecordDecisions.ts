import { statementMigration } from '@wego/database';

/**
 * G13: what meetings decided. A decision carries its meeting's kind and opening day, bound to the
 * meeting by a foreign key over all three, so that listings (newest meeting first, an Assembly
 * before a Committee meeting of the same day, then by number) page along one index.
 */
export const RecordDecisions1764700000000 = statementMigration('RecordDecisions1764700000000', {
  up: [
    `ALTER TABLE governance.meeting ADD CONSTRAINT meeting_kind_and_opening UNIQUE (id, kind, opens_on)`,
    `
      CREATE TABLE governance.decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL,
        meeting_kind text NOT NULL,
        adopted_on date NOT NULL,
        number integer NOT NULL CHECK (number >= 1),
        kind text NOT NULL CHECK (kind IN ('RESOLUTION', 'ACTIVITY_REVIEW', 'ACTIVITY_PLAN')),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 20000),
        supersedes_decision_id uuid REFERENCES governance.decision (id),
        CONSTRAINT decision_of_meeting FOREIGN KEY (meeting_id, meeting_kind, adopted_on) REFERENCES governance.meeting (id, kind, opens_on),
        CONSTRAINT activity_records_at_committee_meetings CHECK (kind = 'RESOLUTION' OR meeting_kind = 'EXECUTIVE_COMMITTEE'),
        CONSTRAINT one_decision_per_number_and_meeting UNIQUE (meeting_id, number),
        CONSTRAINT decision_superseded_at_most_once UNIQUE (supersedes_decision_id),
        CONSTRAINT decision_does_not_supersede_itself CHECK (supersedes_decision_id <> id)
      )`,
    // Scanned backwards: opening day descending, GENERAL_ASSEMBLY (sorting after EXECUTIVE_COMMITTEE) first, then number ascending.
    `CREATE INDEX decision_listing ON governance.decision (adopted_on, meeting_kind, meeting_id, (-number))`,
  ],
  down: [
    'DROP TABLE governance.decision',
    'ALTER TABLE governance.meeting DROP CONSTRAINT meeting_kind_and_opening',
  ],
});
