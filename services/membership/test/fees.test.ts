import { refusedWith, startedForThisFile, testTokens } from '@wego/testing';
import { membershipSnapshot } from './database-snapshot';
import { startMembership } from './membership-harness';

const ASSESS = `mutation($input: AssessFeeInput!) { assessFee(input: $input) { year amountDue amountPaid outstanding } }`;
const PAY = `mutation($input: RecordFeePaymentInput!) { recordFeePayment(input: $input) { year amountDue amountPaid outstanding } }`;
const FEES = `query($id: ID!) { member(id: $id) { fees { year amountDue amountPaid outstanding } feesFullyPaid } }`;

const membership = startedForThisFile(startMembership);
let secretariat: string;
let seoul: string;
let paris: string;
beforeAll(async () => {
  secretariat = await testTokens.secretariat();
  [seoul, paris] = [await membership.memberIdOf('Seoul'), await membership.memberIdOf('Paris')];
});

const assess = (memberId: string, year: number, amountDue: number) => membership.query(ASSESS, { variables: { input: { memberId, year, amountDue } }, token: secretariat });

/** The member of this name, assessed for 2025 and 2026. */
async function assessedTwice(name: string): Promise<string> {
  const memberId = await membership.memberIdOf(name);
  for (const year of [2025, 2026]) expect((await assess(memberId, year, 100)).errors).toBeUndefined();
  return memberId;
}

function expectRefused(mutation: string, input: Record<string, unknown>, expected: Record<string, unknown>) {
  return refusedWith(() => membershipSnapshot(membership.dataSource), () => membership.query(mutation, { variables: { input }, token: secretariat }), expected);
}

