import { statementMigration } from '@wego/database';
import { createRefusalTableStatements, dropRefusalTableStatements } from '@wego/audit';

export const RecordRefusedAttempts1764200000000 = statementMigration('RecordRefusedAttempts1764200000000', {
  up: createRefusalTableStatements('membership'),
  down: dropRefusalTableStatements('membership'),
});
