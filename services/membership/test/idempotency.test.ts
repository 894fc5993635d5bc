import { signToken } from '@wego/identity';
import { requestFingerprint } from '@wego/idempotency';
import { testEnvironment, testTokens, type GraphQLResponse } from '@wego/testing';
import { membershipSnapshot } from './database-snapshot';
import { startMembership, type MembershipUnderTest } from './membership-harness';

const MEMBER = 'id name category kind countryCode foundingMember joinedOn status';
const REGISTER = `mutation($input: RegisterMemberInput!, $key: String) { registerMember(input: $input, idempotencyKey: $key) { ${MEMBER} } }`;
const SET_STATUS = `mutation($memberId: ID!, $status: MembershipStatus!, $key: String) {
  setMemberStatus(memberId: $memberId, status: $status, idempotencyKey: $key) { ${MEMBER} } }`;
const ASSESS = `mutation($input: AssessFeeInput!, $key: String) { assessFee(input: $input, idempotencyKey: $key) { year amountDue amountPaid outstanding } }`;
const PAY = `mutation($input: RecordFeePaymentInput!, $key: String) { recordFeePayment(input: $input, idempotencyKey: $key) { year amountDue amountPaid outstanding } }`;

let membership: MembershipUnderTest;
let officer: string;
let deputy: string;
let seoul: string;
beforeAll(async () => {
  membership = await startMembership();
  officer = await testTokens.secretariat();
  deputy = await signToken(testEnvironment().shared.identity, { role: 'secretariat', sub: 'deputy@test' });
  [{ id: seoul }] = await membership.dataSource.query(`SELECT id FROM membership.member WHERE name = 'Seoul'`);
  // Before any keyed request: the first one purges what has expired.
  await keyAged('expired', 49, 'registerMember', {}, null);
  await keyAged('a day old', 25, 'registerMember', { input: { name: 'Gwangju', category: 'FULL', kind: 'CITY', countryCode: 'KR' } }, { id: 'answered a day ago' });
});
afterAll(() => membership.stop());

function keyAged(key: string, hours: number, operation: string, args: Record<string, unknown>, answer: unknown) {
  return membership.dataSource.query(
    `INSERT INTO membership.idempotency_key (caller, key, operation, fingerprint, answer, created_at)
     VALUES ('officer@test', $1, $2, $3, $4, now() - make_interval(hours => $5))`,
    [key, operation, requestFingerprint(operation, args), JSON.stringify(answer), hours],
  );
}

const keyRows = (): Promise<Array<{ caller: string; key: string; operation: string }>> =>
  membership.dataSource.query(`SELECT caller, key, operation FROM membership.idempotency_key ORDER BY created_at, key`);

const send = (query: string, variables: Record<string, unknown>, token = officer): Promise<GraphQLResponse> => membership.query(query, { variables, token });

function accepted(answer: GraphQLResponse): GraphQLResponse {
  expect(answer.errors).toBeUndefined();
  return answer;
}

/** Sends a request that must be refused with `code` and change nothing, the keys included. */
async function refusedWithoutChange(query: string, variables: Record<string, unknown>, code: string, token = officer): Promise<GraphQLResponse> {
  const before = [await membershipSnapshot(membership.dataSource), await keyRows()];
  const answer = await send(query, variables, token);
  expect(answer.errors?.[0]?.extensions?.code).toBe(code);
  expect(answer.data ?? null).toBeNull();
  expect([await membershipSnapshot(membership.dataSource), await keyRows()]).toEqual(before);
  return answer;
}

const ulsan = (name = 'Ulsan') => ({ name, category: 'FULL', kind: 'CITY', countryCode: 'KR' });

