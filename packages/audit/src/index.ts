export { type Actor, actorNameOf } from './actor';
export { createAuditTableStatements, dropAuditTableStatements, withAuditTable } from './audit-table';
export { AuditTrail, type Change, type AuditEntryRecord } from './audit-trail';
export { createRefusalTableStatements, dropRefusalTableStatements } from './refusal-table';
export { RefusalLog, type RefusedAttempt, type RefusedAttemptRecord, type RefusedAttemptRow, INPUT_MAX_LENGTH, MESSAGE_MAX_LENGTH } from './refusal-log';
export { refusalReasonOf, type RefusalReason } from './refusal-reason';
export { recordingRefusals, entityIdNamedIn, type RecordingMutations, type RefusalContext, type RefusalFailureLogger, type EntityIdOf } from './refusal-recorder';
export { latestRefusedAttempts } from './refused-attempts-read';
export { APPEND_ONLY_TABLES } from './append-only-tables';
