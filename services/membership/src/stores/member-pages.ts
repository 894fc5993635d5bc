import type { DataSource } from 'typeorm';
import type { PageRequest } from '@wego/graphql-primitives';
import type { MemberCriteria, MemberPage } from './member-store';
import { memberOf, type MemberRow } from './member-rows';

const NIL_ID = '00000000-0000-0000-0000-000000000000';

/** The criteria as SQL conditions on the member table `m` and, but for a name search, on the kept counts. */
function conditionsOf(criteria: MemberCriteria, parameters: unknown[]): { onMembers: string[]; onCounts: string[] } {
  const onMembers: string[] = [];
  const onCounts: string[] = [];
  const add = (column: string, value: unknown) => {
    parameters.push(value);
    onMembers.push(`m.${column} = $${parameters.length}`);
    onCounts.push(`c.${column} = $${parameters.length}`);
  };
  if (criteria.foundingMember !== undefined) add('founding_member', criteria.foundingMember);
  if (criteria.category) add('category', criteria.category);
  if (criteria.countryCode) add('country_code', criteria.countryCode);
  if (criteria.status) add('status', criteria.status);
  if (criteria.nameContains) {
    parameters.push(criteria.nameContains);
    onMembers.push(`strpos(m.name_folded, lower($${parameters.length})) > 0`);
  }
  return { onMembers, onCounts };
}

const where = (conditions: string[]) => (conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '');

/**
 * One page of members in name order (ICU root collation, then id) and the count of all pages, in one
 * statement. The count is summed from the kept counts and the page walks a name index from its
 * cursor, which a first page places before every member ('', the nil id) so that it is always an
 * index condition. A name search reads the members once: it counts those found and sorts them for
 * the page.
 */
export async function pageOfMembers(dataSource: DataSource, criteria: MemberCriteria, page: PageRequest, afterId: string | null): Promise<MemberPage> {
  const parameters: unknown[] = [];
  const { onMembers, onCounts } = conditionsOf(criteria, parameters);
  const search = Boolean(criteria.nameContains);
  parameters.push(page.after?.sortKey ?? '', afterId ?? NIL_ID, page.size + 1);
  const [afterName, after, limit] = [parameters.length - 2, parameters.length - 1, parameters.length];
  const cursor = `(m.name COLLATE "und-x-icu", m.id) > (CAST($${afterName} AS text) COLLATE "und-x-icu", CAST($${after} AS uuid))`;
  const found = search ? `WITH found AS MATERIALIZED (SELECT m.* FROM membership.member m ${where(onMembers)})` : '';
  const total = search
    ? 'SELECT count(*)::int AS count FROM found'
    : `SELECT coalesce(sum(c.members), 0)::int AS count FROM membership.member_count c ${where(onCounts)}`;
  const rows: Array<MemberRow & { total_count: number }> = await dataSource.query(
    `${found}
     SELECT total.count AS total_count, page.*
       FROM (${total}) total
       LEFT JOIN LATERAL (
         SELECT m.* FROM ${search ? 'found' : 'membership.member'} m ${where(search ? [cursor] : [...onMembers, cursor])}
          ORDER BY m.name COLLATE "und-x-icu", m.id
          LIMIT $${limit}
       ) page ON true
      ORDER BY page.name COLLATE "und-x-icu", page.id`,
    parameters,
  );
  return { rows: rows.filter((row) => row.id !== null).map(memberOf), totalCount: rows[0]?.total_count ?? 0 };
}
