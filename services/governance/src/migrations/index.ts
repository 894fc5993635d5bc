import { CreateGovernance1764100000000 } from './1764100000000-CreateGovernance';

/** Every migration of the governance schema, oldest first. */
export const GOVERNANCE_MIGRATIONS = [CreateGovernance1764100000000];
