import type { Client } from 'pg';

/** What must be handed over, one ALTER each: objects that do not follow a table they belong to. */
const OBJECTS_OWNED_BY_OTHERS = `
  WITH target AS (SELECT (SELECT oid FROM pg_namespace WHERE nspname = $1) AS schema, (SELECT oid FROM pg_roles WHERE rolname = $2) AS owner)
  SELECT format('ALTER %s %s OWNER TO %I',
           CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
           c.oid::regclass, $2::text) AS statement
    FROM pg_class c, target
   WHERE c.relnamespace = target.schema AND c.relowner <> target.owner
     AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
     -- a sequence behind a serial or identity column changes owner with its table
     AND NOT (c.relkind = 'S' AND EXISTS (
       SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
  UNION ALL
  SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, $2::text)
    FROM pg_proc p, target WHERE p.pronamespace = target.schema AND p.proowner <> target.owner
  UNION ALL
  SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, $2::text)
    FROM pg_type t, target WHERE t.typnamespace = target.schema AND t.typowner <> target.owner AND t.typtype IN ('e', 'd')`;

/**
 * Makes `owner` the owner of the schema and of everything in it, creating the schema when missing.
 * A database set up before the subgraphs had roles of their own has its objects owned by the
 * administrator that migrated it; they are handed over, so that the runtime role, which owns
 * nothing, cannot drop a trigger or alter a table, and the owner can migrate further.
 */
export async function makeSchemaOwnedBy(client: Client, schema: string, owner: string): Promise<void> {
  const s = client.escapeIdentifier(schema);
  const o = client.escapeIdentifier(owner);
  const { rows } = await client.query<{ owned: boolean }>(
    `SELECT n.nspowner = (SELECT oid FROM pg_roles WHERE rolname = $2) AS owned FROM pg_namespace n WHERE n.nspname = $1`,
    [schema, owner],
  );
  if (rows.length === 0) {
    await client.query(`CREATE SCHEMA ${s} AUTHORIZATION ${o}`);
    return;
  }
  if (!rows[0]!.owned) await client.query(`ALTER SCHEMA ${s} OWNER TO ${o}`);
  const { rows: handovers } = await client.query<{ statement: string }>(OBJECTS_OWNED_BY_OTHERS, [schema, owner]);
  for (const { statement } of handovers) await client.query(statement);
}