describe('keys kept at least 24 hours', () => {
  it('forgets a key older than 48 hours on the first keyed request, and still answers one a day old', async () => {
    accepted(await send(REGISTER, { input: ulsan('Pohang'), key: 'first keyed request' }));
    const kept = (await keyRows()).map((row) => row.key);
    expect(kept).not.toContain('expired');
    expect(kept).toContain('a day old');
    const before = await membershipSnapshot(membership.dataSource);
    const answer = await send(`mutation($input: RegisterMemberInput!) { registerMember(input: $input, idempotencyKey: "a day old") { id } }`, {
      input: { name: 'Gwangju', category: 'FULL', kind: 'CITY', countryCode: 'KR' },
    });
    expect(answer.data.registerMember).toEqual({ id: 'answered a day ago' });
    expect(await membershipSnapshot(membership.dataSource)).toEqual(before);
  });
});

describe('registerMember with an idempotency key', () => {
  it('answers a retry with the same member, and registers and audits it once', async () => {
    const before = await membershipSnapshot(membership.dataSource);
    const first = accepted(await send(REGISTER, { input: ulsan(), key: 'register-ulsan' }));
    const afterFirst = (await membershipSnapshot(membership.dataSource)) as { members: unknown[]; audit: unknown[] };
    expect(afterFirst.members).toHaveLength((before as { members: unknown[] }).members.length + 1);
    expect(afterFirst.audit).toHaveLength((before as { audit: unknown[] }).audit.length + 1);

    const retry = accepted(await send(REGISTER, { input: ulsan(), key: 'register-ulsan' }));
    expect(retry.data).toEqual(first.data);
    expect(first.data.registerMember).toMatchObject({ name: 'Ulsan', joinedOn: '2026-11-27', status: 'ACTIVE', foundingMember: false });
    expect(await membershipSnapshot(membership.dataSource)).toEqual(afterFirst);
  });

  it('refuses the same key with other input, or for another operation, as CONFLICT, and writes nothing', async () => {
    const answer = await refusedWithoutChange(REGISTER, { input: ulsan('Ulsan Metropolitan City'), key: 'register-ulsan' }, 'CONFLICT');
    expect(answer.errors![0]!.extensions).toMatchObject({ retryable: false });
    expect(answer.errors![0]!.message).toContain('idempotency key');
    await refusedWithoutChange(SET_STATUS, { memberId: seoul, status: 'SUSPENDED', key: 'register-ulsan' }, 'CONFLICT');
  });

  it('keeps another caller’s key apart: the same key registers that caller’s own member, and answers it alone', async () => {
    const mine = accepted(await send(REGISTER, { input: ulsan('Daegu'), key: 'shared key' }));
    const theirs = accepted(await send(REGISTER, { input: ulsan('Daegu'), key: 'shared key' }, deputy));
    expect(theirs.data.registerMember.id).not.toBe(mine.data.registerMember.id);
    const theirRetry = accepted(await send(REGISTER, { input: ulsan('Daegu'), key: 'shared key' }, deputy));
    expect(theirRetry.data).toEqual(theirs.data);
    expect(await membership.dataSource.query(`SELECT count(*)::int AS n FROM membership.member WHERE name = 'Daegu'`)).toEqual([{ n: 2 }]);
  });

  it('registers once when ten identical requests with one key arrive at once, and answers all ten alike', async () => {
    const before = (await membershipSnapshot(membership.dataSource)) as { members: unknown[]; audit: unknown[] };
    const answers = await Promise.all(Array.from({ length: 10 }, () => send(REGISTER, { input: ulsan('Changwon'), key: 'ten at once' })));
    for (const answer of answers) expect(answer).toMatchObject({ data: answers[0]!.data, errors: undefined });
    const after = (await membershipSnapshot(membership.dataSource)) as { members: unknown[]; audit: unknown[] };
    expect(after.members).toHaveLength(before.members.length + 1);
    expect(after.audit).toHaveLength(before.audit.length + 1);
  });

  it('keeps a key free when its first attempt is refused (M1), so the corrected request with that key is accepted', async () => {
    await refusedWithoutChange(REGISTER, { input: { ...ulsan('Jeonju'), category: 'INDUSTRY' }, key: 'corrected later' }, 'CHARTER_VIOLATION');
    const corrected = accepted(await send(REGISTER, { input: ulsan('Jeonju'), key: 'corrected later' }));
    expect(accepted(await send(REGISTER, { input: ulsan('Jeonju'), key: 'corrected later' })).data).toEqual(corrected.data);
    await refusedWithoutChange(REGISTER, { input: { ...ulsan('Jeonju'), category: 'INDUSTRY' }, key: 'corrected later' }, 'CONFLICT');
  });

  it('registers twice without a key, as before', async () => {
    accepted(await send(REGISTER, { input: ulsan('Suwon') }));
    accepted(await send(REGISTER, { input: ulsan('Suwon'), key: null }));
    expect(await membership.dataSource.query(`SELECT count(*)::int AS n FROM membership.member WHERE name = 'Suwon'`)).toEqual([{ n: 2 }]);
  });

  it.each([
    ['empty', ''],
    ['of 201 characters', 'k'.repeat(201)],
    ['holding a NUL character', 'key\u0000'],
  ])('refuses a key %s as BAD_USER_INPUT, and writes nothing', async (_, key) => {
    const answer = await refusedWithoutChange(REGISTER, { input: ulsan('Cheongju'), key }, 'BAD_USER_INPUT');
    expect(answer.errors![0]!.extensions).toMatchObject({ field: 'idempotencyKey' });
  });

  it('takes a key of 200 characters', async () => {
    accepted(await send(REGISTER, { input: ulsan('Gimhae'), key: '🔑'.repeat(200) }));
  });

  it('records no key for a caller without a token', async () => {
    await refusedWithoutChange(REGISTER, { input: ulsan('Anyang'), key: 'anonymous' }, 'UNAUTHENTICATED', '');
  });
});

