import { pinnedClock, type CalendarDate } from '@wego/calendar';
import { serveSubgraphUnderTest, startSubgraphUnderTest, testEnvironment, type SubgraphDefinition, type SubgraphUnderTest, type TestDatabase } from '@wego/testing';
import { createGovernanceDataSource, setUpGovernanceDatabase } from '../src/database';
import { createServer } from '../src/server';

export const TODAY = '2026-11-27' as CalendarDate;
/** Deliberately not the statute's 20, to prove the setting comes from configuration. */
export const EXCOM_MAX_SEATS = 17;

/** The governance subgraph on its own fresh database, served over real HTTP. */
export type GovernanceUnderTest = SubgraphUnderTest;

/** Governance, asking its members of the membership subgraph at `membershipUrl`. */
function governanceAsking(membershipUrl: string): SubgraphDefinition {
  return {
    name: 'governance',
    clock: pinnedClock(TODAY),
    setUp: setUpGovernanceDatabase,
    dataSourceOf: createGovernanceDataSource,
    serverOf: ({ config, ...rest }) => {
      const { subgraphSecrets } = testEnvironment();
      return createServer({
        ...rest,
        config: {
          ...config,
          executiveCommitteeMaxSeats: EXCOM_MAX_SEATS,
          membershipUrl,
          membershipSecret: subgraphSecrets.membership,
          regionalOfficesSecret: subgraphSecrets['regional-offices'],
          // Reads never ask regional offices; the write side is tested with every subgraph running (test/governance).
          regionalOfficesUrl: 'http://127.0.0.1:9/graphql',
        },
      });
    },
  };
}

export function startGovernance(options: { membershipUrl: string }): Promise<GovernanceUnderTest> {
  return startSubgraphUnderTest(governanceAsking(options.membershipUrl));
}

/** The governance subgraph on a database already set up, served over real HTTP; stop() leaves the database. */
export function serveGovernance(database: TestDatabase, options: { membershipUrl: string }): Promise<GovernanceUnderTest> {
  return serveSubgraphUnderTest(governanceAsking(options.membershipUrl), database);
}
