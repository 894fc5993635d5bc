import { startedForThisFile } from '@wego/testing';
import { startMembership } from './membership-harness';

const membership = startedForThisFile(startMembership);

describe('members', () => {
  it('lists the 50 founding members, by name under the ICU collation', async () => {
    const answer = await membership.query<{ members: { totalCount: number; edges: Array<{ node: { name: string; foundingMember: boolean; joinedOn: string } }> } }>(
      `{ members(filter: { foundingMember: true }, first: 200) { totalCount edges { node { name foundingMember joinedOn category } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const names = answer.data!.members.edges.map((edge) => edge.node.name);
    expect(answer.data!.members.totalCount).toBe(50);
    expect(names).toHaveLength(50);
    expect(names).toContain('São Paulo');
    expect(names).toContain('Nur-Sultan');
    expect(names).toContain('Thua Thien Hue');
    expect(names.indexOf('São Paulo')).toBe(names.indexOf('San Francisco') + 1);
    expect(answer.data!.members.edges.every((edge) => edge.node.joinedOn === '2010-01-01')).toBe(true);
  });

  it('pages with cursors it issued, and refuses one it did not', async () => {
    const first = await membership.query<{ members: { edges: Array<{ node: { name: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      `{ members(first: 20) { edges { node { name } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.data!.members.pageInfo.hasNextPage).toBe(true);
    const second = await membership.query<{ members: { edges: Array<{ node: { name: string } }> } }>(
      `query($after: String) { members(first: 20, after: $after) { edges { node { name } } } }`,
      { variables: { after: first.data!.members.pageInfo.endCursor } },
    );
    expect(second.data!.members.edges[0]!.node.name).not.toBe(first.data!.members.edges[19]!.node.name);
    const forged = await membership.query(`{ members(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(forged.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a page size outside 1-200', async () => {
    for (const first of [0, 201, -1]) {
      const answer = await membership.query(`query($first: Int) { members(first: $first) { totalCount } }`, { variables: { first } });
      expect(answer.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });

  it('filters by country, category and name, and refuses a malformed country code', async () => {
    const chinese = await membership.query<{ members: { totalCount: number } }>(`{ members(filter: { countryCode: "CN" }) { totalCount } }`);
    expect(chinese.data!.members.totalCount).toBe(5);
    const byName = await membership.query<{ members: { edges: Array<{ node: { name: string } }> } }>(
      `{ members(filter: { nameContains: "PROVINCE" }) { edges { node { name } } } }`,
    );
    expect(byName.data!.members.edges.map((edge) => edge.node.name)).toEqual(['Hunan Province', 'Zhejiang Province']);
    const malformed = await membership.query(`{ members(filter: { countryCode: "cn" }) { totalCount } }`);
    expect(malformed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.countryCode' });
  });

  it('answers null for an unknown member id', async () => {
    const answer = await membership.query(`{ a: member(id: "00000000-0000-4000-8000-000000000000") { id } b: member(id: "not-an-id") { id } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ a: null, b: null });
  });
});
