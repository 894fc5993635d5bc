import type { DataSource, EntityManager } from 'typeorm';
import type { PageRequest } from '@wego/graphql-primitives';
import { rowsWhereAny } from '@wego/database';
import { MemberRecord } from '../entities';
import type { MembershipCategory, MembershipStatus } from '../domain/member-kinds';
import { pageOfMembers } from './member-pages';

/** Conditions on a list of members, already validated. */
export interface MemberCriteria {
  foundingMember?: boolean;
  category?: MembershipCategory;
  countryCode?: string;
  status?: MembershipStatus;
  nameContains?: string;
}

export interface MemberPage {
  rows: MemberRecord[];
  totalCount: number;
}

const NIL_ID = '00000000-0000-0000-0000-000000000000';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isMemberId(id: string): boolean {
  return UUID.test(id);
}

/** SQL of the member table: reads in batches, writes inside the caller's transaction. */
export class MemberStore {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<MemberRecord[]> {
    return rowsWhereAny(this.dataSource.manager, MemberRecord, ids, { valid: isMemberId });
  }

  /** One page ordered by name under the ICU root collation, then id; and the count of all pages. */
  page(criteria: MemberCriteria, page: PageRequest): Promise<MemberPage> {
    const afterId = page.after ? (isMemberId(page.after.id) ? page.after.id : NIL_ID) : null;
    return pageOfMembers(this.dataSource, criteria, page, afterId);
  }

  async lockById(manager: EntityManager, id: string): Promise<MemberRecord | null> {
    if (!isMemberId(id)) return null;
    return manager.getRepository(MemberRecord).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id }).getOne();
  }

  async insert(manager: EntityManager, values: Omit<MemberRecord, 'id'>): Promise<MemberRecord> {
    const repository = manager.getRepository(MemberRecord);
    return repository.save(repository.create(values));
  }

  async updateStatus(manager: EntityManager, id: string, status: MembershipStatus): Promise<void> {
    await manager.getRepository(MemberRecord).update({ id }, { status });
  }
}
