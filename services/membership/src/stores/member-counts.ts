import type { DataSource } from 'typeorm';
import type { MemberCriteria } from './member-store';

/** Whether the kept counts answer these criteria: every criterion but a name search is one of their keys. */
export function countedByKeys(criteria: MemberCriteria): boolean {
  return !criteria.nameContains;
}

/** How many members meet `criteria`, summed from the kept counts (a few rows per country), never by counting members. */
export async function keptCount(dataSource: DataSource, criteria: MemberCriteria): Promise<number> {
  const [row]: Array<{ members: number }> = await dataSource.query(
    `SELECT coalesce(sum(members), 0)::int AS members FROM membership.member_count
      WHERE ($1::boolean IS NULL OR founding_member = $1) AND ($2::text IS NULL OR category = $2)
        AND ($3::text IS NULL OR country_code = $3) AND ($4::text IS NULL OR status = $4)`,
    [criteria.foundingMember ?? null, criteria.category ?? null, criteria.countryCode ?? null, criteria.status ?? null],
  );
  return row?.members ?? 0;
}
