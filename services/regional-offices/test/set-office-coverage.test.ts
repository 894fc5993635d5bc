import { refusedWith, startedForThisFile, testTokens } from '@wego/testing';
import { SET_COVERAGE, startRegionalOffices } from './regional-offices-harness';

const EAST_ASIA_SEED = ['CN', 'HK', 'MO', 'TW', 'MN', 'JP'];

const offices = startedForThisFile(startRegionalOffices);
let secretariat: string;
beforeAll(async () => {
  secretariat = await testTokens.secretariat();
});

function setCoverage(officeId: string, countryCodes: string[], token?: string) {
  return offices.query<{ setOfficeCoverage: { id: string; coveredCountryCodes: string[] } }>(SET_COVERAGE, {
    variables: { officeId, countryCodes },
    ...(token ? { token } : {}),
  });
}

describe('setOfficeCoverage', () => {
  it("replaces a regional office's list and records the change, before and after, in the audit trail", async () => {
    const auditBefore = (await offices.auditRows()).length;
    const answer = await setCoverage('east-asia', [...EAST_ASIA_SEED, 'KP'], secretariat);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.setOfficeCoverage).toEqual({ id: 'east-asia', coveredCountryCodes: ['CN', 'HK', 'JP', 'KP', 'MN', 'MO', 'TW'] });
    expect((await offices.coverageRows()).filter((row) => row.startsWith('east-asia:'))).toEqual(
      ['CN', 'HK', 'JP', 'KP', 'MN', 'MO', 'TW'].map((code) => `east-asia:${code}`),
    );
    const audit = await offices.auditRows();
    expect(audit).toHaveLength(auditBefore + 1);
    expect(audit.at(-1)).toEqual({
      actor: 'officer@test',
      role: 'secretariat',
      operation: 'setOfficeCoverage',
      entity_type: 'Office',
      entity_id: 'east-asia',
      before: { coveredCountryCodes: ['CN', 'HK', 'JP', 'MN', 'MO', 'TW'] },
      after: { coveredCountryCodes: ['CN', 'HK', 'JP', 'KP', 'MN', 'MO', 'TW'] },
      request_id: answer.headers.get('x-request-id'),
    });
  });

  it('answers each change with the coverage as that change left it, also twice in one operation', async () => {
    const answer = await offices.query<{ add: { coveredCountryCodes: string[] }; back: { coveredCountryCodes: string[] } }>(
      `mutation { add: setOfficeCoverage(officeId: "east-asia", countryCodes: ["CN", "HK", "MO", "TW", "MN", "JP", "KP", "VN"]) { coveredCountryCodes }
                  back: setOfficeCoverage(officeId: "east-asia", countryCodes: ["CN", "HK", "MO", "TW", "MN", "JP"]) { coveredCountryCodes } }`,
      { token: secretariat },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.add.coveredCountryCodes).toContain('VN');
    expect(answer.data!.back.coveredCountryCodes).toEqual(['CN', 'HK', 'JP', 'MN', 'MO', 'TW']);
  });

  it('records nothing when the list is the one the office already has', async () => {
    const audit = (await offices.auditRows()).length;
    const current = (await offices.coverageRows()).filter((row) => row.startsWith('east-asia:')).map((row) => row.slice('east-asia:'.length));
    const answer = await setCoverage('east-asia', current.reverse(), secretariat);
    expect(answer.errors).toBeUndefined();
    expect(await offices.auditRows()).toHaveLength(audit);
  });

  it('moves a country once the office that covered it lets it go', async () => {
    const eurasia = (await offices.coverageRows()).filter((row) => row.startsWith('eurasia:')).map((row) => row.slice('eurasia:'.length));
    expect((await setCoverage('eurasia', eurasia.filter((code) => code !== 'MD'), secretariat)).errors).toBeUndefined();
    const moved = await setCoverage('mediterranean', ['TR', 'GR', 'CY', 'IT', 'MT', 'ES', 'FR', 'MC', 'SI', 'HR', 'BA', 'ME', 'AL', 'SY', 'LB', 'IL', 'PS', 'EG', 'LY', 'TN', 'DZ', 'MA', 'MD'], secretariat);
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.setOfficeCoverage.coveredCountryCodes).toContain('MD');
  });

  it('accepts an empty list: the office then covers nothing', async () => {
    const emptied = await setCoverage('latin-america', [], secretariat);
    expect(emptied.errors).toBeUndefined();
    expect(emptied.data!.setOfficeCoverage.coveredCountryCodes).toEqual([]);
    expect((await offices.coverageRows()).some((row) => row.startsWith('latin-america:'))).toBe(false);
    const restored = await setCoverage('latin-america', ['MX', 'BR'], secretariat);
    expect(restored.data!.setOfficeCoverage.coveredCountryCodes).toEqual(['BR', 'MX']);
  });
});

