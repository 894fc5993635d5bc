import { requestFingerprint } from '@wego/idempotency';
import { accepted, describeIdempotency, refusedWithoutChange, startedForThisFile, testTokens, type GraphQLResponse } from '@wego/testing';
import { membershipSnapshot } from './database-snapshot';
import { startMembership, TODAY } from './membership-harness';

const MEMBER = 'id name category kind countryCode foundingMember joinedOn status';
const REGISTER = `mutation($input: RegisterMemberInput!, $key: String) { registerMember(input: $input, idempotencyKey: $key) { ${MEMBER} } }`;
const SET_STATUS = `mutation($memberId: ID!, $status: MembershipStatus!, $key: String) {
  setMemberStatus(memberId: $memberId, status: $status, idempotencyKey: $key) { ${MEMBER} } }`;
const ASSESS = `mutation($input: AssessFeeInput!, $key: String) { assessFee(input: $input, idempotencyKey: $key) { year amountDue amountPaid outstanding } }`;
const PAY = `mutation($input: RecordFeePaymentInput!, $key: String) { recordFeePayment(input: $input, idempotencyKey: $key) { year amountDue amountPaid outstanding } }`;

interface Written {
  members: unknown[];
  audit: unknown[];
  payments: unknown[];
}

const membership = startedForThisFile(startMembership);
const seoul = () => membership.memberIdOf('Seoul');
beforeAll(async () => {
  // Before any keyed request: the first one purges what has expired.
  await keyAged('expired', 49, 'registerMember', {}, null);
  await keyAged('a day old', 25, 'registerMember', { input: { name: 'Gwangju', category: 'FULL', kind: 'CITY', countryCode: 'KR' } }, { id: 'answered a day ago' });
});

function keyAged(key: string, hours: number, operation: string, args: Record<string, unknown>, answer: unknown) {
  return membership.dataSource.query(
    `INSERT INTO membership.idempotency_key (caller, key, operation, fingerprint, answer, created_at)
     VALUES ('officer@test', $1, $2, $3, $4, now() - make_interval(hours => $5))`,
    [key, operation, requestFingerprint(operation, args), JSON.stringify(answer), hours],
  );
}

const keyRows = (): Promise<Array<{ caller: string; key: string; operation: string }>> =>
  membership.dataSource.query(`SELECT caller, key, operation FROM membership.idempotency_key ORDER BY created_at, key`);
const snapshot = () => membershipSnapshot(membership.dataSource) as Promise<Written>;
const written = async () => [await snapshot(), await keyRows()];
const membersNamed = (name: string) => membership.dataSource.query(`SELECT count(*)::int AS n FROM membership.member WHERE name = $1`, [name]);

const send = async (query: string, variables: Record<string, unknown>, token?: string): Promise<GraphQLResponse> =>
  membership.query(query, { variables, token: token ?? (await testTokens.secretariat()) });

const ulsan = (name = 'Ulsan') => ({ name, category: 'FULL', kind: 'CITY', countryCode: 'KR' });
const cityOf = (label: string) => `Ulsan (${label})`;

describeIdempotency({
  subgraph: membership,
  mutation: REGISTER,
  field: 'registerMember',
  change: (label) => ({ input: ulsan(cityOf(label)) }),
  answerTo: (label) => ({ name: cityOf(label), joinedOn: TODAY, status: 'ACTIVE', foundingMember: false }),
  // M1: a city is no industry member.
  refusedChange: (label) => ({ variables: { input: { ...ulsan(cityOf(label)), category: 'INDUSTRY' } }, code: 'CHARTER_VIOLATION' }),
  written,
  auditCount: async () => (await snapshot()).audit.length,
  keyRows,
  simultaneous: 10,
  alsoCheck: {
    async bothCallers(mine, theirs) {
      expect(theirs.data.registerMember.id).not.toBe(mine.data.registerMember.id);
      expect(await membersNamed(cityOf('shared'))).toEqual([{ n: 2 }]);
    },
    changedOnce(before, after) {
      expect((after as [Written])[0].members).toHaveLength((before as [Written])[0].members.length + 1);
    },
  },
});

describe('keys kept at least 24 hours', () => {
  it('forgets a key older than 48 hours on the first keyed request, and still answers one a day old', async () => {
    accepted(await send(REGISTER, { input: ulsan('Pohang'), key: 'first keyed request' }));
    const kept = (await keyRows()).map((row) => row.key);
    expect(kept).not.toContain('expired');
    expect(kept).toContain('a day old');
    const before = await snapshot();
    const answer = await send(`mutation($input: RegisterMemberInput!) { registerMember(input: $input, idempotencyKey: "a day old") { id } }`, {
      input: { name: 'Gwangju', category: 'FULL', kind: 'CITY', countryCode: 'KR' },
    });
    expect(answer.data.registerMember).toEqual({ id: 'answered a day ago' });
    expect(await snapshot()).toEqual(before);
  });
});

