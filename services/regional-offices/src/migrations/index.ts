import { CreateRegionalOffices1764000000000 } from './1764000000000-CreateRegionalOffices';
import { RecordRefusedAttempts1764200000000 } from './1764200000000-RecordRefusedAttempts';
import { KeepIdempotencyKeys1764400000000 } from './1764400000000-KeepIdempotencyKeys';

/** Every migration of the regional_offices schema, oldest first. */
export const REGIONAL_OFFICES_MIGRATIONS = [CreateRegionalOffices1764000000000, RecordRefusedAttempts1764200000000, KeepIdempotencyKeys1764400000000];
