import type { Clock } from '@wego/calendar';
import type { MembershipDirectory } from '../neighbours/membership-directory';
import type { GovernanceWrites } from './governance-writes';

/** An act that writes through the governance writes, asks membership about the members it names, and reads today's date. */
export abstract class MemberNamingAct {
  constructor(
    protected readonly writes: GovernanceWrites,
    protected readonly directory: MembershipDirectory,
    protected readonly clock: Clock,
  ) {}
}
