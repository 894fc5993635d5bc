import type { DataSource } from 'typeorm';
import { MIGRATIONS_TABLE } from './data-source';
import { quoteIdentifier } from './migrate';

export interface RuntimePrivileges {
  schema: string;
  runtimeRole: string;
  /** Tables the runtime role may only add rows to and read: the audit trail, the refused attempts. */
  appendOnlyTables: readonly string[];
}

interface SchemaObject {
  name: string;
  /** r, p: a table; S: a sequence. */
  kind: string;
  /** The table a sequence belongs to (serial or identity column). */
  of_table: string | null;
}

const ROW_WRITER = 'SELECT, INSERT, UPDATE, DELETE';
const APPENDER = 'SELECT, INSERT';

/**
 * Grants the runtime role what its subgraph needs of its schema, and nothing more: USAGE on the
 * schema (never CREATE), rows of every table (only SELECT and INSERT on the append-only ones; never
 * TRUNCATE, REFERENCES or TRIGGER), USAGE on the sequences, nothing of the migrations' record.
 * Derived from the catalog after every migration, by the owner, so that a table added later is
 * covered; one transaction, so that a subgraph serving meanwhile never misses a privilege.
 */
export async function grantRuntimePrivileges(owner: DataSource, privileges: RuntimePrivileges): Promise<void> {
  const s = quoteIdentifier(privileges.schema);
  const runtime = quoteIdentifier(privileges.runtimeRole);
  await owner.transaction(async (manager) => {
    await manager.query(`REVOKE ALL ON SCHEMA ${s} FROM PUBLIC, ${runtime}`);
    await manager.query(`GRANT USAGE ON SCHEMA ${s} TO ${runtime}`);
    const objects: SchemaObject[] = await manager.query(
      `SELECT c.relname AS name, c.relkind AS kind,
              (SELECT t.relname FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
                WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')) AS of_table
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'S')
        ORDER BY c.relname`,
      [privileges.schema],
    );
    for (const object of objects) {
      const named = `${object.kind === 'S' ? 'SEQUENCE' : 'TABLE'} ${s}.${quoteIdentifier(object.name)}`;
      await manager.query(`REVOKE ALL ON ${named} FROM PUBLIC, ${runtime}`);
      if (object.name === MIGRATIONS_TABLE || object.of_table === MIGRATIONS_TABLE) continue;
      const granted = object.kind === 'S' ? 'USAGE' : privileges.appendOnlyTables.includes(object.name) ? APPENDER : ROW_WRITER;
      await manager.query(`GRANT ${granted} ON ${named} TO ${runtime}`);
    }
  });
}
