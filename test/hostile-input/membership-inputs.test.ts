import { startedForThisFile, testTokens } from '@wego/testing';
import { startGraph } from '../support/graph-under-test';
import { GovernanceDesk } from '../support/governance-desk';
import { amountValues, countryCodeValues, dateValues, enumValues, freeTextValues, identifierValues, wholeInputValues, yearValues } from './hostile-values';
import { fuzzEachField, type MutationUnderFuzz } from './mutation-fuzz';
import type { RawAnswer } from './raw-request';
import { enumValue } from './wire-values';

const graph = startedForThisFile(startGraph);
let token = '';
let ids = new Map<string, string>();
const id = (name: string): string => ids.get(name) ?? `unknown member ${name}`;

beforeAll(async () => {
  const desk = await GovernanceDesk.asSecretariat(graph.query);
  token = desk.token;
  ids = await desk.memberIds();
  // recordFeePayment's valid call pays against this.
  await desk.leaveFeeUnpaid(id('Bangkok'), 2026);
});

const context = () => ({ graph, token });

/** An accepted name is stored as the input rules (`@wego/input-rules`) say: trimmed and NFC-normalised, nothing else changed. */
async function storedAsSent(answer: RawAnswer, path: string, value: unknown): Promise<string[]> {
  const member = (answer.data?.registerMember ?? null) as { id: string; name: string } | null;
  if (!member || path !== 'input.name' || typeof value !== 'string') return [];
  const expected = value.trim().normalize('NFC');
  const [row] = await graph.subgraphs.membership.dataSource.query('SELECT name FROM membership.member WHERE id = $1', [member.id]);
  const problems: string[] = [];
  if (member.name !== expected) problems.push(`accepted, answered the name ${JSON.stringify(member.name)} for ${JSON.stringify(expected)}`);
  if (row?.name !== expected) problems.push(`accepted, stored the name ${JSON.stringify(row?.name)} for ${JSON.stringify(expected)}`);
  return problems;
}

const registerMember: MutationUnderFuzz = {
  mutation: 'registerMember',
  argumentTypes: { input: 'RegisterMemberInput!' },
  selection: 'id name',
  base: () => ({ input: { name: 'Ulsan', category: enumValue('FULL'), kind: enumValue('CITY'), countryCode: 'KR' } }),
  hostile: {
    input: wholeInputValues({ name: 'Ulsan', category: enumValue('FULL'), kind: enumValue('CITY'), countryCode: 'KR' }),
    'input.name': freeTextValues(),
    'input.category': enumValues('FULL'),
    'input.kind': enumValues('CITY'),
    'input.countryCode': countryCodeValues(),
    'input.joinedOn': dateValues({ optional: true }),
  },
  whenAccepted: storedAsSent,
};

const setMemberStatus: MutationUnderFuzz = {
  mutation: 'setMemberStatus',
  argumentTypes: { memberId: 'ID!', status: 'MembershipStatus!' },
  selection: 'id status',
  base: () => ({ memberId: id('Dhaka'), status: enumValue('SUSPENDED') }),
  hostile: { memberId: identifierValues({ nearBodyLimit: true }), status: enumValues('SUSPENDED') },
};

const assessFee: MutationUnderFuzz = {
  mutation: 'assessFee',
  argumentTypes: { input: 'AssessFeeInput!' },
  selection: 'year amountDue amountPaid outstanding',
  base: () => ({ input: { memberId: id('Seoul'), year: 2031, amountDue: 1000 } }),
  hostile: {
    input: wholeInputValues({ memberId: '00000000-0000-4000-8000-00000000beef', year: 2031, amountDue: 1000 }),
    'input.memberId': identifierValues(),
    'input.year': yearValues(),
    'input.amountDue': amountValues(),
  },
};

const recordFeePayment: MutationUnderFuzz = {
  mutation: 'recordFeePayment',
  argumentTypes: { input: 'RecordFeePaymentInput!' },
  selection: 'year amountDue amountPaid outstanding',
  base: () => ({ input: { memberId: id('Bangkok'), year: 2026, amount: 1 } }),
  hostile: {
    input: wholeInputValues({ memberId: '00000000-0000-4000-8000-00000000beef', year: 2026, amount: 1 }),
    'input.memberId': identifierValues(),
    'input.year': yearValues(),
    'input.amount': amountValues(),
  },
};

describe('hostile values for every membership mutation input, sent by the Secretariat', () => {
  for (const spec of [registerMember, setMemberStatus, assessFee, recordFeePayment]) fuzzEachField(spec, context);
});

it('leaves the members table as it was, its founders all there', async () => {
  const answer = await graph.query(`{ members(filter: { foundingMember: true }, first: 200) { totalCount } }`, { token: await testTokens.secretariat() });
  expect(answer.data.members.totalCount).toBe(50);
});
