import { unauthenticated } from '@wego/errors';
import type { Admission, IncomingRequest } from '../http';
import { presentsSubgraphSecret, SUBGRAPH_SECRET_HEADER, type TokenVerifier } from '@wego/identity';

export interface AdmissionPolicy {
  /** Verifies a caller's token, as the subgraph does for every request. */
  tokens: TokenVerifier;
  /** The subgraph's secret: the gateway presents it, and so does infrastructure the subgraph trusts. */
  subgraphSecret: string;
  /** Offices call regional-offices directly, for the fields that subgraph owns. */
  admitsOfficeTokens: boolean;
}

const REFUSAL = 'This service answers the WeGO gateway only; send your request to the gateway.';
const OFFICE_REFUSAL = 'This service answers the WeGO gateway and regional offices only: present an office token, or send your request to the gateway.';

/** The gateway (and infrastructure holding the secret) is not counted by the rate limit: it already counts its own callers' operations. */
const TRUSTED_CALLER: Admission = { rateLimitKey: null };

/**
 * The gateway by its secret, or (where allowed) an office by its token; anyone else gets 401 before
 * GraphQL runs, so not even `_service` or `_entities` answer a side door.
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
