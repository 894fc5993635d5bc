import { dataOf, graphql, testTokens, type ResultOf } from '@wego/testing';
import { FOUNDING_MEMBERS_AND_OFFICES_DOCUMENT } from './support/founding-query';
import { startGraph, type GraphUnderTest } from './support/graph-under-test';

let graph: GraphUnderTest;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph.stop());

const ASSESS_FEE = graphql(`mutation FoundingAssessFee($id: ID!) { assessFee(input: { memberId: $id, year: 2026, amountDue: 1000 }) { outstanding } }`);
const FEES_OF = graphql(`query FoundingFeesOf($id: ID!) { member(id: $id) { name office { region } fees { year outstanding } feesFullyPaid } }`);
const OFFICE_MEMBERS = graphql(`query FoundingOfficeMembers { office(id: "east-asia") { members(first: 3) { totalCount edges { node { name } } pageInfo { hasNextPage } } } }`);

function expectTheFoundingAnswer(data: ResultOf<typeof FOUNDING_MEMBERS_AND_OFFICES_DOCUMENT>) {
  expect(data.members.totalCount).toBe(50);
  const byName = new Map(data.members.edges.map((edge) => [edge.node.name, edge.node]));
  expect(byName.get('Chengdu')!.office).toEqual({ kind: 'REGIONAL_OFFICE', name: 'WeGO Regional Office for East Asia', region: 'EAST_ASIA', city: 'Chengdu' });
  expect(byName.get('Nairobi')!.office).toEqual({ kind: 'SECRETARIAT', name: 'WeGO Secretariat', region: null, city: 'Seoul' });
  expect(byName.get('Barcelona')!.office?.city).toBe('Beyoğlu');
  expect(byName.get('Minsk')!.office?.city).toBe('Ulyanovsk Region');
  expect(byName.get('São Paulo')!.office?.city).toBe('Mexico City');
  for (const name of ['São Paulo', 'Nur-Sultan', 'Thua Thien Hue', 'Dar es Salaam', 'La Manche']) expect(byName.has(name)).toBe(true);
  expect(data.members.edges.every((edge) => Array.isArray(edge.node.mandates))).toBe(true);

  expect(data.offices.map((office) => [office.kind, office.city, office.region])).toEqual([
    ['SECRETARIAT', 'Seoul', null],
    ['REGIONAL_OFFICE', 'Chengdu', 'EAST_ASIA'],
    ['REGIONAL_OFFICE', 'Ulyanovsk Region', 'EURASIA'],
    ['REGIONAL_OFFICE', 'Beyoğlu', 'MEDITERRANEAN'],
    ['REGIONAL_OFFICE', 'Mexico City', 'LATIN_AMERICA'],
  ]);
  const served = data.offices.map((office) => office.members?.totalCount ?? 0);
  expect(served.reduce((sum, count) => sum + count, 0)).toBe(50);
  expect(data.offices[0]!.coveredCountryCodes).toEqual([]);
  expect(data.offices[1]!.coveredCountryCodes).toEqual(['CN', 'HK', 'JP', 'MN', 'MO', 'TW']);
}

describe('the founding members and offices, through the gateway', () => {
  it('answers anonymously', async () => {
    const answer = await graph.query(FOUNDING_MEMBERS_AND_OFFICES_DOCUMENT);
    expect(answer.errors).toBeUndefined();
    expectTheFoundingAnswer(dataOf(answer));
  });

  it('answers the same with each role’s token', async () => {
    const [{ id: nairobi }] = await graph.subgraphs.membership.dataSource.query(`SELECT id FROM membership.member WHERE name = 'Nairobi'`);
    for (const token of [await testTokens.secretariat(), await testTokens.office('east-asia'), await testTokens.member(nairobi)]) {
      const answer = await graph.query(FOUNDING_MEMBERS_AND_OFFICES_DOCUMENT, { token });
      expect(answer.errors).toBeUndefined();
      expectTheFoundingAnswer(dataOf(answer));
    }
  });

  it('lets office staff read the fees of the members their office serves, and no others', async () => {
    const secretariat = await testTokens.secretariat();
    const [{ id: chengdu }] = await graph.subgraphs.membership.dataSource.query(`SELECT id FROM membership.member WHERE name = 'Chengdu'`);
    const [{ id: paris }] = await graph.subgraphs.membership.dataSource.query(`SELECT id FROM membership.member WHERE name = 'Paris'`);
    for (const memberId of [chengdu, paris]) {
      const assessed = await graph.query(ASSESS_FEE, { variables: { id: memberId }, token: secretariat });
      expect(assessed.errors).toBeUndefined();
    }
    const eastAsia = await testTokens.office('east-asia');
    const own = await graph.query(FEES_OF, { variables: { id: chengdu }, token: eastAsia });
    expect(own.errors).toBeUndefined();
    expect(dataOf(own).member).toEqual({ name: 'Chengdu', office: { region: 'EAST_ASIA' }, fees: [{ year: 2026, outstanding: 1000 }], feesFullyPaid: false });
    const other = await graph.query(FEES_OF, { variables: { id: paris }, token: eastAsia });
    expect(dataOf(other).member).toMatchObject({ name: 'Paris', fees: null, feesFullyPaid: null });
    expect(other.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['member', 'fees'], 'FORBIDDEN'],
      [['member', 'feesFullyPaid'], 'FORBIDDEN'],
    ]);
  });

  it('pages an office’s members through federation', async () => {
    const answer = await graph.query(OFFICE_MEMBERS);
    expect(answer.errors).toBeUndefined();
    const members = dataOf(answer).office?.members;
    expect(members?.totalCount).toBe(8);
    expect(members?.edges.map((edge) => edge.node.name)).toEqual(['Chengdu', 'Hong Kong', 'Hunan Province']);
    expect(members?.pageInfo.hasNextPage).toBe(true);
  });
});
