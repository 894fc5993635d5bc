import type { DataSource } from 'typeorm';
import { AuditTrail, type Actor } from '@wego/audit';
import type { Viewer } from '@wego/identity';
import type { RequestIdentity } from '@wego/subgraph-server';
import { CoverageRegistry } from './domain/coverage-registry';
import { createLoaders, type RegionalOfficesLoaders } from './loaders';
import { CoverageStore } from './stores/coverage-store';
import { OfficeStore } from './stores/office-store';
import { REGIONAL_OFFICES_SCHEMA } from './database';

export interface RegionalOfficesContext {
  viewer: Viewer;
  requestId: string;
  actor: Actor;
  loaders: RegionalOfficesLoaders;
  offices: OfficeStore;
  coverage: CoverageRegistry;
}

/** Builds the per-request context: the verified viewer, fresh loaders, the domain services. */
export function createContextFactory(dataSource: DataSource): (identity: RequestIdentity) => RegionalOfficesContext {
  const offices = new OfficeStore(dataSource);
  const coverageStore = new CoverageStore(dataSource);
  const coverage = new CoverageRegistry(dataSource, offices, coverageStore, new AuditTrail(REGIONAL_OFFICES_SCHEMA));
  return ({ viewer, requestId }) => ({
    viewer,
    requestId,
    actor: { viewer, requestId },
    loaders: createLoaders({ offices, coverage: coverageStore }),
    offices,
    coverage,
  });
}
