import { describeRefusedAttempts, refusalOf, refusedRowsOf, startedForThisFile, testTokens } from '@wego/testing';
import { membershipSnapshot } from './database-snapshot';
import { startMembership } from './membership-harness';

const REGISTER = `mutation($input: RegisterMemberInput!) { registerMember(input: $input) { id } }`;
const ASSESS = `mutation($input: AssessFeeInput!) { assessFee(input: $input) { year } }`;
const SET_STATUS = `mutation($memberId: ID!, $status: MembershipStatus!) { setMemberStatus(memberId: $memberId, status: $status) { status } }`;
const MISMATCHED = { name: 'Ulsan', category: 'INDUSTRY', kind: 'CITY', countryCode: 'KR' };

const membership = startedForThisFile(startMembership);
const seoul = () => membership.memberIdOf('Seoul');
const send = (mutation: string, variables: Record<string, unknown>, token?: string) => membership.query(mutation, { variables, ...(token ? { token } : {}) });
const refusals = { refusedRows: () => membership.refusedRows(), written: () => membershipSnapshot(membership.dataSource) };

describeRefusedAttempts({
  ...refusals,
  subgraph: membership,
  listField: 'membershipRefusedAttempts',
  ruleRefusal: {
    attempt: (token) => send(REGISTER, { input: MISMATCHED }, token),
    row: { operation: 'registerMember', entity_id: null, input: JSON.stringify({ input: MISMATCHED }), code: 'CHARTER_VIOLATION', rule: 'M1' },
  },
  forbiddenToOffice: { attempt: async (token) => send(SET_STATUS, { memberId: await seoul(), status: 'SUSPENDED' }, token), entityId: seoul },
  anonymous: () => send(REGISTER, { input: MISMATCHED }),
  acceptedChange: async (token) => send(SET_STATUS, { memberId: await seoul(), status: 'ACTIVE' }, token),
  memberToken: async () => testTokens.member(await seoul()),
});

describe('refused attempts of membership', () => {
  it('records a second assessment of a year (M4) against the member, and no audit entry for it', async () => {
    const [secretariat, memberId] = [await testTokens.secretariat(), await seoul()];
    expect((await send(ASSESS, { input: { memberId, year: 2026, amountDue: 100 } }, secretariat)).errors).toBeUndefined();
    const { answer, rows } = await refusedRowsOf(refusals, () => send(ASSESS, { input: { memberId, year: 2026, amountDue: 10 } }, secretariat));
    expect(rows).toEqual([expect.objectContaining({ operation: 'assessFee', entity_id: memberId, code: 'CHARTER_VIOLATION', rule: 'M4', ...refusalOf(answer) })]);
  });

  it('records hostile input with NUL characters as it came', async () => {
    const input = { ...MISMATCHED, name: 'Nul\u0000City', category: 'FULL' };
    const { answer, rows } = await refusedRowsOf(refusals, async () => send(REGISTER, { input }, await testTokens.secretariat()));
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.input)).toEqual({ input });
  });
});
