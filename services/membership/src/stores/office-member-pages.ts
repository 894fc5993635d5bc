import type { DataSource } from 'typeorm';
import type { PageRequest } from '@wego/graphql-primitives';
import { MemberRecord } from '../entities';
import { isMemberId, type MemberPage } from './member-store';

/** The countries an office serves: the listed ones, or with `complement` every other country. */
export interface CountrySelection {
  countryCodes: string[];
  complement: boolean;
}

export interface OfficeMembersRequest {
  countries: CountrySelection;
  page: PageRequest;
}

interface PageRow {
  position: number;
  total_count: number;
  id: string | null;
  name: string;
  category: MemberRecord['category'];
  kind: MemberRecord['kind'];
  country_code: string;
  founding_member: boolean;
  joined_on: string;
  status: MemberRecord['status'];
}

function memberOf(row: PageRow): MemberRecord {
  return Object.assign(new MemberRecord(), {
    id: row.id,
    name: row.name,
    category: row.category,
    kind: row.kind,
    countryCode: row.country_code,
    foundingMember: row.founding_member,
    joinedOn: row.joined_on,
    status: row.status,
  });
}

// One statement for any number of offices: each request's count and page side by side (LATERAL).
const PAGES_OF_SELECTIONS = `
  WITH request AS (
    SELECT r.position, r.complement, r.after_name, r.after_id, r.size, ARRAY(SELECT jsonb_array_elements_text(r.codes)) AS codes
      FROM jsonb_to_recordset($1::jsonb) AS r(position int, codes jsonb, complement boolean, after_name text, after_id uuid, size int)
  )
  SELECT request.position, total.count AS total_count, page.*
    FROM request
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS count FROM membership.member m WHERE (m.country_code = ANY(request.codes)) <> request.complement
    ) total
    LEFT JOIN LATERAL (
      SELECT m.* FROM membership.member m
       WHERE (m.country_code = ANY(request.codes)) <> request.complement
         AND (request.after_name IS NULL OR (m.name COLLATE "und-x-icu", m.id) > (request.after_name COLLATE "und-x-icu", request.after_id))
       ORDER BY m.name COLLATE "und-x-icu", m.id
       LIMIT request.size + 1
    ) page ON true
   ORDER BY request.position, page.name COLLATE "und-x-icu", page.id`;

/** Pages of the members each office serves (O3), for many offices in one statement. */
export async function pagesOfOfficeMembers(dataSource: DataSource, requests: readonly OfficeMembersRequest[]): Promise<MemberPage[]> {
  const parameter = requests.map((request, position) => ({
    position,
    codes: request.countries.countryCodes,
    complement: request.countries.complement,
    after_name: request.page.after?.sortKey ?? null,
    after_id: request.page.after ? (isMemberId(request.page.after.id) ? request.page.after.id : '00000000-0000-0000-0000-000000000000') : null,
    size: request.page.size,
  }));
  const rows: PageRow[] = await dataSource.query(PAGES_OF_SELECTIONS, [JSON.stringify(parameter)]);
  const pages: MemberPage[] = requests.map(() => ({ rows: [], totalCount: 0 }));
  for (const row of rows) {
    const page = pages[row.position]!;
    page.totalCount = row.total_count;
    if (row.id !== null) page.rows.push(memberOf(row));
  }
  return pages;
}
