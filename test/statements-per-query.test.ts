import { testTokens } from '@wego/testing';
import { ALL_MEMBERS_AND_OFFICES } from './support/founding-query';
import { startGraph, type GraphUnderTest } from './support/graph-under-test';

let graph: GraphUnderTest;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph.stop());

async function statementsOfTheQuery(): Promise<Record<string, number>> {
  graph.resetStatementCounts();
  const answer = await graph.query(ALL_MEMBERS_AND_OFFICES);
  expect(answer.errors).toBeUndefined();
  return graph.statementCounts();
}

describe('N+1 guard', () => {
  it('sends as many SQL statements per subgraph for 200 members as for 50', async () => {
    const withFounders = await statementsOfTheQuery();
    const secretariat = await testTokens.secretariat();
    const countries = ['KR', 'CN', 'RU', 'TR', 'MX', 'BR', 'KE', 'FR', 'JP', 'US'];
    for (let index = 0; index < 150; index += 1) {
      const answer = await graph.query(`mutation($input: RegisterMemberInput!) { registerMember(input: $input) { id } }`, {
        variables: { input: { name: `Test City ${index}`, category: 'FULL', kind: 'CITY', countryCode: countries[index % countries.length] } },
        token: secretariat,
      });
      expect(answer.errors).toBeUndefined();
    }
    const withTwoHundred = await statementsOfTheQuery();
    process.stdout.write(`SQL statements per subgraph for the README query over every member: 50 members ${JSON.stringify(withFounders)}, 200 members ${JSON.stringify(withTwoHundred)}\n`);
    expect(withTwoHundred).toEqual(withFounders);
    for (const count of Object.values(withTwoHundred)) expect(count).toBeLessThanOrEqual(4);
  });
});
