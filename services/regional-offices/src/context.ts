import type { DataSource } from 'typeorm';
import { AuditTrail, RefusalLog, type Actor, type RefusalContext } from '@wego/audit';
import { ExactlyOnce, IdempotencyKeys, type ExactlyOnceContext } from '@wego/idempotency';
import type { Viewer } from '@wego/identity';
import { requestScope, type Logger, type RequestIdentity } from '@wego/server';
import { CoverageRegistry } from './acts/coverage-registry';
import { createLoaders, type RegionalOfficesLoaders } from './loaders';
import { CoverageStore } from './stores/coverage-store';
import { OfficeStore } from './stores/office-store';
import { REGIONAL_OFFICES_SCHEMA } from './database';

export interface RegionalOfficesContext extends RefusalContext, ExactlyOnceContext {
  viewer: Viewer;
  requestId: string;
  actor: Actor;
  loaders: RegionalOfficesLoaders;
  offices: OfficeStore;
  coverage: CoverageRegistry;
}

/** Builds the per-request context: the verified viewer, fresh loaders, the domain services. */
export function createContextFactory(dataSource: DataSource, logger: Logger): (identity: RequestIdentity) => RegionalOfficesContext {
  const offices = new OfficeStore(dataSource);
  const coverageStore = new CoverageStore(dataSource);
  const audit = new AuditTrail(REGIONAL_OFFICES_SCHEMA);
  const exactlyOnce = new ExactlyOnce(dataSource, new IdempotencyKeys(REGIONAL_OFFICES_SCHEMA), { logger });
  const coverage = new CoverageRegistry(exactlyOnce, offices, coverageStore, audit);
  const guards = { refusals: { log: new RefusalLog(REGIONAL_OFFICES_SCHEMA), dataSource, logger }, exactlyOnce };
  return (identity) => ({
    ...requestScope(identity, guards),
    loaders: createLoaders(dataSource, audit),
    offices,
    coverage,
  });
}
