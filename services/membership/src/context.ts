import type { DataSource } from 'typeorm';
import { AuditTrail, RefusalLog, type Actor, type RefusalContext } from '@wego/audit';
import type { Clock } from '@wego/calendar';
import { ExactlyOnce, IdempotencyKeys, type ExactlyOnceContext } from '@wego/idempotency';
import type { Viewer } from '@wego/identity';
import { requestScope, type Logger, type RequestIdentity } from '@wego/server';
import { FeeLedger } from './acts/fee-ledger';
import { MemberRegistry } from './acts/member-registry';
import { createLoaders, type MembershipLoaders } from './loaders';
import { FeeStore } from './stores/fee-store';
import { MemberStore } from './stores/member-store';
import { MEMBERSHIP_SCHEMA } from './database';

export interface MembershipContext extends RefusalContext, ExactlyOnceContext {
  viewer: Viewer;
  requestId: string;
  actor: Actor;
  loaders: MembershipLoaders;
  members: MemberStore;
  registry: MemberRegistry;
  ledger: FeeLedger;
}

/** Builds the per-request context: the verified viewer, fresh loaders, the domain services. */
export function createContextFactory(dataSource: DataSource, clock: Clock, logger: Logger): (identity: RequestIdentity) => MembershipContext {
  const members = new MemberStore(dataSource);
  const fees = new FeeStore(dataSource);
  const audit = new AuditTrail(MEMBERSHIP_SCHEMA);
  const exactlyOnce = new ExactlyOnce(dataSource, new IdempotencyKeys(MEMBERSHIP_SCHEMA), { logger });
  const registry = new MemberRegistry(exactlyOnce, members, audit, clock);
  const ledger = new FeeLedger(exactlyOnce, members, fees, audit);
  const guards = { refusals: { log: new RefusalLog(MEMBERSHIP_SCHEMA), dataSource, logger }, exactlyOnce };
  return (identity) => ({
    ...requestScope(identity, guards),
    loaders: createLoaders(dataSource, { members, fees }, audit),
    members,
    registry,
    ledger,
  });
}
