import { unauthenticated } from '@wego/errors';
import type { Admission, IncomingRequest } from '../http';
import { presentsSubgraphSecret, SUBGRAPH_SECRET_HEADER, type TokenVerifier } from '@wego/identity';

export interface AdmissionPolicy {
  /** Verifies a caller's token, as the subgraph does for every request. */
  tokens: TokenVerifier;
  /** The subgraph's secret: the gateway presents it, and so does infrastructure the subgraph trusts. */
  subgraphSecret: string;
  /**
   * Whether a regional office's own verified token admits its caller without the secret
   * (README, "Subgraphs answer the gateway only": offices call regional-offices directly, for the fields that subgraph owns).
   */
  admitsOfficeTokens: boolean;
}

const REFUSAL = 'This service answers the WeGO gateway only; send your request to the gateway.';
const OFFICE_REFUSAL = 'This service answers the WeGO gateway and regional offices only: present an office token, or send your request to the gateway.';

/** The gateway (and infrastructure holding the secret) is not counted by the rate limit: it already counts its own callers' operations. */
const TRUSTED_CALLER: Admission = { rateLimitKey: null };

/**
 * Who a subgraph serves at all: the gateway, proven by the secret, or (where allowed) an office
 * proven by its token, counted by the rate limit under the token's subject. Anyone else, a valid
 * Secretariat or member token included, is refused with 401 before GraphQL runs, so not even
 * `_service` or `_entities` answer a side door.
 */
export function callerAdmission(policy: AdmissionPolicy): (request: IncomingRequest) => Promise<Admission> {
  return async ({ headers }) => {
    if (presentsSubgraphSecret(headers[SUBGRAPH_SECRET_HEADER], policy.subgraphSecret)) return TRUSTED_CALLER;
    if (!policy.admitsOfficeTokens) throw unauthenticated(REFUSAL);
    const viewer = await policy.tokens.viewerOf(headers.authorization);
    if (viewer.role !== 'office') throw unauthenticated(OFFICE_REFUSAL);
    return { rateLimitKey: `office:${viewer.subject}` };
  };
}
