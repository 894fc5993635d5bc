import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIdempotencyTableStatements, dropIdempotencyTableStatements } from '@wego/idempotency';

export class KeepIdempotencyKeys1764400000000 implements MigrationInterface {
  name = 'KeepIdempotencyKeys1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const statement of createIdempotencyTableStatements('membership')) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const statement of dropIdempotencyTableStatements('membership')) await runner.query(statement);
  }
}