describe('a refused setOfficeCoverage changes nothing', () => {
  const asSecretariat = () => testTokens.secretariat();
  const eastAsiaWith = (...codes: string[]) => ({ officeId: 'east-asia', countryCodes: [...EAST_ASIA_SEED, ...codes] });
  /** What is refused: the change, who asks it, and what the refusal says. */
  const refusals: Array<{ refusal: string; change: { officeId: string; countryCodes: string[] }; token: () => Promise<string | undefined>; expected: Record<string, unknown>; message?: RegExp }> = [
    { refusal: 'a lower-case code beside good ones', change: eastAsiaWith('kp'), token: asSecretariat, expected: { code: 'BAD_USER_INPUT', field: 'countryCodes[6]' } },
    { refusal: 'an unassigned code beside good ones', change: eastAsiaWith('XX'), token: asSecretariat, expected: { code: 'BAD_USER_INPUT', field: 'countryCodes[6]' } },
    { refusal: 'a code listed twice', change: eastAsiaWith('KP', 'CN'), token: asSecretariat, expected: { code: 'BAD_USER_INPUT', field: 'countryCodes[7]' } },
    {
      refusal: 'more than 249 codes',
      change: { officeId: 'east-asia', countryCodes: Array.from({ length: 250 }, () => 'CN') },
      token: asSecretariat,
      expected: { code: 'BAD_USER_INPUT', field: 'countryCodes' },
    },
    { refusal: 'an unknown office', change: { officeId: 'antarctica', countryCodes: ['AQ'] }, token: asSecretariat, expected: { code: 'NOT_FOUND' } },
    { refusal: 'a list for the Secretariat (O2)', change: { officeId: 'secretariat', countryCodes: ['KR'] }, token: asSecretariat, expected: { code: 'CHARTER_VIOLATION', rule: 'O2' } },
    { refusal: 'even an empty list for the Secretariat (O2)', change: { officeId: 'secretariat', countryCodes: [] }, token: asSecretariat, expected: { code: 'CHARTER_VIOLATION', rule: 'O2' } },
    {
      refusal: 'a country another office covers (O2)',
      change: eastAsiaWith('KP', 'KZ'),
      token: asSecretariat,
      expected: { code: 'CHARTER_VIOLATION', rule: 'O2' },
      message: /KZ .*WeGO Regional Office for Eurasia/,
    },
    { refusal: 'no token', change: eastAsiaWith('KP'), token: async () => undefined, expected: { code: 'UNAUTHENTICATED' } },
    { refusal: "a regional office's token", change: eastAsiaWith('KP'), token: () => testTokens.office('east-asia'), expected: { code: 'FORBIDDEN' } },
    {
      refusal: "the Secretariat office's staff token: staff, not administrators",
      change: eastAsiaWith('KP'),
      token: () => testTokens.office('secretariat'),
      expected: { code: 'FORBIDDEN' },
    },
    { refusal: "a member's token", change: eastAsiaWith('KP'), token: () => testTokens.member('00000000-0000-4000-8000-000000000001'), expected: { code: 'FORBIDDEN' } },
  ];

  it.each(refusals)('refuses $refusal', async ({ change, token, expected, message }) => {
    const written = async () => [await offices.coverageRows(), await offices.auditRows()];
    const answer = await refusedWith(written, async () => setCoverage(change.officeId, change.countryCodes, await token()), expected);
    expect(answer.errors).toHaveLength(1);
    if (message) expect(answer.errors![0]!.message).toMatch(message);
  });
});
