import DataLoader from 'dataloader';
import type { AuditEntryRecord, AuditTrail } from '@wego/audit';
import type { DataSource } from 'typeorm';
import type { MemberRecord } from './entities';
import { feeOf, type MembershipFee } from './domain/fee-view';
import type { FeeStore } from './stores/fee-store';
import type { MemberPage, MemberStore } from './stores/member-store';
import { pagesOfOfficeMembers, type OfficeMembersRequest } from './stores/office-member-pages';

export interface MembershipLoaders {
  memberById: DataLoader<string, MemberRecord | null>;
  feesByMemberId: DataLoader<string, MembershipFee[]>;
  auditTrailByMemberId: DataLoader<string, AuditEntryRecord[]>;
  membersOfOffice: DataLoader<OfficeMembersRequest, MemberPage, string>;
}

/** Loaders of one request: N keys, one statement. Never shared between requests or callers. */
export function createLoaders(dataSource: DataSource, stores: { members: MemberStore; fees: FeeStore }, audit: AuditTrail): MembershipLoaders {
  return {
    memberById: new DataLoader(async (ids) => {
      const found = new Map((await stores.members.findByIds(ids)).map((member) => [member.id, member]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    feesByMemberId: new DataLoader(async (ids) => {
      const byMember = new Map<string, MembershipFee[]>(ids.map((id) => [id, []]));
      for (const assessment of await stores.fees.assessmentsOf(ids)) byMember.get(assessment.memberId)?.push(feeOf(assessment));
      return ids.map((id) => byMember.get(id) ?? []);
    }),
    auditTrailByMemberId: new DataLoader((ids) => audit.entriesOf(dataSource, ids)),
    membersOfOffice: new DataLoader((requests) => pagesOfOfficeMembers(dataSource, requests), { cacheKeyFn: (request) => JSON.stringify(request) }),
  };
}
