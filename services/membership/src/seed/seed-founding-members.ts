import type { DataSource } from 'typeorm';
import { FOUNDING_MEMBERS, FOUNDING_YEAR_JOINED_ON } from './founding-members';

/** Inserts the founding members that are not there yet; answers how many it inserted. */
export async function seedFoundingMembers(dataSource: DataSource): Promise<number> {
  const rows: Array<{ name: string }> = await dataSource.query(
    `INSERT INTO membership.member (name, category, kind, country_code, founding_member, joined_on, status)
     SELECT name, 'FULL', kind, country_code, true, $4::date, 'ACTIVE'
       FROM unnest($1::text[], $2::text[], $3::text[]) AS founder(name, kind, country_code)
     ON CONFLICT (name) WHERE founding_member DO NOTHING
     RETURNING name`,
    [
      FOUNDING_MEMBERS.map((member) => member.name.normalize('NFC')),
      FOUNDING_MEMBERS.map((member) => member.kind),
      FOUNDING_MEMBERS.map((member) => member.countryCode),
      FOUNDING_YEAR_JOINED_ON,
    ],
  );
  return rows.length;
}
