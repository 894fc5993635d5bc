import type { RefusedAttemptRow } from '@wego/audit';
import { pinnedClock, type CalendarDate } from '@wego/calendar';
import { auditEntryRows, startSubgraphUnderTest, type AuditEntryRow, type SubgraphDefinition, type SubgraphUnderTest } from '@wego/testing';
import { createRegionalOfficesDataSource, REGIONAL_OFFICES_SCHEMA, setUpRegionalOfficesDatabase } from '../src/database';
import { createServer } from '../src/server';

export const TODAY = '2026-11-27' as CalendarDate;

/** What is the subgraph's own: its setup, data source and server; its schema comes from the registry. */
export const REGIONAL_OFFICES: SubgraphDefinition = { name: 'regional-offices', clock: pinnedClock(TODAY), setUp: setUpRegionalOfficesDatabase, dataSourceOf: createRegionalOfficesDataSource, serverOf: createServer };

/** The regional-offices subgraph on its own fresh database, served over real HTTP. */
export interface RegionalOfficesUnderTest extends SubgraphUnderTest {
  /** Every coverage row as `office:country`, ordered: what a refused change must leave alone. */
  coverageRows(): Promise<string[]>;
  auditRows(): Promise<AuditEntryRow[]>;
  refusedRows(): Promise<RefusedAttemptRow[]>;
}

export async function startRegionalOffices(): Promise<RegionalOfficesUnderTest> {
  const offices = await startSubgraphUnderTest(REGIONAL_OFFICES);
  const { dataSource } = offices;
  return {
    ...offices,
    async coverageRows() {
      const rows: Array<{ row: string }> = await dataSource.query(
        `SELECT office_id || ':' || country_code AS row FROM regional_offices.office_coverage ORDER BY office_id, country_code`,
      );
      return rows.map((row) => row.row);
    },
    auditRows: () => auditEntryRows(dataSource, REGIONAL_OFFICES_SCHEMA),
    refusedRows: () =>
      dataSource.query(`SELECT at, actor, role, operation, entity_id, input, code, rule, message, request_id FROM regional_offices.refused_attempt ORDER BY id`),
  };
}

/** The one mutation of this subgraph, as the tests send it. */
export const SET_COVERAGE = `mutation($officeId: ID!, $countryCodes: [String!]!) {
  setOfficeCoverage(officeId: $officeId, countryCodes: $countryCodes) { id coveredCountryCodes }
}`;
