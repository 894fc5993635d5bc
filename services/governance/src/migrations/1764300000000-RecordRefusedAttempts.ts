import { statementMigration } from '@wego/database';
import { createRefusalTableStatements, dropRefusalTableStatements } from '@wego/audit';

export const RecordRefusedAttempts1764300000000 = statementMigration('RecordRefusedAttempts1764300000000', {
  up: createRefusalTableStatements('governance'),
  down: dropRefusalTableStatements('governance'),
});
