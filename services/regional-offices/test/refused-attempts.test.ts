import { testTokens, type GraphQLResponse } from '@wego/testing';
import { SET_COVERAGE, startRegionalOffices, type RegionalOfficesUnderTest } from './regional-offices-harness';

const REFUSED = `query($first: Int) {
  regionalOfficesRefusedAttempts(first: $first) { at actor role operation entityId input code rule message requestId }
}`;
const EAST_ASIA_WITH_KP = ['CN', 'HK', 'MO', 'TW', 'MN', 'JP', 'KP'];

let offices: RegionalOfficesUnderTest;
let secretariat: string;
beforeAll(async () => {
  offices = await startRegionalOffices();
  secretariat = await testTokens.secretariat();
});
afterAll(() => offices.stop());

/** Sends a coverage change and answers the refused rows it added; it must have changed no coverage and no audit entry. */
async function refusedRowsOf(officeId: string, countryCodes: string[], token?: string) {
  const [rowsBefore, coverage, audit] = [(await offices.refusedRows()).length, await offices.coverageRows(), await offices.auditRows()];
  const answer = await offices.query(SET_COVERAGE, { variables: { officeId, countryCodes }, ...(token ? { token } : {}) });
  expect(answer.data ?? null).toBeNull();
  expect(await offices.coverageRows()).toEqual(coverage);
  expect(await offices.auditRows()).toEqual(audit);
  return { answer, rows: (await offices.refusedRows()).slice(rowsBefore) };
}

function refusal(answer: GraphQLResponse) {
  return { message: answer.errors?.[0]?.message, request_id: answer.headers.get('x-request-id') };
}

describe('refused attempts', () => {
  it('records a list for the Secretariat (O2) apart from the audit trail, and changes nothing', async () => {
    const { answer, rows } = await refusedRowsOf('secretariat', ['KR'], secretariat);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'CHARTER_VIOLATION', rule: 'O2' });
    expect(rows).toEqual([
      {
        actor: 'officer@test',
        role: 'secretariat',
        operation: 'setOfficeCoverage',
        entity_id: 'secretariat',
        input: JSON.stringify({ officeId: 'secretariat', countryCodes: ['KR'] }),
        code: 'CHARTER_VIOLATION',
        rule: 'O2',
        ...refusal(answer),
      },
    ]);
  });

  it("records an office's token (FORBIDDEN) under that office's staff", async () => {
    const { answer, rows } = await refusedRowsOf('east-asia', EAST_ASIA_WITH_KP, await testTokens.office('east-asia'));
    expect(rows).toEqual([
      expect.objectContaining({ actor: 'staff@east-asia', role: 'office', entity_id: 'east-asia', code: 'FORBIDDEN', rule: null, ...refusal(answer) }),
    ]);
  });

  it('records nothing for an anonymous caller, who cannot make the service write', async () => {
    const { answer, rows } = await refusedRowsOf('east-asia', EAST_ASIA_WITH_KP);
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(rows).toEqual([]);
  });

  it('records nothing for an accepted change', async () => {
    const before = (await offices.refusedRows()).length;
    const answer = await offices.query(SET_COVERAGE, { variables: { officeId: 'east-asia', countryCodes: EAST_ASIA_WITH_KP }, token: secretariat });
    expect(answer.errors).toBeUndefined();
    expect(await offices.refusedRows()).toHaveLength(before);
  });
});

describe('regionalOfficesRefusedAttempts', () => {
  it('lists the refused attempts to the Secretariat, newest first', async () => {
    const rows = await offices.refusedRows();
    const answer = await offices.query(REFUSED, { token: secretariat });
    expect(answer.errors).toBeUndefined();
    const listed = answer.data.regionalOfficesRefusedAttempts;
    expect(listed.map((attempt: { requestId: string }) => attempt.requestId)).toEqual(rows.map((row) => row.request_id).reverse());
    const newest = rows.at(-1)!;
    expect(listed[0]).toEqual({
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      actor: newest.actor,
      role: newest.role,
      operation: newest.operation,
      entityId: newest.entity_id,
      input: newest.input,
      code: newest.code,
      rule: newest.rule,
      message: newest.message,
      requestId: newest.request_id,
    });
    const first = await offices.query(REFUSED, { variables: { first: 1 }, token: secretariat });
    expect(first.data.regionalOfficesRefusedAttempts).toEqual([listed[0]]);
  });

  it('answers null with FORBIDDEN at its path to anyone but the Secretariat', async () => {
    for (const token of [await testTokens.office('secretariat'), await testTokens.member('00000000-0000-4000-8000-000000000001'), undefined]) {
      const answer = await offices.query(REFUSED, token ? { token } : {});
      expect(answer.data?.regionalOfficesRefusedAttempts).toBeNull();
      expect(answer.errors?.[0]).toMatchObject({ path: ['regionalOfficesRefusedAttempts'], extensions: { code: 'FORBIDDEN' } });
    }
  });

  it('takes `first` from 1 to 200', async () => {
    for (const first of [0, 201]) {
      const answer = await offices.query(REFUSED, { variables: { first }, token: secretariat });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });
});
