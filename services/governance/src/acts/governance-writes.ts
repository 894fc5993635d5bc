import type { DataSource, EntityManager } from 'typeorm';
import type { Actor, AuditTrail, Change } from '@wego/audit';
import { isExclusionViolation, isUniqueViolation } from '@wego/database';
import { charterViolation } from '@wego/errors';
import type { Transactions } from '@wego/idempotency';
import type { Charter } from '../domain/charter';
import { firstDateOverLimit, grownSpans } from '../domain/committee-size';
import { vicePresidentCuts } from '../domain/distinct-cities';
import type { Mandate } from '../domain/mandate';
import { reconciledTermEnds } from '../domain/term-ends';
import type { MandateRecord } from '../entities';
import { CommitteeRecord, historyOf } from './committee-record';
import { ONE_CANDIDACY_PER_MEMBER_POSITION_AND_MEETING } from '../stores/candidacy-store';
import type { GovernanceStores } from '../stores/governance-stores';
import { ONE_PRESIDENT_AT_A_TIME } from '../stores/mandate-store';
import { ONE_EXECUTIVE_COMMITTEE_MEETING_A_YEAR } from '../stores/meeting-store';
import { ONE_NOMINATION_PER_MEMBER_AND_MEETING } from '../stores/nomination-store';

/** Every governance write takes this transaction-level lock first: one write at a time sees and changes the committee. */
const GOVERNANCE_WRITE_LOCK = 0x5745_474f; // "WEGO"

/** One governance write in progress: its transaction, the committee's history it read under the lock, and its audit trail. */
export interface GovernanceWrite {
  manager: EntityManager;
  /** Read once under the lock; every change of a mandate or a meeting in this write goes through it. */
  committee: CommitteeRecord;
  /** Records a change made by this write, in its transaction. */
  audit(change: Omit<Change, 'operation'>): Promise<void>;
}

/**
 * Runs governance writes so that the charter holds whatever runs at the same moment: under one
 * lock, terms derived again from the General Assemblies (G3, G10), Vice Presidents kept apart
 * from the President and the EVP (G10), the committee's size checked
 * on every day the write added to it (G8), with the database's own constraints (G2, G6, G7)
 * translated into the rule they stand for. A refusal rolls everything back.
 */
export class GovernanceWrites {
  /** For the checks made before a write's transaction, so that a refusal costs no lock. */
  readonly reads: EntityManager;

  constructor(
    dataSource: DataSource,
    private readonly transactions: Transactions,
    readonly stores: GovernanceStores,
    private readonly audit: AuditTrail,
    private readonly charter: Charter,
  ) {
    this.reads = dataSource.manager;
  }

  async run<T>(actor: Actor, operation: string, work: (write: GovernanceWrite) => Promise<T>): Promise<T> {
    try {
      return await this.transactions.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock($1)', [GOVERNANCE_WRITE_LOCK]);
        const committee = await CommitteeRecord.read(manager, this.stores);
        const write: GovernanceWrite = { manager, committee, audit: (change) => this.audit.record(manager, actor, { operation, ...change }) };
        const before = committee.history();
        const result = await work(write);
        await this.reconcileTermEnds(write);
        await this.reconcileDistinctCities(write);
        this.assertWithinSeats(before, committee.history());
        return result;
      });
    } catch (error) {
      throw translatedConstraint(error);
    }
  }

  /** Every mandate on record, the EVP's derived from the General Assemblies (G9) included. */
  async committeeHistory(manager: EntityManager): Promise<Mandate[]> {
    const [recorded, assemblies] = await Promise.all([this.stores.mandates.all(manager), this.stores.meetings.assembliesOnRecord(manager)]);
    return historyOf(recorded, assemblies);
  }

  private async reconcileTermEnds(write: GovernanceWrite): Promise<void> {
    const recorded = write.committee.recordedMandates();
    const byId = new Map(recorded.map((mandate) => [mandate.id, mandate]));
    for (const change of reconciledTermEnds(recorded, write.committee.assembliesHeld())) {
      const mandate = byId.get(change.id);
      if (!mandate) continue;
      // A Vice President mandate left with no day (its seat ended before it starts) is revoked, not a reason to refuse the write.
      if (change.to < mandate.startsOn) {
        await this.revoke(write, mandate);
        continue;
      }
      await write.committee.setEnd(write.manager, mandate.id, change.to);
      await write.audit({ entityType: 'Mandate', entityId: mandate.id, before: { ...mandate }, after: { ...mandate, endsOn: change.to } });
    }
  }

  /** G10: a Vice President that became President or EVP keeps no Vice President days from then on. */
  private async reconcileDistinctCities(write: GovernanceWrite): Promise<void> {
    const recorded = write.committee.recordedMandates();
    const cuts = vicePresidentCuts(write.committee.history());
    if (cuts.length === 0) return;
    const byId = new Map(recorded.map((mandate) => [mandate.id, mandate]));
    for (const cut of cuts) {
      const mandate = byId.get(cut.id);
      if (!mandate) continue;
      if (cut.revoke) {
        await this.revoke(write, mandate);
        continue;
      }
      // Recorded as an early end, so that terms derived again later do not give those days back.
      await write.committee.endEarly(write.manager, mandate.id, cut.endsOn);
      await write.audit({ entityType: 'Mandate', entityId: mandate.id, before: { ...mandate }, after: { ...mandate, endsOn: cut.endsOn, endedEarlyOn: cut.endsOn } });
    }
  }

  /** Revokes a Vice President appointment in this write, audited: it stays on record and counts nowhere (G10). */
  async revoke(write: GovernanceWrite, mandate: MandateRecord): Promise<MandateRecord> {
    const revoked: MandateRecord = { ...mandate, revoked: true };
    await write.committee.revoke(write.manager, mandate.id);
    await write.audit({ entityType: 'Mandate', entityId: mandate.id, before: { ...mandate }, after: { ...revoked } });
    return revoked;
  }

  private assertWithinSeats(before: readonly Mandate[], after: readonly Mandate[]): void {
    const limit = this.charter.executiveCommitteeMaxSeats;
    const over = firstDateOverLimit(grownSpans(before, after), after, limit);
    if (over) {
      throw charterViolation(
        'G8',
        `On ${over.date} the Executive Committee would hold ${over.size} members, the President and the Executive Vice President included; the charter allows ${limit}.`,
      );
    }
  }
}

/** The constraints back the checks made under the lock; a write reaching them outside this API still meets its rule. */
function translatedConstraint(error: unknown): unknown {
  if (isExclusionViolation(error, ONE_PRESIDENT_AT_A_TIME)) {
    return charterViolation('G7', 'Another President already holds office on one of these dates; there is at most one President on any date.');
  }
  if (isUniqueViolation(error, ONE_CANDIDACY_PER_MEMBER_POSITION_AND_MEETING)) {
    return charterViolation('G6', 'This member already has a candidacy for this position at this General Assembly.');
  }
  if (isUniqueViolation(error, ONE_EXECUTIVE_COMMITTEE_MEETING_A_YEAR)) {
    return charterViolation('G2', 'An Executive Committee meeting is already scheduled in that calendar year; it meets once a year.');
  }
  if (isUniqueViolation(error, ONE_NOMINATION_PER_MEMBER_AND_MEETING)) {
    return charterViolation('G10', 'This member is already nominated at this Executive Committee meeting.');
  }
  return error;
}
