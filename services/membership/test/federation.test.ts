import { startedForThisFile, testTokens } from '@wego/testing';
import { startMembership } from './membership-harness';

const membership = startedForThisFile(startMembership);
let ids: string[];
beforeAll(async () => {
  ids = (await membership.dataSource.query(`SELECT id FROM membership.member ORDER BY name LIMIT 3`)).map((row: { id: string }) => row.id);
});

const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { __typename ... on Member { id name } ... on Office { id members(first: 2) { totalCount } } } }`;

describe('federation compatibility', () => {
  it('publishes its SDL with @link and each @key', async () => {
    const answer = await membership.query(`{ _service { sdl } }`);
    const sdl: string = answer.data._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    expect(sdl).toMatch(/type Member\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Office\s+@key\(fields: "id"\)/);
  });

  it('resolves Member references in order, null for unknown ids', async () => {
    const reps = [
      { __typename: 'Member', id: ids[2] },
      { __typename: 'Member', id: '00000000-0000-4000-8000-000000000000' },
      { __typename: 'Member', id: ids[0] },
      { __typename: 'Member', id: 'not-a-uuid' },
    ];
    const answer = await membership.query(ENTITIES, { variables: { reps } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data._entities.map((entity: { id?: string } | null) => entity?.id ?? null)).toEqual([ids[2], null, ids[0], null]);
  });

  it('resolves Office references with the members the office serves (O3)', async () => {
    const reps = [
      { __typename: 'Office', id: 'east-asia', servedCountries: { countryCodes: ['CN', 'HK', 'MO', 'TW', 'MN', 'JP'], complement: false } },
      { __typename: 'Office', id: 'secretariat', servedCountries: { countryCodes: ['CN', 'HK', 'MO', 'TW', 'MN', 'JP'], complement: true } },
    ];
    const answer = await membership.query(ENTITIES, { variables: { reps } });
    expect(answer.errors).toBeUndefined();
    // Chengdu, Hunan, Nanjing, Ningbo, Zhejiang (CN), Hong Kong (HK), Ulaanbaatar (MN), Saga (JP).
    expect(answer.data._entities[0]).toEqual({ __typename: 'Office', id: 'east-asia', members: { totalCount: 8 } });
    expect(answer.data._entities[1].members.totalCount).toBe(42);
  });

  it('pages the members of several offices at once, in one statement', async () => {
    const eastAsia = { __typename: 'Office', id: 'east-asia', servedCountries: { countryCodes: ['CN', 'HK', 'MO', 'TW', 'MN', 'JP'], complement: false } };
    const nobody = { __typename: 'Office', id: 'eurasia', servedCountries: { countryCodes: [], complement: false } };
    const pageOf = `query($reps: [_Any!]!, $after: String) {
      _entities(representations: $reps) { ... on Office { members(first: 3, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } } }
    }`;
    membership.statements.reset();
    const first = await membership.query(pageOf, { variables: { reps: [eastAsia, nobody] } });
    expect(membership.statements.statements).toBe(1);
    expect(first.data._entities[0].members.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['Chengdu', 'Hong Kong', 'Hunan Province']);
    expect(first.data._entities[1].members).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    const names: string[] = [];
    let after: string | null = null;
    do {
      const page = await membership.query(pageOf, { variables: { reps: [eastAsia], after } });
      const members: { edges: Array<{ node: { name: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } = page.data._entities[0].members;
      names.push(...members.edges.map((edge) => edge.node.name));
      after = members.pageInfo.hasNextPage ? members.pageInfo.endCursor : null;
    } while (after);
    expect(names).toEqual(['Chengdu', 'Hong Kong', 'Hunan Province', 'Nanjing', 'Ningbo', 'Saga Prefecture', 'Ulaanbaatar', 'Zhejiang Province']);
  });

  it('resolves N member references with a constant number of SQL statements', async () => {
    const all: string[] = (await membership.dataSource.query(`SELECT id FROM membership.member`)).map((row: { id: string }) => row.id);
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Member { name fees { year } feesFullyPaid } } }`;
    const token = await testTokens.secretariat();
    const counts: number[] = [];
    for (const size of [5, all.length]) {
      membership.statements.reset();
      const answer = await membership.query(query, { variables: { reps: all.slice(0, size).map((id) => ({ __typename: 'Member', id })) }, token });
      expect(answer.errors).toBeUndefined();
      counts.push(membership.statements.statements);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
