import type { EntityManager } from 'typeorm';
import type { CalendarDate } from '@wego/calendar';
import { evpMandatesOf, type GeneralAssembly } from '../domain/executive-vice-presidents';
import type { Mandate } from '../domain/mandate';
import type { MeetingKind } from '../domain/meeting-kinds';
import type { MandateRecord, MeetingRecord } from '../entities';
import type { MandateStore, NewMandate } from '../stores/mandate-store';
import type { MeetingStore } from '../stores/meeting-store';

function asMandate(record: MandateRecord): Mandate {
  return { id: record.id, memberId: record.memberId, position: record.position, startsOn: record.startsOn, endsOn: record.endsOn, area: record.area };
}

/** The committee's history: the mandates on record and the EVP mandates the Assemblies on record give (G9). */
export function historyOf(recorded: readonly MandateRecord[], assemblies: readonly GeneralAssembly[]): Mandate[] {
  return [...recorded.map(asMandate), ...evpMandatesOf(assemblies)];
}

/** The order the stores answer in: by first day (or opening day), then id; a uuid's text sorts as the uuid does. */
const byStartThenId = (a: MandateRecord, b: MandateRecord) => (a.startsOn === b.startsOn ? (a.id < b.id ? -1 : 1) : a.startsOn < b.startsOn ? -1 : 1);
const byOpeningThenId = (a: MeetingRecord, b: MeetingRecord) => (a.opensOn === b.opensOn ? (a.id < b.id ? -1 : 1) : a.opensOn < b.opensOn ? -1 : 1);

/**
 * The committee's history as one governance write found it under the lock: the mandates in force
 * on record and every General Assembly (G9 derives the EVP's from them). Read once; the write's
 * changes to mandates and meetings go through it, so that it stays what the database holds.
 */
export class CommitteeRecord {
  private constructor(
    private readonly stores: { mandates: MandateStore; meetings: MeetingStore },
    private mandates: MandateRecord[],
    private assemblies: MeetingRecord[],
  ) {}

  static async read(manager: EntityManager, stores: { mandates: MandateStore; meetings: MeetingStore }): Promise<CommitteeRecord> {
    const mandates = await stores.mandates.all(manager);
    const assemblies = await stores.meetings.assembliesOnRecord(manager);
    return new CommitteeRecord(stores, mandates, assemblies);
  }

  /** Every recorded mandate in force (revoked appointments count nowhere, G10), by first day then id. */
  recordedMandates(): MandateRecord[] {
    return this.mandates.map((mandate) => ({ ...mandate }));
  }

  /** The General Assemblies not cancelled, by opening day then id. */
  assembliesHeld(): MeetingRecord[] {
    return this.assemblies.filter((assembly) => !assembly.cancelledAt).map((assembly) => ({ ...assembly }));
  }

  /** Every mandate, the EVP's derived from the General Assemblies on record (G9) included. */
  history(): Mandate[] {
    return historyOf(this.mandates, this.assemblies);
  }

  async insertMandate(manager: EntityManager, mandate: NewMandate): Promise<MandateRecord> {
    const recorded = await this.stores.mandates.insert(manager, mandate);
    this.mandates = [...this.mandates, { ...recorded }].sort(byStartThenId);
    return recorded;
  }

  async setEnd(manager: EntityManager, id: string, endsOn: CalendarDate): Promise<void> {
    await this.stores.mandates.setEnd(manager, id, endsOn);
    this.mandates = this.mandates.map((mandate) => (mandate.id === id ? { ...mandate, endsOn } : mandate));
  }

  async endEarly(manager: EntityManager, id: string, endsOn: CalendarDate): Promise<void> {
    await this.stores.mandates.endEarly(manager, id, endsOn);
    this.mandates = this.mandates.map((mandate) => (mandate.id === id ? { ...mandate, endsOn, endedEarlyOn: endsOn } : mandate));
  }

  async revoke(manager: EntityManager, id: string): Promise<void> {
    await this.stores.mandates.revoke(manager, id);
    this.mandates = this.mandates.filter((mandate) => mandate.id !== id);
  }

  async insertMeeting(
    manager: EntityManager,
    meeting: { kind: MeetingKind; opensOn: CalendarDate; hostMemberId: string; regular: boolean; hostDesignatedOn: CalendarDate | null },
  ): Promise<MeetingRecord> {
    const scheduled = await this.stores.meetings.insert(manager, meeting);
    if (scheduled.kind === 'GENERAL_ASSEMBLY') this.assemblies = [...this.assemblies, { ...scheduled }].sort(byOpeningThenId);
    return scheduled;
  }

  async cancelMeeting(manager: EntityManager, id: string, at: Date, on: CalendarDate): Promise<void> {
    await this.stores.meetings.cancel(manager, id, at, on);
    this.assemblies = this.assemblies.map((assembly) => (assembly.id === id ? { ...assembly, cancelledAt: at, cancelledOn: on } : assembly));
  }
}
