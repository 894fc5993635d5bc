import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createRefusalTableStatements, dropRefusalTableStatements } from '@wego/audit';

export class RecordRefusedAttempts1764200000000 implements MigrationInterface {
  name = 'RecordRefusedAttempts1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const statement of createRefusalTableStatements('membership')) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const statement of dropRefusalTableStatements('membership')) await runner.query(statement);
  }
}
