import { statementMigration } from '@wego/database';

/**
 * Member counts kept beside the members, one row per country, category, status and founding flag,
 * so that a count answers from a few rows however large the organisation grows; the indexes that
 * give an office's pages and the founding members' pages in name order; each name kept folded to
 * lower case for the name search.
 */
export const CountMembersAndIndexPages1764800000000 = statementMigration('CountMembersAndIndexPages1764800000000', {
  up: [
    `
      CREATE TABLE membership.member_count (
        country_code char(2) NOT NULL,
        category text NOT NULL,
        status text NOT NULL,
        founding_member boolean NOT NULL,
        members integer NOT NULL CHECK (members >= 0),
        PRIMARY KEY (country_code, category, status, founding_member)
      )`,
    // A change of key touches two rows: they are locked in key order, so that two changes never wait on each other in a cycle.
    `
      CREATE FUNCTION membership.member_count_follows() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' AND (OLD.country_code, OLD.category, OLD.status, OLD.founding_member)
                                = (NEW.country_code, NEW.category, NEW.status, NEW.founding_member) THEN
            RETURN NULL;
          END IF;
          IF TG_OP = 'UPDATE' AND (OLD.country_code, OLD.category, OLD.status, OLD.founding_member)
                                > (NEW.country_code, NEW.category, NEW.status, NEW.founding_member) THEN
            INSERT INTO membership.member_count AS c VALUES (NEW.country_code, NEW.category, NEW.status, NEW.founding_member, 1)
              ON CONFLICT (country_code, category, status, founding_member) DO UPDATE SET members = c.members + 1;
            UPDATE membership.member_count SET members = members - 1
             WHERE (country_code, category, status, founding_member) = (OLD.country_code, OLD.category, OLD.status, OLD.founding_member);
            RETURN NULL;
          END IF;
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            UPDATE membership.member_count SET members = members - 1
             WHERE (country_code, category, status, founding_member) = (OLD.country_code, OLD.category, OLD.status, OLD.founding_member);
          END IF;
          IF TG_OP IN ('UPDATE', 'INSERT') THEN
            INSERT INTO membership.member_count AS c VALUES (NEW.country_code, NEW.category, NEW.status, NEW.founding_member, 1)
              ON CONFLICT (country_code, category, status, founding_member) DO UPDATE SET members = c.members + 1;
          END IF;
          RETURN NULL;
        END
      $$`,
    `
      CREATE TRIGGER member_count_follows AFTER INSERT OR DELETE OR UPDATE OF country_code, category, status, founding_member
        ON membership.member FOR EACH ROW EXECUTE FUNCTION membership.member_count_follows()`,
    `
      INSERT INTO membership.member_count (country_code, category, status, founding_member, members)
      SELECT country_code, category, status, founding_member, count(*) FROM membership.member GROUP BY 1, 2, 3, 4`,
    `CREATE INDEX member_by_country_and_name ON membership.member (country_code, (name COLLATE "und-x-icu"), id)`,
    `CREATE INDEX founding_member_by_name ON membership.member ((name COLLATE "und-x-icu"), id) WHERE founding_member`,
    // A name search reads every name: folding each once, when it is written, makes that read several times cheaper.
    'ALTER TABLE membership.member ADD COLUMN name_folded text NOT NULL GENERATED ALWAYS AS (lower(name)) STORED',
  ],
  down: [
    'ALTER TABLE membership.member DROP COLUMN name_folded',
    'DROP INDEX membership.founding_member_by_name',
    'DROP INDEX membership.member_by_country_and_name',
    'DROP TRIGGER member_count_follows ON membership.member',
    'DROP FUNCTION membership.member_count_follows()',
    'DROP TABLE membership.member_count',
  ],
});