describe('fees with an idempotency key', () => {
  it('answers a retried assessment with the assessment, rather than refusing a second one under M4', async () => {
    const first = accepted(await send(ASSESS, { input: { memberId: seoul, year: 2026, amountDue: 500 }, key: 'assess-2026' }));
    const snapshot = await membershipSnapshot(membership.dataSource);
    expect(accepted(await send(ASSESS, { input: { memberId: seoul, year: 2026, amountDue: 500 }, key: 'assess-2026' })).data).toEqual(first.data);
    expect(await membershipSnapshot(membership.dataSource)).toEqual(snapshot);
  });

  it('records a payment once when eight identical requests with one key arrive at once', async () => {
    const before = (await membershipSnapshot(membership.dataSource)) as { payments: unknown[]; audit: unknown[] };
    const answers = await Promise.all(Array.from({ length: 8 }, () => send(PAY, { input: { memberId: seoul, year: 2026, amount: 100 }, key: 'pay-100' })));
    for (const answer of answers) expect(answer).toMatchObject({ data: { recordFeePayment: { amountPaid: 100, outstanding: 400 } }, errors: undefined });
    const after = (await membershipSnapshot(membership.dataSource)) as { payments: unknown[]; audit: unknown[] };
    expect(after.payments).toHaveLength(before.payments.length + 1);
    expect(after.audit).toHaveLength(before.audit.length + 1);
  });

  it('records a second payment with a new key, and without a key', async () => {
    expect(accepted(await send(PAY, { input: { memberId: seoul, year: 2026, amount: 100 }, key: 'pay-100-again' })).data.recordFeePayment.amountPaid).toBe(200);
    expect(accepted(await send(PAY, { input: { memberId: seoul, year: 2026, amount: 100 } })).data.recordFeePayment.amountPaid).toBe(300);
  });

  it('answers a retried status change with its first answer, though the status changed since', async () => {
    const suspended = accepted(await send(SET_STATUS, { memberId: seoul, status: 'SUSPENDED', key: 'suspend-seoul' }));
    accepted(await send(SET_STATUS, { memberId: seoul, status: 'ACTIVE' }));
    const snapshot = await membershipSnapshot(membership.dataSource);
    const retry = accepted(await send(SET_STATUS, { memberId: seoul, status: 'SUSPENDED', key: 'suspend-seoul' }));
    expect(retry.data).toEqual(suspended.data);
    expect(retry.data.setMemberStatus.status).toBe('SUSPENDED');
    expect(await membershipSnapshot(membership.dataSource)).toEqual(snapshot);
  });
});