describe('registerMember with an idempotency key, as membership alone checks it', () => {
  it('refuses the same key with other input, or for another operation, as CONFLICT, telling it will not pass on retry', async () => {
    accepted(await send(REGISTER, { input: ulsan(), key: 'register-ulsan' }));
    const answer = await refusedWithoutChange(written, () => send(REGISTER, { input: ulsan('Ulsan Metropolitan City'), key: 'register-ulsan' }), 'CONFLICT');
    expect(answer.errors![0]!.extensions).toMatchObject({ retryable: false });
    expect(answer.errors![0]!.message).toContain('idempotency key');
    await refusedWithoutChange(written, async () => send(SET_STATUS, { memberId: await seoul(), status: 'SUSPENDED', key: 'register-ulsan' }), 'CONFLICT');
  });

  it('refuses a key once taken by a corrected request (M1) to the refused input again, as CONFLICT', async () => {
    accepted(await send(REGISTER, { input: ulsan('Jeonju'), key: 'taken once corrected' }));
    await refusedWithoutChange(written, () => send(REGISTER, { input: { ...ulsan('Jeonju'), category: 'INDUSTRY' }, key: 'taken once corrected' }), 'CONFLICT');
  });

  it('registers the same input twice without a key, as before', async () => {
    accepted(await send(REGISTER, { input: ulsan('Suwon') }));
    accepted(await send(REGISTER, { input: ulsan('Suwon'), key: null }));
    expect(await membersNamed('Suwon')).toEqual([{ n: 2 }]);
  });

  it.each([
    ['empty', ''],
    ['of 201 characters', 'k'.repeat(201)],
    ['holding a NUL character', 'key\u0000'],
  ])('refuses a key %s as BAD_USER_INPUT, and writes nothing', async (_, key) => {
    const answer = await refusedWithoutChange(written, () => send(REGISTER, { input: ulsan('Cheongju'), key }), 'BAD_USER_INPUT');
    expect(answer.errors![0]!.extensions).toMatchObject({ field: 'idempotencyKey' });
  });

  it('takes a key of 200 characters', async () => {
    accepted(await send(REGISTER, { input: ulsan('Gimhae'), key: '🔑'.repeat(200) }));
  });

  it('records no key for a caller without a token', async () => {
    await refusedWithoutChange(written, () => membership.query(REGISTER, { variables: { input: ulsan('Anyang'), key: 'anonymous' } }), 'UNAUTHENTICATED');
  });
});

describe('fees with an idempotency key', () => {
  it('answers a retried assessment with the assessment, rather than refusing a second one under M4', async () => {
    const input = { memberId: await membership.memberIdOf('Bangkok'), year: 2026, amountDue: 500 };
    const first = accepted(await send(ASSESS, { input, key: 'assess-2026' }));
    const before = await snapshot();
    expect(accepted(await send(ASSESS, { input, key: 'assess-2026' })).data).toEqual(first.data);
    expect(await snapshot()).toEqual(before);
  });

  it('records a payment once when eight identical requests with one key arrive at once, and a second with a new key, and without a key', async () => {
    const memberId = await seoul();
    accepted(await send(ASSESS, { input: { memberId, year: 2026, amountDue: 500 } }));
    const before = await snapshot();
    const answers = await Promise.all(Array.from({ length: 8 }, () => send(PAY, { input: { memberId, year: 2026, amount: 100 }, key: 'pay-100' })));
    for (const answer of answers) expect(answer).toMatchObject({ data: { recordFeePayment: { amountPaid: 100, outstanding: 400 } }, errors: undefined });
    const after = await snapshot();
    expect(after.payments).toHaveLength(before.payments.length + 1);
    expect(after.audit).toHaveLength(before.audit.length + 1);
    expect(accepted(await send(PAY, { input: { memberId, year: 2026, amount: 100 }, key: 'pay-100-again' })).data.recordFeePayment.amountPaid).toBe(200);
    expect(accepted(await send(PAY, { input: { memberId, year: 2026, amount: 100 } })).data.recordFeePayment.amountPaid).toBe(300);
  });

  it('answers a retried status change with its first answer, though the status changed since', async () => {
    const memberId = await membership.memberIdOf('Nairobi');
    const suspended = accepted(await send(SET_STATUS, { memberId, status: 'SUSPENDED', key: 'suspend-nairobi' }));
    accepted(await send(SET_STATUS, { memberId, status: 'ACTIVE' }));
    const before = await snapshot();
    const retry = accepted(await send(SET_STATUS, { memberId, status: 'SUSPENDED', key: 'suspend-nairobi' }));
    expect(retry.data).toEqual(suspended.data);
    expect(retry.data.setMemberStatus.status).toBe('SUSPENDED');
    expect(await snapshot()).toEqual(before);
  });
});
