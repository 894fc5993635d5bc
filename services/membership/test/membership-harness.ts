import type { RefusedAttemptRow } from '@wego/audit';
import { pinnedClock, type CalendarDate } from '@wego/calendar';
import { startSubgraphUnderTest, type SubgraphDefinition, type SubgraphUnderTest } from '@wego/testing';
import { createMembershipDataSource, setUpMembershipDatabase } from '../src/database';
import { createServer } from '../src/server';

export const TODAY = '2026-11-27' as CalendarDate;

/** What is the subgraph's own: its setup, data source and server; its schema comes from the registry. */
export const MEMBERSHIP: SubgraphDefinition = { name: 'membership', clock: pinnedClock(TODAY), setUp: setUpMembershipDatabase, dataSourceOf: createMembershipDataSource, serverOf: createServer };

/** The membership subgraph on its own fresh database, served over real HTTP. */
export interface MembershipUnderTest extends SubgraphUnderTest {
  /** The id of the member of this name. */
  memberIdOf(name: string): Promise<string>;
  refusedRows(): Promise<RefusedAttemptRow[]>;
}

export async function startMembership(): Promise<MembershipUnderTest> {
  const membership = await startSubgraphUnderTest(MEMBERSHIP);
  return {
    ...membership,
    async memberIdOf(name) {
      const [{ id }] = (await membership.dataSource.query(`SELECT id FROM membership.member WHERE name = $1`, [name])) as [{ id: string }];
      return id;
    },
    refusedRows: () =>
      membership.dataSource.query(`SELECT at, actor, role, operation, entity_id, input, code, rule, message, request_id FROM membership.refused_attempt ORDER BY id`),
  };
}
