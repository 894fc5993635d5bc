import type { DataSource } from 'typeorm';
import { AuditTrail } from '@wego/audit';
import type { Clock } from '@wego/calendar';
import type { Viewer } from '@wego/identity';
import type { RequestIdentity } from '@wego/subgraph-server';
import type { Charter } from './domain/charter';
import { createLoaders, type GovernanceLoaders } from './loaders';
import type { MembershipDirectory } from './membership-directory/membership-directory';
import { AbsenceStore } from './stores/absence-store';
import { CandidacyStore } from './stores/candidacy-store';
import { MandateStore } from './stores/mandate-store';
import { MeetingStore } from './stores/meeting-store';
import { GOVERNANCE_SCHEMA } from './database';

export interface GovernanceContext {
  viewer: Viewer;
  requestId: string;
  loaders: GovernanceLoaders;
  meetings: MeetingStore;
  clock: Clock;
  charter: Charter;
}

/** Builds the per-request context: the verified viewer, fresh loaders, the stores and settings. */
export function createContextFactory(
  dataSource: DataSource,
  clock: Clock,
  charter: Charter,
  directory: MembershipDirectory,
): (identity: RequestIdentity) => GovernanceContext {
  const stores = {
    meetings: new MeetingStore(dataSource),
    candidacies: new CandidacyStore(dataSource),
    mandates: new MandateStore(dataSource),
    absences: new AbsenceStore(dataSource),
  };
  const audit = new AuditTrail(GOVERNANCE_SCHEMA);
  return ({ viewer, requestId }) => ({
    viewer,
    requestId,
    loaders: createLoaders(dataSource, stores, audit, directory, requestId),
    meetings: stores.meetings,
    clock,
    charter,
  });
}
