import { testTokens, type GraphQLResponse } from '@wego/testing';
import { membershipSnapshot } from './database-snapshot';
import { startMembership, type MembershipUnderTest } from './membership-harness';

const REGISTER = `mutation($input: RegisterMemberInput!) { registerMember(input: $input) { id } }`;
const ASSESS = `mutation($input: AssessFeeInput!) { assessFee(input: $input) { year } }`;
const SET_STATUS = `mutation($memberId: ID!, $status: MembershipStatus!) { setMemberStatus(memberId: $memberId, status: $status) { status } }`;
const REFUSED = `query($first: Int) {
  membershipRefusedAttempts(first: $first) { at actor role operation entityId input code rule message requestId }
}`;
const MISMATCHED = { name: 'Ulsan', category: 'INDUSTRY', kind: 'CITY', countryCode: 'KR' };

interface RefusedRow {
  actor: string;
  role: string;
  operation: string;
  entity_id: string | null;
  input: string;
  code: string;
  rule: string | null;
  message: string;
  request_id: string;
}

let membership: MembershipUnderTest;
let secretariat: string;
let seoul: string;
beforeAll(async () => {
  membership = await startMembership();
  secretariat = await testTokens.secretariat();
  [{ id: seoul }] = await membership.dataSource.query(`SELECT id FROM membership.member WHERE name = 'Seoul'`);
});
afterAll(() => membership.stop());

const refusedRows = (): Promise<RefusedRow[]> =>
  membership.dataSource.query(`SELECT actor, role, operation, entity_id, input, code, rule, message, request_id FROM membership.refused_attempt ORDER BY id`);

/** Sends `mutation` and answers the refused rows it added; it must have changed nothing else, the audit trail included. */
async function refusedRowsOf(mutation: string, variables: Record<string, unknown>, token?: string) {
  const rowsBefore = (await refusedRows()).length;
  const before = await membershipSnapshot(membership.dataSource);
  const answer = await membership.query(mutation, { variables, ...(token ? { token } : {}) });
  expect(answer.data ?? null).toBeNull();
  expect(await membershipSnapshot(membership.dataSource)).toEqual(before);
  return { answer, rows: (await refusedRows()).slice(rowsBefore) };
}

function refusal(answer: GraphQLResponse) {
  return { message: answer.errors?.[0]?.message, request_id: answer.headers.get('x-request-id') };
}

describe('refused attempts', () => {
  it('records a rule that refuses (M1) apart from the audit trail, and changes nothing', async () => {
    const { answer, rows } = await refusedRowsOf(REGISTER, { input: MISMATCHED }, secretariat);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'CHARTER_VIOLATION', rule: 'M1' });
    expect(rows).toEqual([
      {
        actor: 'officer@test',
        role: 'secretariat',
        operation: 'registerMember',
        entity_id: null,
        input: JSON.stringify({ input: MISMATCHED }),
        code: 'CHARTER_VIOLATION',
        rule: 'M1',
        ...refusal(answer),
      },
    ]);
  });

  it('records a second assessment of a year (M4) against the member, and no audit entry for it', async () => {
    const assessed = await membership.query(ASSESS, { variables: { input: { memberId: seoul, year: 2026, amountDue: 100 } }, token: secretariat });
    expect(assessed.errors).toBeUndefined();
    const { answer, rows } = await refusedRowsOf(ASSESS, { input: { memberId: seoul, year: 2026, amountDue: 10 } }, secretariat);
    expect(rows).toEqual([expect.objectContaining({ operation: 'assessFee', entity_id: seoul, code: 'CHARTER_VIOLATION', rule: 'M4', ...refusal(answer) })]);
  });

  it('records an office that is not allowed to change members (FORBIDDEN) under its own name', async () => {
    const { answer, rows } = await refusedRowsOf(SET_STATUS, { memberId: seoul, status: 'SUSPENDED' }, await testTokens.office('east-asia'));
    expect(rows).toEqual([
      expect.objectContaining({ actor: 'staff@east-asia', role: 'office', entity_id: seoul, code: 'FORBIDDEN', rule: null, ...refusal(answer) }),
    ]);
  });

  it('records hostile input with NUL characters as it came', async () => {
    const input = { ...MISMATCHED, name: 'Nul\u0000City', category: 'FULL' };
    const { answer, rows } = await refusedRowsOf(REGISTER, { input }, secretariat);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.input)).toEqual({ input });
  });

  it('records nothing for an anonymous caller, who cannot make the service write', async () => {
    const { answer, rows } = await refusedRowsOf(REGISTER, { input: MISMATCHED });
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(rows).toEqual([]);
  });

  it('records nothing for an accepted change', async () => {
    const before = (await refusedRows()).length;
    const answer = await membership.query(SET_STATUS, { variables: { memberId: seoul, status: 'ACTIVE' }, token: secretariat });
    expect(answer.errors).toBeUndefined();
    expect(await refusedRows()).toHaveLength(before);
  });
});

describe('membershipRefusedAttempts', () => {
  it('lists the refused attempts to the Secretariat, newest first', async () => {
    const rows = await refusedRows();
    const answer = await membership.query(REFUSED, { token: secretariat });
    expect(answer.errors).toBeUndefined();
    const listed = answer.data.membershipRefusedAttempts;
    expect(listed.map((attempt: { requestId: string }) => attempt.requestId)).toEqual(rows.map((row) => row.request_id).reverse());
    expect(listed[0]).toEqual({
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      actor: rows.at(-1)!.actor,
      role: rows.at(-1)!.role,
      operation: rows.at(-1)!.operation,
      entityId: rows.at(-1)!.entity_id,
      input: rows.at(-1)!.input,
      code: rows.at(-1)!.code,
      rule: rows.at(-1)!.rule,
      message: rows.at(-1)!.message,
      requestId: rows.at(-1)!.request_id,
    });
    const first = await membership.query(REFUSED, { variables: { first: 1 }, token: secretariat });
    expect(first.data.membershipRefusedAttempts).toEqual([listed[0]]);
  });

  it('answers null with FORBIDDEN at its path to anyone but the Secretariat', async () => {
    for (const token of [await testTokens.office('secretariat'), await testTokens.member(seoul), undefined]) {
      const answer = await membership.query(REFUSED, token ? { token } : {});
      expect(answer.data?.membershipRefusedAttempts).toBeNull();
      expect(answer.errors?.[0]).toMatchObject({ path: ['membershipRefusedAttempts'], extensions: { code: 'FORBIDDEN' } });
    }
  });

  it('takes `first` from 1 to 200', async () => {
    for (const first of [0, 201]) {
      const answer = await membership.query(REFUSED, { variables: { first }, token: secretariat });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });
});
