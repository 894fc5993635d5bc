import type { Client } from 'pg';
import { passwordForCreateRole } from './password-verifier';
import { SQL_STATE, sqlStateOf } from './sql-state';

export interface RoleToEnsure {
  name: string;
  /** A runtime role logs in; an owner role is only ever taken on with SET ROLE. */
  login: boolean;
  /** Set when the role is created; null creates it without one (servers that trust their clients). */
  password: string | null;
}

interface RoleFacts {
  privileged: boolean;
  memberOf: string[];
}

async function factsOf(client: Client, name: string): Promise<RoleFacts | null> {
  const { rows } = await client.query<{ privileged: boolean; member_of: string[] }>(
    `SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls AS privileged,
            ARRAY(SELECT m.roleid::regrole::text FROM pg_auth_members m WHERE m.member = r.oid ORDER BY 1) AS member_of
       FROM pg_roles r WHERE rolname = $1`,
    [name],
  );
  return rows[0] ? { privileged: rows[0].privileged, memberOf: rows[0].member_of } : null;
}

/**
 * Creates the role unless it exists. Roles belong to the whole server while each test file and each
 * run has a database of its own, so another setup may create the same role at the same moment:
 * its CREATE wins and ours fails with duplicate_object (or unique_violation on the catalog index).
 * An existing role is taken as it is, unless it could do more than its part allows.
 */
export async function ensureRole(client: Client, role: RoleToEnsure): Promise<void> {
  if (!(await factsOf(client, role.name))) {
    const password = role.password === null ? '' : ` PASSWORD ${client.escapeLiteral(passwordForCreateRole(role.password))}`;
    try {
      await client.query(
        `CREATE ROLE ${client.escapeIdentifier(role.name)} WITH ${role.login ? 'LOGIN' : 'NOLOGIN'}
           NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS${password}`,
      );
    } catch (error) {
      const state = sqlStateOf(error);
      if (state !== SQL_STATE.duplicateObject && state !== SQL_STATE.uniqueViolation) throw error;
    }
  }
  const facts = await factsOf(client, role.name);
  if (!facts) throw new Error(`the role ${role.name} could not be created`);
  if (facts.privileged) {
    throw new Error(`the role ${role.name} exists with SUPERUSER, CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS; a subgraph's role must have none`);
  }
  // A runtime role granted another role's privileges (pg_read_all_data, say) would read beyond its schema.
  if (role.login && facts.memberOf.length > 0) {
    throw new Error(`the role ${role.name} is a member of ${facts.memberOf.join(', ')}; a subgraph's runtime role must belong to no other role`);
  }
}

/** Gives the role a password and the right to log in: when the one it has does not let it in. */
export async function resetLogin(client: Client, name: string, password: string | null): Promise<void> {
  const credential = password === null ? 'PASSWORD NULL' : `PASSWORD ${client.escapeLiteral(passwordForCreateRole(password))}`;
  await client.query(`ALTER ROLE ${client.escapeIdentifier(name)} WITH LOGIN ${credential}`);
}

/**
 * Lets the connected administrator take on `role` (SET ROLE), as migrating as the owner needs. A
 * superuser may already; a role with CREATEROLE administers the roles it created but, since
 * Postgres 16, may not become them until it grants itself the membership.
 */
export async function ensureAdministratorCanBecome(client: Client, role: string): Promise<void> {
  const { rows } = await client.query<{ can: boolean }>(
    `SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
         OR pg_has_role(current_user, $1, CASE WHEN current_setting('server_version_num')::int >= 160000 THEN 'SET' ELSE 'MEMBER' END) AS can`,
    [role],
  );
  if (!rows[0]?.can) await client.query(`GRANT ${client.escapeIdentifier(role)} TO CURRENT_USER`);
}
