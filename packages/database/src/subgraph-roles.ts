import { createHmac } from 'node:crypto';

/** The two Postgres roles of one subgraph. */
export interface SubgraphRoles {
  /** Logs in as the subgraph at run time; reads and writes its own schema's rows, nothing more. */
  runtime: string;
  /** Owns the schema and its objects; runs the migrations and seeds; cannot log in. */
  owner: string;
}

// Postgres cuts identifiers at 63 bytes; the owner's name adds `_owner` to the runtime role's.
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,56}$/;

export class RoleNameError extends Error {
  constructor(name: string) {
    super(`"${name}" cannot name a subgraph's role: lower-case letters, digits and _, at most 57 characters, not starting with pg_`);
    this.name = 'RoleNameError';
  }
}

/** The roles of the subgraph whose runtime role is `runtime`: the owner is named after it. */
export function subgraphRolesOf(runtime: string): SubgraphRoles {
  if (!ROLE_NAME.test(runtime) || runtime.startsWith('pg_')) throw new RoleNameError(runtime);
  return { runtime, owner: `${runtime}_owner` };
}

/** The runtime role named in a subgraph's database URL. */
export function runtimeRoleOf(runtimeUrl: string): SubgraphRoles {
  return subgraphRolesOf(decodeURIComponent(new URL(runtimeUrl).username));
}

/** The runtime role of the subgraph owning `schema`, outside production: `wego_<schema>`. */
export function developmentRuntimeRole(schema: string): string {
  return `wego_${schema}`;
}

/**
 * The URL a subgraph connects with outside production: the administrator's server and database,
 * as `wego_<schema>`, with a password derived from the administrator's. Roles belong to the whole
 * server, so every setup on it (each test database, concurrent runs) must arrive at the same
 * password, or one would lock the others out; in production the URL is configured instead.
 */
export function developmentRuntimeUrl(adminUrl: string, schema: string): string {
  const url = new URL(adminUrl);
  const adminPassword = decodeURIComponent(url.password);
  const role = developmentRuntimeRole(schema);
  url.username = role;
  url.password = createHmac('sha256', `wego-runtime-role:${adminPassword}`).update(role).digest('base64url').slice(0, 32);
  return url.toString();
}
