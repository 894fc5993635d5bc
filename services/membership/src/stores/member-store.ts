import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { PageRequest } from '@wego/graphql-primitives';
import { MemberRecord } from '../entities';
import type { MembershipCategory, MembershipStatus } from '../domain/member-kinds';
import { countedByKeys, keptCount } from './member-counts';

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isMemberId(id: string): boolean {
  return UUID.test(id);
}

function applyCriteria(query: SelectQueryBuilder<MemberRecord>, criteria: MemberCriteria): SelectQueryBuilder<MemberRecord> {
  if (criteria.foundingMember !== undefined) query.andWhere('m.foundingMember = :founding', { founding: criteria.foundingMember });
  if (criteria.category) query.andWhere('m.category = :category', { category: criteria.category });
  if (criteria.countryCode) query.andWhere('m.countryCode = :countryCode', { countryCode: criteria.countryCode });
  if (criteria.status) query.andWhere('m.status = :status', { status: criteria.status });
  if (criteria.nameContains) query.andWhere('strpos(lower(m.name), lower(:nameContains)) > 0', { nameContains: criteria.nameContains });
  return query;
}

/** SQL of the member table: reads in batches, writes inside the caller's transaction. */
export class MemberStore {
  constructor(private readonly dataSource: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<MemberRecord[]> {
    const valid = ids.filter(isMemberId);
    if (valid.length === 0) return [];
    return this.dataSource.getRepository(MemberRecord).createQueryBuilder('m').where('m.id = ANY(:ids)', { ids: valid }).getMany();
  }

  /** One page ordered by name under the ICU root collation, then id; and the count of all pages, kept unless a name is searched. */
  async page(criteria: MemberCriteria, page: PageRequest): Promise<MemberPage> {
    const base = applyCriteria(this.dataSource.getRepository(MemberRecord).createQueryBuilder('m'), criteria);
    const rowsQuery = base.clone();
    if (page.after) {
      rowsQuery.andWhere('(m.name COLLATE "und-x-icu", m.id) > (CAST(:afterName AS text) COLLATE "und-x-icu", CAST(:afterId AS uuid))', {
        afterName: page.after.sortKey,
        afterId: isMemberId(page.after.id) ? page.after.id : '00000000-0000-0000-0000-000000000000',
      });
    }
    const [rows, totalCount] = await Promise.all([
      rowsQuery
        .orderBy('m.name COLLATE "und-x-icu"', 'ASC')
        .addOrderBy('m.id', 'ASC')
        .limit(page.size + 1)
        .getMany(),
      countedByKeys(criteria) ? keptCount(this.dataSource, criteria) : base.getCount(),
    ]);
    return { rows, totalCount };
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
