export { ANONYMOUS, isSecretariat, type Viewer, type Role } from './viewer';
export { signToken, verifyToken, viewerFromAuthorization, type TokenClaims } from './tokens';
export { requireSecretariat } from './authorisation';
export { SUBGRAPH_SECRET_HEADER, presentsSubgraphSecret } from './subgraph-secret';
