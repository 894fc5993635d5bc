import { RULES } from '@wego/rulebook';
import { testTokens } from '@wego/testing';
import { startGraph, type GraphUnderTest } from './support/graph-under-test';

let graph: GraphUnderTest;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph.stop());

interface RulebookAnswer {
  charter: { executiveCommitteeMaxSeats: number; rules: Array<{ id: string; title: string; statute: string | null; reading: string }> };
}

describe('the rulebook, through the gateway', () => {
  it('answers every rule of the catalogue, in order, to anyone without a token', async () => {
    const answer = await graph.query<RulebookAnswer>(`{ charter { executiveCommitteeMaxSeats rules { id title statute reading } } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.charter.rules).toEqual(RULES.map(({ id, title, statute, reading }) => ({ id, title, statute, reading })));
    expect(answer.data!.charter.executiveCommitteeMaxSeats).toBe(20);
  });

  it('names the rule of a refusal by an id the rulebook answers', async () => {
    const rules = await graph.query<RulebookAnswer>(`{ charter { rules { id title } } }`);
    const refused = await graph.query(
      `mutation { registerMember(input: { name: "Ulsan", category: INDUSTRY, kind: CITY, countryCode: "KR" }) { id } }`,
      { token: await testTokens.secretariat() },
    );
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CHARTER_VIOLATION', rule: 'M1' });
    expect(rules.data!.charter.rules.find((rule) => rule.id === 'M1')).toEqual({ id: 'M1', title: 'Categories' });
  });
});
