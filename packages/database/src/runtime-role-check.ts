import type { DataSource } from 'typeorm';

interface RoleFacts {
  role: string;
  superuser: boolean;
  privileged: boolean;
  member_of: string[];
  owns_schema: boolean;
  creates_in_schema: boolean;
  reads_elsewhere: string[];
}

/**
 * What the connected role could do beyond a subgraph's runtime role. A subgraph handed an
 * administrator's or the owner's URL by mistake works all the same; this makes it show.
 */
export async function privilegesBeyondRuntime(dataSource: DataSource, schema: string): Promise<string[]> {
  const [facts]: RoleFacts[] = await dataSource.query(
    `SELECT current_user AS role, r.rolsuper AS superuser,
            r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls AS privileged,
            ARRAY(SELECT m.roleid::regrole::text FROM pg_auth_members m WHERE m.member = r.oid ORDER BY 1) AS member_of,
            EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspname = $1 AND pg_has_role(current_user, n.nspowner, 'USAGE')) AS owns_schema,
            EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspname = $1 AND has_schema_privilege(n.oid, 'CREATE')) AS creates_in_schema,
            ARRAY(SELECT DISTINCT n.nspname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname <> $1
                     AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
                     AND has_schema_privilege(n.oid, 'USAGE') AND has_table_privilege(c.oid, 'SELECT')
                   ORDER BY 1) AS reads_elsewhere
       FROM pg_roles r WHERE r.rolname = current_user`,
    [schema],
  );
  if (!facts) return ['the connected role is not in pg_roles'];
  const excess: string[] = [];
  if (facts.superuser) excess.push(`${facts.role} is a superuser`);
  if (facts.privileged) excess.push(`${facts.role} has CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS`);
  if (facts.member_of.length > 0) excess.push(`${facts.role} is a member of ${facts.member_of.join(', ')}`);
  if (facts.owns_schema) excess.push(`${facts.role} owns the ${schema} schema, so could drop its triggers and tables`);
  if (facts.creates_in_schema) excess.push(`${facts.role} may create objects in the ${schema} schema`);
  if (facts.reads_elsewhere.length > 0) excess.push(`${facts.role} can read tables of ${facts.reads_elsewhere.join(', ')}`);
  return excess;
}

/**
 * Refuses, in production, to serve a subgraph as a role that can do more than its runtime role
 * should; elsewhere says so and serves.
 */
export async function guardRuntimeRole(
  dataSource: DataSource,
  schema: string,
  options: { production: boolean; warn: (message: string, fields: Record<string, unknown>) => void },
): Promise<void> {
  const excess = await privilegesBeyondRuntime(dataSource, schema);
  if (excess.length === 0) return;
  const message = `DATABASE_URL must name the subgraph's runtime role (see its setup), not a role that can do more: ${excess.join('; ')}`;
  if (options.production) throw new Error(message);
  options.warn('the subgraph connects as a role that can do more than it needs', { excess });
}
