import type { DataSource } from 'typeorm';
import { AuditTrail, RefusalLog, type Actor, type RefusalContext } from '@wego/audit';
import type { Clock } from '@wego/calendar';
import { ExactlyOnce, IdempotencyKeys, type ExactlyOnceContext } from '@wego/idempotency';
import type { Viewer } from '@wego/identity';
import { requestScope, type Logger, type RequestIdentity } from '@wego/server';
import type { Charter } from './domain/charter';
import { createLoaders, type GovernanceLoaders } from './loaders';
import type { OnBehalfOf } from './neighbours/entities-request';
import type { MembershipDirectory } from './neighbours/membership-directory';
import type { OfficeDirectory } from './neighbours/office-directory';
import { AttendanceRegister } from './acts/attendance-register';
import { CandidacyRegister } from './acts/candidacy-register';
import { DecisionRegister } from './acts/decision-register';
import { ElectionResults } from './acts/election-results';
import { GovernanceWrites } from './acts/governance-writes';
import { MandateCorrections } from './acts/mandate-corrections';
import { MeetingCalendar } from './acts/meeting-calendar';
import { VicePresidentAppointments } from './acts/vice-president-appointments';
import { VicePresidentNominations } from './acts/vice-president-nominations';
import type { DecisionStore } from './stores/decision-store';
import { createGovernanceStores } from './stores/governance-stores';
import type { MandateStore } from './stores/mandate-store';
import type { MeetingStore } from './stores/meeting-store';
import { GOVERNANCE_SCHEMA } from './database';

/** The write side: each records one kind of governance act under the statutes. */
export interface GovernanceRecords {
  calendar: MeetingCalendar;
  candidacies: CandidacyRegister;
  elections: ElectionResults;
  nominations: VicePresidentNominations;
  appointments: VicePresidentAppointments;
  corrections: MandateCorrections;
  attendance: AttendanceRegister;
  decisions: DecisionRegister;
}

export interface GovernanceContext extends RefusalContext, ExactlyOnceContext {
  viewer: Viewer;
  requestId: string;
  actor: Actor;
  /** How governance asks its neighbours on this caller's behalf. */
  onBehalfOf: OnBehalfOf;
  loaders: GovernanceLoaders;
  meetings: MeetingStore;
  mandates: MandateStore;
  decisions: DecisionStore;
  records: GovernanceRecords;
  clock: Clock;
  charter: Charter;
}

export interface GovernanceNeighbours {
  membership: MembershipDirectory;
  offices: OfficeDirectory;
}

/** Builds the per-request context: the verified viewer, fresh loaders, the stores, the records and settings. */
export function createContextFactory(
  dataSource: DataSource,
  clock: Clock,
  charter: Charter,
  neighbours: GovernanceNeighbours,
  logger: Logger,
): (identity: RequestIdentity) => GovernanceContext {
  const stores = createGovernanceStores(dataSource);
  const audit = new AuditTrail(GOVERNANCE_SCHEMA);
  const exactlyOnce = new ExactlyOnce(dataSource, new IdempotencyKeys(GOVERNANCE_SCHEMA), { logger });
  const writes = new GovernanceWrites(dataSource, exactlyOnce, stores, audit, charter);
  const records: GovernanceRecords = {
    calendar: new MeetingCalendar(writes, neighbours.membership, clock),
    candidacies: new CandidacyRegister(writes, neighbours.membership, clock),
    elections: new ElectionResults(writes, neighbours.membership, clock),
    nominations: new VicePresidentNominations(writes, neighbours.membership, clock),
    appointments: new VicePresidentAppointments(writes, neighbours.membership, neighbours.offices, clock),
    corrections: new MandateCorrections(writes),
    attendance: new AttendanceRegister(writes, neighbours.membership),
    decisions: new DecisionRegister(writes, clock),
  };
  const guards = { refusals: { log: new RefusalLog(GOVERNANCE_SCHEMA), dataSource, logger }, exactlyOnce };
  return (identity) => ({
    ...requestScope(identity, guards),
    onBehalfOf: { requestId: identity.requestId, authorization: identity.authorization },
    loaders: createLoaders(dataSource, stores, audit, neighbours.membership, identity.requestId),
    meetings: stores.meetings,
    mandates: stores.mandates,
    decisions: stores.decisions,
    records,
    clock,
    charter,
  });
}
