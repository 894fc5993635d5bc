import type { Logger } from 'typeorm';

/**
 * A TypeORM logger that counts the SQL statements a DataSource sends: the measure of N+1 guards
 * and benchmarks. Transaction control statements are not counted.
 */
export class StatementCounter implements Logger {
  private count = 0;
  private readonly recent: string[] = [];

  constructor(private readonly keepRecent = 50) {}

  logQuery(query: string): void {
    if (/^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i.test(query)) return;
    this.count += 1;
    this.recent.push(query);
    if (this.recent.length > this.keepRecent) this.recent.shift();
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}

  /** Statements counted since the last reset. */
  get statements(): number {
    return this.count;
  }

  get recentStatements(): readonly string[] {
    return this.recent;
  }

  reset(): void {
    this.count = 0;
    this.recent.length = 0;
  }
}
