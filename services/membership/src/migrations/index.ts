import { CreateMembership1764000000000 } from './1764000000000-CreateMembership';
import { RecordRefusedAttempts1764200000000 } from './1764200000000-RecordRefusedAttempts';
import { KeepIdempotencyKeys1764400000000 } from './1764400000000-KeepIdempotencyKeys';
import { CountMembersAndIndexPages1764800000000 } from './1764800000000-CountMembersAndIndexPages';

/** Every migration of the membership schema, oldest first. */
export const MEMBERSHIP_MIGRATIONS = [
  CreateMembership1764000000000,
  RecordRefusedAttempts1764200000000,
  KeepIdempotencyKeys1764400000000,
  CountMembersAndIndexPages1764800000000,
];
