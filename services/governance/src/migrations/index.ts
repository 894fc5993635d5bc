import { CreateGovernance1764100000000 } from './1764100000000-CreateGovernance';
import { RecordGovernanceWrites1764200000000 } from './1764200000000-RecordGovernanceWrites';
import { RecordRefusedAttempts1764300000000 } from './1764300000000-RecordRefusedAttempts';
import { KeepIdempotencyKeys1764400000000 } from './1764400000000-KeepIdempotencyKeys';
import { DistinguishRegularMeetings1764500000000 } from './1764500000000-DistinguishRegularMeetings';
import { NominateVicePresidents1764600000000 } from './1764600000000-NominateVicePresidents';
import { RecordDecisions1764700000000 } from './1764700000000-RecordDecisions';

/** Every migration of the governance schema, oldest first. */
export const GOVERNANCE_MIGRATIONS = [
  CreateGovernance1764100000000,
  RecordGovernanceWrites1764200000000,
  RecordRefusedAttempts1764300000000,
  KeepIdempotencyKeys1764400000000,
  DistinguishRegularMeetings1764500000000,
  NominateVicePresidents1764600000000,
  RecordDecisions1764700000000,
];

/**
 * The migrations up to and including the one named `name`, oldest first: the schema as the release
 * that ended with it left it.
 */
export function governanceMigrationsThrough(name: string): typeof GOVERNANCE_MIGRATIONS {
  const last = GOVERNANCE_MIGRATIONS.findIndex((migration) => migration.name === name);
  if (last < 0) throw new Error(`No governance migration is named ${name}.`);
  return GOVERNANCE_MIGRATIONS.slice(0, last + 1);
}
