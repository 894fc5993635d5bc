import { startedForThisFile, testTokens } from '@wego/testing';
import { startGraph } from '../support/graph-under-test';
import { GovernanceDesk } from '../support/governance-desk';
import { amountValues, countryCodeValues, dateValues, enumValues, freeTextValues, identifierValues, wholeInputValues, yearValues } from './hostile-values';
import { fuzzEachField, inputMutation, type MutationUnderFuzz } from './mutation-fuzz';
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

const ULSAN = { name: 'Ulsan', category: enumValue('FULL'), kind: enumValue('CITY'), countryCode: 'KR' };
const UUID_OF_NOTHING = '00000000-0000-4000-8000-00000000beef';

/** assessFee and recordFeePayment: a member, a year and an amount (under `amountField`), valid for `member` in `year`. */
function feeMutation(mutation: string, amountField: string, member: string, year: number, amount: number): MutationUnderFuzz {
  return inputMutation(mutation, 'year amountDue amountPaid outstanding', () => ({ memberId: id(member), year, [amountField]: amount }), {
    input: wholeInputValues({ memberId: UUID_OF_NOTHING, year, [amountField]: amount }),
    memberId: identifierValues(),
    year: yearValues(),
    [amountField]: amountValues(),
  });
}

/** Each membership mutation, a valid call of it, and the hostile values of each of its fields. */
const MEMBERSHIP_MUTATIONS: MutationUnderFuzz[] = [
  inputMutation(
    'registerMember',
    'id name',
    () => ULSAN,
    { input: wholeInputValues(ULSAN), name: freeTextValues(), category: enumValues('FULL'), kind: enumValues('CITY'), countryCode: countryCodeValues(), joinedOn: dateValues({ optional: true }) },
    { whenAccepted: storedAsSent },
  ),
  {
    mutation: 'setMemberStatus',
    argumentTypes: { memberId: 'ID!', status: 'MembershipStatus!' },
    selection: 'id status',
    base: () => ({ memberId: id('Dhaka'), status: enumValue('SUSPENDED') }),
    hostile: { memberId: identifierValues({ nearBodyLimit: true }), status: enumValues('SUSPENDED') },
  },
  feeMutation('assessFee', 'amountDue', 'Seoul', 2031, 1000),
  feeMutation('recordFeePayment', 'amount', 'Bangkok', 2026, 1),
];

describe('hostile values for every membership mutation input, sent by the Secretariat', () => {
  fuzzEachField(MEMBERSHIP_MUTATIONS, context);
});

it('leaves the members table as it was, its founders all there', async () => {
  const answer = await graph.query(`{ members(filter: { foundingMember: true }, first: 200) { totalCount } }`, { token: await testTokens.secretariat() });
  expect(answer.data.members.totalCount).toBe(50);
});
