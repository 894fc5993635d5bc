import type { DataSource } from 'typeorm';
import type { PageRequest } from '@wego/graphql-primitives';
import { isMemberId, type MemberPage } from './member-store';
import { memberOf, type MemberRow } from './member-rows';

/** The countries an office serves: the listed ones, or with `complement` every other country. */
export interface CountrySelection {
  countryCodes: string[];
  complement: boolean;
}

export interface OfficeMembersRequest {
  countries: CountrySelection;
  page: PageRequest;
}

interface PageRow extends MemberRow {
  position: number;
  total_count: number;
}

// One statement for any number of offices. Counts are summed from the kept counts (the complement
// as all members less the listed countries'); a listed office's page takes the first rows of each
// of its countries from the (country, name, id) index and keeps the first of those; the complement's
// walks the name index past the listed countries. Neither counts nor sorts the member table. A
// first page starts after ('', the nil uuid), before every member, so that the cursor is always
// an index condition.
const PAGES_OF_SELECTIONS = `
  WITH request AS (
    SELECT r.position, r.complement, coalesce(r.after_name, '') AS after_name, coalesce(r.after_id, '00000000-0000-0000-0000-000000000000') AS after_id, r.size, ARRAY(SELECT jsonb_array_elements_text(r.codes)::char(2)) AS codes
      FROM jsonb_to_recordset($1::jsonb) AS r(position int, codes jsonb, complement boolean, after_name text, after_id uuid, size int)
  ), everyone AS (
    SELECT coalesce(sum(c.members), 0)::int AS members FROM membership.member_count c
  )
  SELECT request.position, total.count AS total_count, page.*
    FROM request
    CROSS JOIN LATERAL (
      SELECT CASE WHEN request.complement THEN (SELECT members FROM everyone) - coalesce(sum(c.members), 0)::int ELSE coalesce(sum(c.members), 0)::int END AS count
        FROM membership.member_count c WHERE c.country_code = ANY(request.codes)
    ) total
    LEFT JOIN LATERAL (
      SELECT chosen.* FROM (
        SELECT listed.* FROM unnest(request.codes) AS code(country_code)
         CROSS JOIN LATERAL (
           SELECT m.* FROM membership.member m
            WHERE m.country_code = code.country_code
              AND (m.name COLLATE "und-x-icu", m.id) > (request.after_name COLLATE "und-x-icu", request.after_id)
            ORDER BY m.name COLLATE "und-x-icu", m.id
            LIMIT request.size + 1
         ) listed
         WHERE NOT request.complement
        UNION ALL
        (SELECT m.* FROM membership.member m
          WHERE request.complement AND NOT (m.country_code = ANY(request.codes))
            AND (m.name COLLATE "und-x-icu", m.id) > (request.after_name COLLATE "und-x-icu", request.after_id)
          ORDER BY m.name COLLATE "und-x-icu", m.id
          LIMIT request.size + 1)
      ) chosen
      ORDER BY chosen.name COLLATE "und-x-icu", chosen.id
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
