import type { DataSource } from 'typeorm';
import { ASSIGNED_COUNTRY_CODES } from '@wego/input-rules';

/** The kinds a member may be, each with the one category it allows (M1). */
const KINDS = [
  ['CITY', 'FULL'],
  ['REGIONAL_GOVERNMENT', 'FULL'],
  ['INSTITUTION', 'ASSOCIATE'],
  ['TECH_SOLUTION_PROVIDER', 'INDUSTRY'],
] as const;

/**
 * Adds `count` members spread over every assigned country and every kind and category, in one
 * statement, so that the organisation can be measured at fifty times its size. Never a founding
 * member: the founders stay the seed's. Statistics are refreshed for the planner afterwards.
 */
export async function addScaleMembers(dataSource: DataSource, count: number): Promise<void> {
  if (!Number.isInteger(count) || count < 0) throw new Error(`The number of members to add must be a whole number, not ${count}.`);
  const countries = [...ASSIGNED_COUNTRY_CODES].sort();
  await dataSource.query(
    `INSERT INTO membership.member (name, category, kind, country_code, founding_member, joined_on, status)
     SELECT format('%s %s', (ARRAY['Nova', 'Alta', 'Porto', 'Santa', 'Nieuw', 'Saint', 'Bad', 'Ciudad'])[1 + (n * 7) % 8], lpad(n::text, 6, '0')),
            ($2::text[])[1 + n % 4], ($3::text[])[1 + n % 4],
            ($1::text[])[1 + (n * 31) % cardinality($1::text[])],
            false, DATE '1995-01-01' + (n % 10000),
            (ARRAY['ACTIVE', 'ACTIVE', 'ACTIVE', 'SUSPENDED', 'WITHDRAWN'])[1 + n % 5]
       FROM generate_series((SELECT count(*) FROM membership.member)::int + 1, (SELECT count(*) FROM membership.member)::int + $4::int) AS n`,
    [countries, KINDS.map(([, category]) => category), KINDS.map(([kind]) => kind), count],
  );
  await dataSource.query('VACUUM ANALYZE membership.member');
}

/** Assesses every member's fee for each year from `fromYear` to `toYear` not yet assessed, a third of them half paid. */
export async function assessEveryMembersFees(dataSource: DataSource, fromYear: number, toYear: number): Promise<void> {
  await dataSource.query(
    `INSERT INTO membership.fee_assessment (member_id, year, amount_due, amount_paid)
     SELECT m.id, y, 1000, CASE WHEN (y + abs(hashtext(m.id::text))) % 3 = 0 THEN 500 ELSE 1000 END
       FROM membership.member m CROSS JOIN generate_series($1::int, $2::int) AS y
     ON CONFLICT DO NOTHING`,
    [fromYear, toYear],
  );
  await dataSource.query('VACUUM ANALYZE membership.fee_assessment');
}
