import type { MigrationInterface, QueryRunner } from 'typeorm';

export interface MigrationStatements {
  /** Run in order when the migration is applied. */
  up: readonly string[];
  /** Run in order when it is reverted. */
  down: readonly string[];
}

/**
 * A migration that runs fixed statements, one after the other. TypeORM orders migrations by the
 * timestamp ending their name, so the class carries `name` both as its own name and on instances.
 */
export function statementMigration(name: string, statements: MigrationStatements): new () => MigrationInterface {
  const migration = class implements MigrationInterface {
    name = name;

    async up(runner: QueryRunner): Promise<void> {
      for (const statement of statements.up) await runner.query(statement);
    }

    async down(runner: QueryRunner): Promise<void> {
      for (const statement of statements.down) await runner.query(statement);
    }
  };
  Object.defineProperty(migration, 'name', { value: name });
  return migration;
}
