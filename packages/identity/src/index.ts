export { ANONYMOUS, isSecretariat, type Viewer, type Role } from './viewer';
export { type TokenClaims } from './claims';
export { signToken, LocalTokensUnavailable } from './local-tokens';
export { createTokenVerifier, CLOCK_TOLERANCE_SECONDS, type TokenVerifier, type TokenVerifierOptions } from './token-verifier';
export { requireSecretariat } from './authorisation';
export { SUBGRAPH_SECRET_HEADER, presentsSubgraphSecret } from './subgraph-secret';
