import { CreateMembership1764000000000 } from './1764000000000-CreateMembership';

/** Every migration of the membership schema, oldest first. */
export const MEMBERSHIP_MIGRATIONS = [CreateMembership1764000000000];
