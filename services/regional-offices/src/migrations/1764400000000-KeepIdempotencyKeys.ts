import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIdempotencyTableStatements, dropIdempotencyTableStatements } from '@wego/idempotency';

export class KeepIdempotencyKeys1764400000000 implements MigrationInterface {
  name = 'KeepIdempotencyKeys1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const statement of createIdempotencyTableStatements('regional_offices')) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const statement of dropIdempotencyTableStatements('regional_offices')) await runner.query(statement);
  }
}
