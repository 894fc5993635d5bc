import { statementMigration } from '@wego/database';
import { createIdempotencyTableStatements, dropIdempotencyTableStatements } from '@wego/idempotency';

export const KeepIdempotencyKeys1764400000000 = statementMigration('KeepIdempotencyKeys1764400000000', {
  up: createIdempotencyTableStatements('membership'),
  down: dropIdempotencyTableStatements('membership'),
});