describe('fees (M4)', () => {
  it('are fully paid when nothing was ever assessed', async () => {
    const answer = await membership.query(FEES, { variables: { id: seoul }, token: secretariat });
    expect(answer.data.member).toEqual({ fees: [], feesFullyPaid: true });
  });

  it('assesses a year once, takes payments up to what is owed, and reports what is outstanding', async () => {
    const berlin = await membership.memberIdOf('Berlin');
    const assessed = await assess(berlin, 2026, 5000);
    expect(assessed.data.assessFee).toEqual({ year: 2026, amountDue: 5000, amountPaid: 0, outstanding: 5000 });
    const paid = await membership.query(PAY, { variables: { input: { memberId: berlin, year: 2026, amount: 3000 } }, token: secretariat });
    expect(paid.data.recordFeePayment).toEqual({ year: 2026, amountDue: 5000, amountPaid: 3000, outstanding: 2000 });
    let fees = await membership.query(FEES, { variables: { id: berlin }, token: secretariat });
    expect(fees.data.member.feesFullyPaid).toBe(false);
    const rest = await membership.query(PAY, { variables: { input: { memberId: berlin, year: 2026, amount: 2000 } }, token: secretariat });
    expect(rest.data.recordFeePayment.outstanding).toBe(0);
    fees = await membership.query(FEES, { variables: { id: berlin }, token: secretariat });
    expect(fees.data.member).toEqual({ fees: [{ year: 2026, amountDue: 5000, amountPaid: 5000, outstanding: 0 }], feesFullyPaid: true });
  });

  it('refuses a second assessment of the same year (M4)', async () => {
    const lisbon = await membership.memberIdOf('Lisbon');
    expect((await assess(lisbon, 2026, 100)).errors).toBeUndefined();
    await expectRefused(ASSESS, { memberId: lisbon, year: 2026, amountDue: 10 }, { code: 'CHARTER_VIOLATION', rule: 'M4' });
  });

  it('refuses an overpayment, and a payment for a year never assessed (M4)', async () => {
    await assess(paris, 2025, 100);
    await expectRefused(PAY, { memberId: paris, year: 2025, amount: 101 }, { code: 'CHARTER_VIOLATION', rule: 'M4' });
    await expectRefused(PAY, { memberId: paris, year: 2024, amount: 1 }, { code: 'CHARTER_VIOLATION', rule: 'M4' });
  });

  it('refuses negative and non-integer amounts, and impossible years', async () => {
    await expectRefused(ASSESS, { memberId: paris, year: 2027, amountDue: -1 }, { code: 'BAD_USER_INPUT', field: 'amountDue' });
    await expectRefused(PAY, { memberId: paris, year: 2025, amount: -5 }, { code: 'BAD_USER_INPUT', field: 'amount' });
    await expectRefused(ASSESS, { memberId: paris, year: 2027, amountDue: 10.5 }, { code: 'BAD_USER_INPUT' });
    await expectRefused(PAY, { memberId: paris, year: 2025, amount: 0.5 }, { code: 'BAD_USER_INPUT' });
    await expectRefused(ASSESS, { memberId: paris, year: 0, amountDue: 10 }, { code: 'BAD_USER_INPUT', field: 'year' });
  });

  it('answers NOT_FOUND for an unknown member', async () => {
    await expectRefused(ASSESS, { memberId: '00000000-0000-4000-8000-000000000000', year: 2027, amountDue: 10 }, { code: 'NOT_FOUND' });
    await expectRefused(PAY, { memberId: 'nobody', year: 2025, amount: 1 }, { code: 'NOT_FOUND' });
  });

  it('never lets two concurrent payments together exceed what is owed', async () => {
    await assess(paris, 2026, 100);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => membership.query(PAY, { variables: { input: { memberId: paris, year: 2026, amount: 60 } }, token: secretariat })),
    );
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(answers.filter((answer) => answer.errors?.[0]?.extensions?.rule === 'M4')).toHaveLength(4);
    const [{ amount_paid }] = await membership.dataSource.query(`SELECT amount_paid FROM membership.fee_assessment WHERE member_id = $1 AND year = 2026`, [paris]);
    expect(amount_paid).toBe(60);
  });

  it('shows fees to the Secretariat and the member itself; null with FORBIDDEN to others', async () => {
    const amsterdam = await assessedTwice('Amsterdam');
    const own = await membership.query(FEES, { variables: { id: amsterdam }, token: await testTokens.member(amsterdam) });
    expect(own.data.member.fees).toHaveLength(2);
    for (const token of [undefined, await testTokens.member(seoul), await testTokens.office('mediterranean')]) {
      const answer = await membership.query(FEES, { variables: { id: amsterdam }, ...(token ? { token } : {}) });
      expect(answer.data.member).toEqual({ fees: null, feesFullyPaid: null });
      expect(answer.errors?.map((error) => error.path)).toEqual([
        ['member', 'fees'],
        ['member', 'feesFullyPaid'],
      ]);
      expect(answer.errors?.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
    }
  });

  it('shows fees to the staff of the office that serves the member, as federation tells it', async () => {
    const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Member { name fees { year } } } }`;
    const barcelona = await assessedTwice('Barcelona');
    const token = await testTokens.office('mediterranean');
    const served = await membership.query(entities, { variables: { reps: [{ __typename: 'Member', id: barcelona, office: { id: 'mediterranean' } }] }, token });
    expect(served.errors).toBeUndefined();
    expect(served.data._entities[0].fees).toEqual([{ year: 2025 }, { year: 2026 }]);
    const other = await membership.query(entities, { variables: { reps: [{ __typename: 'Member', id: barcelona, office: { id: 'east-asia' } }] }, token });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps the audit trail append-only, even against the subgraph itself', async () => {
    // Its role may add entries and read them, nothing more; behind that, a trigger refuses even the owner.
    await expect(membership.dataSource.query(`UPDATE membership.audit_entry SET actor = 'someone else'`)).rejects.toThrow(/permission denied/);
    await expect(membership.dataSource.query(`DELETE FROM membership.audit_entry`)).rejects.toThrow(/permission denied/);
  });
});
