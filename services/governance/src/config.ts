import { z } from 'zod';
import { parseSubgraphConfig, parseSubgraphSecret, parseWith, SUBGRAPH_REGISTRY, type SubgraphConfig } from '@wego/config';

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

const { membership, 'regional-offices': offices } = SUBGRAPH_REGISTRY;
const neighbourUrl = ({ urlVariable, defaultUrl }: typeof membership) => z.string().url(`${urlVariable} must be an http(s) URL`).default(defaultUrl);

const governanceSchema = z.object({
  // G8 (docs/rules.md): the statute's twenty is the default; the overview's 21 is why the limit is a setting.
  EXCOM_MAX_SEATS: z.coerce.number().int().min(1).max(100).default(20),
  [membership.urlVariable]: neighbourUrl(membership),
  [offices.urlVariable]: neighbourUrl(offices),
});

/** The governance subgraph's configuration: a subgraph's (GOVERNANCE_PORT, 4002) plus its charter setting and its neighbours. */
export function parseGovernanceConfig(env: Environment): GovernanceConfig {
  const subgraph = parseSubgraphConfig(env, 'governance');
  const raw = parseWith(governanceSchema, env) as Record<string, string | number>;
  return {
    ...subgraph,
    executiveCommitteeMaxSeats: raw.EXCOM_MAX_SEATS as number,
    membershipUrl: raw[membership.urlVariable] as string,
    regionalOfficesUrl: raw[offices.urlVariable] as string,
    membershipSecret: parseSubgraphSecret(env, 'membership'),
    regionalOfficesSecret: parseSubgraphSecret(env, 'regional-offices'),
  };
}
