import DataLoader from 'dataloader';
import type { AuditEntryRecord, AuditTrail } from '@wego/audit';
import type { CalendarDate } from '@wego/calendar';
import type { DataSource } from 'typeorm';
import type { MeetingRecord, NominationRecord } from './entities';
import { createDecisionLoaders, type DecisionLoaders } from './decision-loaders';
import { readStatusOf, type CandidacyStatus } from './domain/candidacy-status';
import { evpMandatesOf, meetingIdOfEvpMandate } from './domain/executive-vice-presidents';
import { byStartDate, isActiveOn, type Mandate } from './domain/mandate';
import type { CandidacyPosition } from './domain/positions';
import type { MembershipDirectory } from './neighbours/membership-directory';
import type { GovernanceStores } from './stores/governance-stores';

/** A candidacy as clients read it: its status already derived (G7). */
export interface CandidacyView {
  id: string;
  meetingId: string;
  memberId: string;
  position: CandidacyPosition;
  receivedOn: CalendarDate;
  status: CandidacyStatus;
}

export interface GovernanceLoaders extends DecisionLoaders {
  meetingById: DataLoader<string, MeetingRecord | null>;
  candidaciesByMeetingId: DataLoader<string, CandidacyView[]>;
  absentMemberIdsByMeetingId: DataLoader<string, Set<string>>;
  nominationsByMeetingId: DataLoader<string, NominationRecord[]>;
  mandateById: DataLoader<string, Mandate | null>;
  mandatesByMemberId: DataLoader<string, Mandate[]>;
  mandatesActiveOn: DataLoader<CalendarDate, Mandate[]>;
  memberNameById: DataLoader<string, string | null>;
  auditTrailByMeetingId: DataLoader<string, AuditEntryRecord[]>;
}

function groupBy<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Loaders of one request: N keys, one statement. Never shared between requests or callers. */
export function createLoaders(
  dataSource: DataSource,
  stores: GovernanceStores,
  audit: AuditTrail,
  directory: MembershipDirectory,
  requestId: string,
): GovernanceLoaders {
  // G9 derives the EVP mandates from every General Assembly on record: read them once per request.
  let evpMandates: Promise<Mandate[]> | undefined;
  const allEvpMandates = (): Promise<Mandate[]> => (evpMandates ??= stores.meetings.assembliesOnRecord().then(evpMandatesOf));

  return {
    ...createDecisionLoaders(stores.decisions),
    meetingById: new DataLoader(async (ids) => {
      const found = new Map((await stores.meetings.findByIds(ids)).map((meeting) => [meeting.id, meeting]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    candidaciesByMeetingId: new DataLoader(async (meetingIds) =>
      groupBy(meetingIds, await stores.candidacies.ofMeetings(meetingIds), (candidacy) => candidacy.meetingId).map((ofMeeting) =>
        ofMeeting.map((candidacy) => ({ ...candidacy, status: readStatusOf(candidacy, ofMeeting) })),
      ),
    ),
    absentMemberIdsByMeetingId: new DataLoader(async (meetingIds) =>
      groupBy(meetingIds, await stores.absences.ofMeetings(meetingIds), (absence) => absence.meetingId).map(
        (absences) => new Set(absences.map((absence) => absence.memberId)),
      ),
    ),
    nominationsByMeetingId: new DataLoader(async (meetingIds) =>
      groupBy(meetingIds, await stores.nominations.ofMeetings(meetingIds), (nomination) => nomination.meetingId),
    ),
    mandateById: new DataLoader(async (ids) => {
      const asksEvp = ids.some((id) => meetingIdOfEvpMandate(id) !== null);
      const [recorded, derived] = await Promise.all([stores.mandates.findByIds(ids), asksEvp ? allEvpMandates() : []]);
      const found = new Map<string, Mandate>([...recorded, ...derived].map((mandate) => [mandate.id, mandate]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    mandatesByMemberId: new DataLoader(async (memberIds) => {
      const [recorded, derived] = await Promise.all([stores.mandates.ofMembers(memberIds), allEvpMandates()]);
      return groupBy<Mandate>(memberIds, [...recorded, ...derived], (mandate) => mandate.memberId).map((mandates) => mandates.sort(byStartDate));
    }),
    mandatesActiveOn: new DataLoader(async (dates) => {
      const [recorded, derived] = await Promise.all([stores.mandates.activeOnAny(dates), allEvpMandates()]);
      const mandates: Mandate[] = [...recorded, ...derived];
      return dates.map((date) => mandates.filter((mandate) => isActiveOn(mandate, date)));
    }),
    memberNameById: new DataLoader(async (memberIds) => {
      const names = await directory.namesOf(memberIds, requestId);
      return memberIds.map((id) => names?.get(id) ?? null);
    }),
    auditTrailByMeetingId: new DataLoader(async (meetingIds) => {
      const owned = await stores.meetings.auditedEntitiesOf(meetingIds);
      const entityIds = [...new Set(owned.map((row) => row.entityId))];
      const entries = entityIds.length > 0 ? await audit.entriesOf(dataSource, entityIds) : [];
      const entriesByEntity = new Map(entityIds.map((id, index) => [id, entries[index] ?? []]));
      return groupBy(meetingIds, owned, (row) => row.meetingId).map((rows) =>
        // Entries of one meeting come from several entities; the instant they were recorded orders them.
        rows.flatMap((row) => entriesByEntity.get(row.entityId) ?? []).sort((first, second) => (first.at < second.at ? -1 : first.at > second.at ? 1 : 0)),
      );
    }),
  };
}
