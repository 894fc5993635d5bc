export { createIdempotencyTableStatements, dropIdempotencyTableStatements } from './idempotency-table';
export { parseIdempotencyKey, IDEMPOTENCY_KEY_MAX_LENGTH } from './idempotency-key';
export { requestFingerprint } from './request-fingerprint';
export { IdempotencyKeys, type KeyedRequest, type StoredOutcome } from './idempotency-keys';
export { ExactlyOnce, type Transactions, type ExactlyOnceOptions, KEY_RETENTION_HOURS, PURGE_INTERVAL_MS } from './exactly-once';
export { replayingRetries, type ExactlyOnceContext, type IdempotencyKeyArgument, type ReplayingMutations } from './replaying-retries';
