import { z } from 'zod';
import { parseWith } from './shared';
import { parseSubgraphConfig, type SubgraphConfig } from './subgraph';
import { parseSubgraphSecret } from './subgraph-secrets';

type Environment = Record<string, string | undefined>;

export interface GovernanceConfig extends SubgraphConfig {
  /** G8: how many members the Executive Committee may hold on any date, the President and the EVP included. */
  executiveCommitteeMaxSeats: number;
  /** The membership subgraph, asked for what governance needs of members: names, and standing at the moment of a write. */
  membershipUrl: string;
  /** The regional-offices subgraph, asked which office serves a Vice President appointee (G11). */
  regionalOfficesUrl: string;
  /**
   * Membership's and regional-offices' secrets: governance is internal infrastructure its neighbours
   * trust, so it presents their secrets beside the caller's own token when it asks them.
   */
  membershipSecret: string;
  regionalOfficesSecret: string;
}

const governanceSchema = z.object({
  // G8 (docs/rules.md): the statute's twenty is the default; the overview's 21 is why the limit is a setting.
  EXCOM_MAX_SEATS: z.coerce.number().int().min(1).max(100).default(20),
  MEMBERSHIP_URL: z.string().url('MEMBERSHIP_URL must be an http(s) URL').default('http://localhost:4001/graphql'),
  REGIONAL_OFFICES_URL: z.string().url('REGIONAL_OFFICES_URL must be an http(s) URL').default('http://localhost:4003/graphql'),
});

/** The governance subgraph's configuration: a subgraph's (GOVERNANCE_PORT, 4002) plus its charter setting and its neighbours. */
export function parseGovernanceConfig(env: Environment): GovernanceConfig {
  const subgraph = parseSubgraphConfig(env, 'GOVERNANCE_PORT', 4002, 'governance');
  const raw = parseWith(governanceSchema, env);
  return {
    ...subgraph,
    executiveCommitteeMaxSeats: raw.EXCOM_MAX_SEATS,
    membershipUrl: raw.MEMBERSHIP_URL,
    regionalOfficesUrl: raw.REGIONAL_OFFICES_URL,
    membershipSecret: parseSubgraphSecret(env, 'membership'),
    regionalOfficesSecret: parseSubgraphSecret(env, 'regional-offices'),
  };
}
