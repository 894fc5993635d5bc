import { signToken } from '@wego/identity';
import { testEnvironment, testTokens, type GraphQLResponse } from '@wego/testing';
import { startRegionalOffices, type RegionalOfficesUnderTest } from './regional-offices-harness';

const SET_COVERAGE = `mutation($officeId: ID!, $countryCodes: [String!]!, $key: String) {
  setOfficeCoverage(officeId: $officeId, countryCodes: $countryCodes, idempotencyKey: $key) { id kind name region city countryCode coveredCountryCodes }
}`;
const EAST_ASIA_SEED = ['CN', 'HK', 'MO', 'TW', 'MN', 'JP'];

let offices: RegionalOfficesUnderTest;
let officer: string;
let deputy: string;
beforeAll(async () => {
  offices = await startRegionalOffices();
  officer = await testTokens.secretariat();
  deputy = await signToken(testEnvironment().shared.identity, { role: 'secretariat', sub: 'deputy@test' });
});
afterAll(() => offices.stop());

const keyRows = () => offices.dataSource.query(`SELECT caller, key, operation FROM regional_offices.idempotency_key ORDER BY created_at, key`);
const written = async () => [await offices.coverageRows(), await offices.auditRows(), await keyRows()];

function setCoverage(officeId: string, countryCodes: string[], key?: string | null, token = officer): Promise<GraphQLResponse> {
  return offices.query(SET_COVERAGE, { variables: { officeId, countryCodes, key }, token });
}

function accepted(answer: GraphQLResponse): GraphQLResponse {
  expect(answer.errors).toBeUndefined();
  return answer;
}

async function refusedWithoutChange(send: () => Promise<GraphQLResponse>, code: string): Promise<GraphQLResponse> {
  const before = await written();
  const answer = await send();
  expect(answer.errors?.[0]?.extensions?.code).toBe(code);
  expect(answer.data ?? null).toBeNull();
  expect(await written()).toEqual(before);
  return answer;
}

describe('setOfficeCoverage with an idempotency key', () => {
  it('answers a retry with the first answer, the list it set included, and changes and audits once', async () => {
    const auditBefore = (await offices.auditRows()).length;
    const first = accepted(await setCoverage('east-asia', [...EAST_ASIA_SEED, 'KP'], 'add KP'));
    expect(first.data.setOfficeCoverage).toEqual({
      id: 'east-asia',
      kind: 'REGIONAL_OFFICE',
      name: expect.any(String),
      region: 'EAST_ASIA',
      city: 'Chengdu',
      countryCode: 'CN',
      coveredCountryCodes: ['CN', 'HK', 'JP', 'KP', 'MN', 'MO', 'TW'],
    });
    expect(await offices.auditRows()).toHaveLength(auditBefore + 1);
    const afterFirst = await written();
    expect(accepted(await setCoverage('east-asia', [...EAST_ASIA_SEED, 'KP'], 'add KP')).data).toEqual(first.data);
    expect(await written()).toEqual(afterFirst);

    // Another change since: the retry still answers what the first call answered, and undoes nothing.
    accepted(await setCoverage('east-asia', EAST_ASIA_SEED));
    const afterUndo = await written();
    expect(accepted(await setCoverage('east-asia', [...EAST_ASIA_SEED, 'KP'], 'add KP')).data).toEqual(first.data);
    expect(await written()).toEqual(afterUndo);
  });

  it('refuses the same key with another list as CONFLICT, and writes nothing', async () => {
    await refusedWithoutChange(() => setCoverage('east-asia', [...EAST_ASIA_SEED, 'VN'], 'add KP'), 'CONFLICT');
  });

  it('keeps another caller’s key apart', async () => {
    const theirs = accepted(await setCoverage('east-asia', [...EAST_ASIA_SEED, 'KP'], 'add KP', deputy));
    expect(theirs.data.setOfficeCoverage.coveredCountryCodes).toContain('KP');
    expect((await offices.coverageRows()).filter((row) => row === 'east-asia:KP')).toHaveLength(1);
    expect((await keyRows()).filter((row: { key: string }) => row.key === 'add KP')).toHaveLength(2);
  });

  it('changes once when eight identical requests with one key arrive at once, and answers all alike', async () => {
    const auditBefore = (await offices.auditRows()).length;
    const answers = await Promise.all(Array.from({ length: 8 }, () => setCoverage('east-asia', [...EAST_ASIA_SEED, 'LA'], 'add LA')));
    for (const answer of answers) expect(answer).toMatchObject({ data: answers[0]!.data, errors: undefined });
    expect(answers[0]!.data.setOfficeCoverage.coveredCountryCodes).toEqual(['CN', 'HK', 'JP', 'LA', 'MN', 'MO', 'TW']);
    expect(await offices.auditRows()).toHaveLength(auditBefore + 1);
  });

  it('keeps the key free when the first attempt is refused (O2), so the corrected list is accepted under it', async () => {
    await refusedWithoutChange(() => setCoverage('east-asia', [...EAST_ASIA_SEED, 'RU'], 'add TH'), 'CHARTER_VIOLATION');
    const corrected = accepted(await setCoverage('east-asia', [...EAST_ASIA_SEED, 'TH'], 'add TH'));
    expect(corrected.data.setOfficeCoverage.coveredCountryCodes).toContain('TH');
  });

  it('changes as before without a key', async () => {
    const auditBefore = (await offices.auditRows()).length;
    accepted(await setCoverage('east-asia', [...EAST_ASIA_SEED, 'KH']));
    accepted(await setCoverage('east-asia', EAST_ASIA_SEED, null));
    expect(await offices.auditRows()).toHaveLength(auditBefore + 2);
  });
});
