import { startedForThisFile, type GraphQLResponse } from '@wego/testing';
import { startGraph } from '../support/graph-under-test';
import { expectAccepted, GovernanceDesk } from '../support/governance-desk';
import { callerOf, mayReadFees, mayReadRecords, mutationVerdict, ROLES, type Caller, type Role, type Subject, type World } from './access-table';
import { changedTables, databaseFingerprint } from './database-fingerprint';
import { postOperation, type RawAnswer } from './raw-request';
import { codesOf, problemsOf } from './safe-answer';

const graph = startedForThisFile(startGraph);
let desk: GovernanceDesk;
let ids = new Map<string, string>();
const id = (name: string): string => ids.get(name) ?? `unknown member ${name}`;
const servingOffice = new Map<string, string>();
const records = {
  pastAssembly: '',
  nextAssembly: '',
  committeeMeeting: '',
  nominatingMeeting: '',
  meetingToCancel: '',
  candidacyToWithdraw: '',
  mandateToEnd: '',
  appointmentToRevoke: '',
};
let world: World;

/** Written by the Secretariat in the setup, so that reading them shows whether they leaked. */
const SECRET = { chengduFee: 4321, seoulFee: 8765, officer: 'officer@test' };

const subject = (name: string): Subject => ({ memberId: id(name), servingOfficeId: servingOffice.get(id(name)) ?? 'unknown office' });

// Today is 2026-11-27 (TODAY of the graph under test): Lisbon has been President since 2025-10-01.
beforeAll(async () => {
  desk = await GovernanceDesk.asSecretariat(graph.query);
  ids = await desk.memberIds();
  const offices = await graph.query(`{ members(first: 200) { edges { node { id office { id } } } } }`);
  for (const { node } of offices.data.members.edges) servingOffice.set(node.id, node.office.id);
  world = { presidentId: id('Lisbon'), anotherMemberThan: (memberId) => (memberId === id('Minsk') ? id('Dakar') : id('Minsk')) };

  const accepted = async (sent: Promise<GraphQLResponse>) => {
    const answer = await sent;
    expectAccepted(answer);
    return answer.data;
  };
  const scheduled = async (kind: string, opensOn: string, host: string) => (await accepted(desk.scheduleMeeting(kind, opensOn, id(host)))).scheduleMeeting.id;
  records.pastAssembly = await scheduled('GENERAL_ASSEMBLY', '2025-10-01', 'Seoul');
  records.nextAssembly = await scheduled('GENERAL_ASSEMBLY', '2027-03-31', 'Seoul');
  records.committeeMeeting = await scheduled('EXECUTIVE_COMMITTEE', '2027-05-12', 'Nanjing');
  records.meetingToCancel = await scheduled('EXECUTIVE_COMMITTEE', '2029-05-01', 'Ningbo');
  for (const [member, position] of [['Lisbon', 'PRESIDENT'], ['Chengdu', 'EXECUTIVE_COMMITTEE_MEMBER'], ['Mexico City', 'EXECUTIVE_COMMITTEE_MEMBER'], ['Tashkent', 'EXECUTIVE_COMMITTEE_MEMBER']] as const) {
    await accepted(desk.submitCandidacy(records.pastAssembly, id(member), position, '2025-08-01'));
  }
  records.candidacyToWithdraw = (await accepted(desk.submitCandidacy(records.nextAssembly, id('Hong Kong'), 'EXECUTIVE_COMMITTEE_MEMBER', '2026-11-02'))).submitCandidacy.id;
  await accepted(desk.recordElectionResult(records.pastAssembly, 'PRESIDENT', [id('Lisbon')]));
  const elected: Array<{ id: string; member: { name: string } }> = (await accepted(desk.recordElectionResult(records.pastAssembly, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Chengdu'), id('Mexico City')]))).recordElectionResult;
  records.mandateToEnd = elected.find((mandate) => mandate.member.name === 'Mexico City')!.id;
  // The Executive Committee met this year and nominated two of its members (G10); Lisbon's appointment of one, due next year, can still be revoked.
  records.nominatingMeeting = await scheduled('EXECUTIVE_COMMITTEE', '2026-06-10', 'Nanjing');
  await accepted(desk.nominateVicePresidents(records.nominatingMeeting, [id('Chengdu'), id('Mexico City')]));
  records.appointmentToRevoke = (await accepted(desk.appointVicePresident(id('Mexico City'), '2027-01-10'))).appointVicePresident.id;

  await accepted(desk.send(`mutation($input: AssessFeeInput!) { assessFee(input: $input) { year } }`, { input: { memberId: id('Chengdu'), year: 2026, amountDue: SECRET.chengduFee } }));
  await accepted(desk.send(`mutation($input: AssessFeeInput!) { assessFee(input: $input) { year } }`, { input: { memberId: id('Seoul'), year: 2026, amountDue: SECRET.seoulFee } }));
  await accepted(desk.send(`mutation { setOfficeCoverage(officeId: "east-asia", countryCodes: ["CN", "HK", "MO", "TW", "MN", "JP", "KP"]) { id } }`, {}));
  // One refusal of the Secretariat in each subgraph, for the refused-attempt logs to hold.
  await desk.send(`mutation { registerMember(input: { name: "", category: FULL, kind: CITY, countryCode: "KR" }) { id } }`, {});
  await desk.send(`mutation { setOfficeCoverage(officeId: "secretariat", countryCodes: []) { id } }`, {});
  await desk.cancelMeeting('00000000-0000-4000-8000-00000000beef');
});

function send(query: string, variables: Record<string, unknown>, caller: Caller): Promise<RawAnswer> {
  return postOperation(graph.gateway.url, query, JSON.stringify(variables), { token: caller.token });
}

/** One call of each mutation that the Secretariat may make, concerning one member; in the order they are finally accepted. */
interface MutationCall {
  mutation: string;
  concerns: string;
  query: string;
  variables: () => Record<string, unknown>;
  /** Another call for a caller accepted after an earlier accepted one (two appointments cannot both be the same). */
  variablesFor?: Partial<Record<Role, () => Record<string, unknown>>>;
}

const CALLS: MutationCall[] = [
  { mutation: 'registerMember', concerns: 'Seoul', query: `mutation($input: RegisterMemberInput!) { registerMember(input: $input) { id } }`, variables: () => ({ input: { name: 'Ulsan', category: 'FULL', kind: 'CITY', countryCode: 'KR' } }) },
  { mutation: 'setMemberStatus', concerns: 'Ningbo', query: `mutation($id: ID!) { setMemberStatus(memberId: $id, status: SUSPENDED) { id status } }`, variables: () => ({ id: id('Ningbo') }) },
  { mutation: 'assessFee', concerns: 'Nanjing', query: `mutation($input: AssessFeeInput!) { assessFee(input: $input) { year amountDue } }`, variables: () => ({ input: { memberId: id('Nanjing'), year: 2027, amountDue: 100 } }) },
  { mutation: 'recordFeePayment', concerns: 'Chengdu', query: `mutation($input: RecordFeePaymentInput!) { recordFeePayment(input: $input) { amountPaid } }`, variables: () => ({ input: { memberId: id('Chengdu'), year: 2026, amount: 1 } }) },
  { mutation: 'setOfficeCoverage', concerns: 'Chengdu', query: `mutation { setOfficeCoverage(officeId: "east-asia", countryCodes: ["CN", "HK", "MO", "TW", "MN", "JP"]) { id coveredCountryCodes } }`, variables: () => ({}) },
  { mutation: 'scheduleMeeting', concerns: 'Hunan Province', query: `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`, variables: () => ({ input: { kind: 'EXECUTIVE_COMMITTEE', opensOn: '2028-05-16', hostMemberId: id('Hunan Province') } }) },
  { mutation: 'cancelMeeting', concerns: 'Ningbo', query: `mutation($id: ID!) { cancelMeeting(meetingId: $id) { id cancelled } }`, variables: () => ({ id: records.meetingToCancel }) },
  { mutation: 'submitCandidacy', concerns: 'Zhejiang Province', query: `mutation($input: SubmitCandidacyInput!) { submitCandidacy(input: $input) { id } }`, variables: () => ({ input: { meetingId: records.nextAssembly, memberId: id('Zhejiang Province'), position: 'EXECUTIVE_COMMITTEE_MEMBER', receivedOn: '2026-11-01' } }) },
  { mutation: 'withdrawCandidacy', concerns: 'Hong Kong', query: `mutation($id: ID!) { withdrawCandidacy(candidacyId: $id) { id status } }`, variables: () => ({ id: records.candidacyToWithdraw }) },
  { mutation: 'recordElectionResult', concerns: 'Tashkent', query: `mutation($input: RecordElectionResultInput!) { recordElectionResult(input: $input) { id } }`, variables: () => ({ input: { meetingId: records.pastAssembly, position: 'EXECUTIVE_COMMITTEE_MEMBER', electedMemberIds: [id('Tashkent')] } }) },
  // Tashkent has its Executive Committee seat from the election result above.
  { mutation: 'nominateVicePresidents', concerns: 'Tashkent', query: `mutation($input: NominateVicePresidentsInput!) { nominateVicePresidents(input: $input) { id } }`, variables: () => ({ input: { meetingId: records.nominatingMeeting, memberIds: [id('Tashkent')] } }) },
  // Tashkent has its Executive Committee seat from the election result above.
  { mutation: 'appointVicePresident', concerns: 'Chengdu', query: `mutation($input: AppointVicePresidentInput!) { appointVicePresident(input: $input) { id } }`, variables: () => ({ input: { memberId: id('Chengdu'), startsOn: '2026-12-01' } }), variablesFor: { secretariat: () => ({ input: { memberId: id('Tashkent'), startsOn: '2026-12-01' } }) } },
  // The President City revokes its own appointment; the Secretariat then finds it revoked, and is answered it unchanged.
  { mutation: 'revokeAppointment', concerns: 'Mexico City', query: `mutation($id: ID!) { revokeAppointment(mandateId: $id) { id revoked } }`, variables: () => ({ id: records.appointmentToRevoke }) },
  { mutation: 'endMandate', concerns: 'Mexico City', query: `mutation($id: ID!) { endMandate(mandateId: $id, endsOn: "2026-12-31") { id endsOn } }`, variables: () => ({ id: records.mandateToEnd }) },
  { mutation: 'recordAttendance', concerns: 'Barcelona', query: `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, variables: () => ({ input: { meetingId: records.committeeMeeting, absentMemberIds: [id('Barcelona')] } }) },
  { mutation: 'recordDecision', concerns: 'Seoul', query: `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id reference } }`, variables: () => ({ input: { meetingId: records.pastAssembly, kind: 'RESOLUTION', title: 'Smart city declaration', text: 'The Assembly adopts the declaration.' } }) },
];

describe('every role against every mutation (who may do what)', () => {
  it.each(CALLS.map((call) => [call.mutation, call] as const))('%s: refused to whoever lacks the right, changing nothing; accepted from whoever has it', async (_, call) => {
    const problems: string[] = [];
    const callers = await Promise.all(ROLES.map((role) => callerOf(role, subject(call.concerns), world)));
    // Refusals first, so that the accepted calls cannot be what made them fail.
    const ordered = [...callers].sort((a, b) => Number(mutationVerdict(call.mutation, a).accepted) - Number(mutationVerdict(call.mutation, b).accepted));
    for (const caller of ordered) {
      const verdict = mutationVerdict(call.mutation, caller);
      const before = await databaseFingerprint(graph);
      const answer = await send(call.query, (call.variablesFor?.[caller.role] ?? call.variables)(), caller);
      const said = (problem: string) => problems.push(`${caller.role}: ${problem}`);
      problemsOf(answer).forEach(said);
      if (verdict.accepted) {
        if (answer.errors.length > 0) said(`refused with ${codesOf(answer).join(', ')} (${answer.errors[0]!.message}), but may make this call`);
        continue;
      }
      const error = answer.errors[0]?.extensions;
      if (answer.data?.[call.mutation] !== null && answer.data?.[call.mutation] !== undefined) said(`accepted: ${answer.text.slice(0, 200)}`);
      if (error?.code !== verdict.code || (verdict.rule && error?.rule !== verdict.rule)) said(`answered ${JSON.stringify(error)}; expected ${verdict.code} ${verdict.rule ?? ''}`);
      const changed = changedTables(before, await databaseFingerprint(graph));
      if (changed.length > 0) said(`refused, yet changed ${changed.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});

/** A restricted field, the query that reads it, the path where it answers, and what shows it leaked. */
interface RestrictedRead {
  field: string;
  concerns: string;
  query: () => string;
  path: string[];
  may: (caller: Caller, concerned: Subject) => boolean;
  /** Text that appears in the answer only when the field's data does. */
  secret?: string;
}

const RESTRICTED: RestrictedRead[] = [
  { field: 'Member.fees (a member served by a regional office)', concerns: 'Chengdu', query: () => `{ member(id: "${id('Chengdu')}") { name fees { year amountDue } } }`, path: ['member', 'fees'], may: mayReadFees, secret: String(SECRET.chengduFee) },
  { field: 'Member.fees (a member served by the Secretariat office)', concerns: 'Seoul', query: () => `{ member(id: "${id('Seoul')}") { name fees { year amountDue } } }`, path: ['member', 'fees'], may: mayReadFees, secret: String(SECRET.seoulFee) },
  { field: 'Member.feesFullyPaid', concerns: 'Chengdu', query: () => `{ member(id: "${id('Chengdu')}") { name feesFullyPaid } }`, path: ['member', 'feesFullyPaid'], may: mayReadFees },
  { field: 'Member.auditTrail', concerns: 'Chengdu', query: () => `{ member(id: "${id('Chengdu')}") { name auditTrail { actor operation } } }`, path: ['member', 'auditTrail'], may: mayReadRecords, secret: SECRET.officer },
  { field: 'Meeting.auditTrail', concerns: 'Seoul', query: () => `{ meeting(id: "${records.pastAssembly}") { opensOn auditTrail { actor operation } } }`, path: ['meeting', 'auditTrail'], may: mayReadRecords, secret: SECRET.officer },
  { field: 'Office.auditTrail', concerns: 'Chengdu', query: () => `{ office(id: "east-asia") { name auditTrail { actor operation } } }`, path: ['office', 'auditTrail'], may: mayReadRecords, secret: SECRET.officer },
  { field: 'membershipRefusedAttempts', concerns: 'Chengdu', query: () => `{ charter { executiveCommitteeMaxSeats } membershipRefusedAttempts { actor } }`, path: ['membershipRefusedAttempts'], may: mayReadRecords, secret: SECRET.officer },
  { field: 'regionalOfficesRefusedAttempts', concerns: 'Chengdu', query: () => `{ charter { executiveCommitteeMaxSeats } regionalOfficesRefusedAttempts { actor } }`, path: ['regionalOfficesRefusedAttempts'], may: mayReadRecords, secret: SECRET.officer },
  { field: 'governanceRefusedAttempts', concerns: 'Chengdu', query: () => `{ charter { executiveCommitteeMaxSeats } governanceRefusedAttempts(first: 200) { actor } }`, path: ['governanceRefusedAttempts'], may: mayReadRecords, secret: SECRET.officer },
];

function valueAt(data: unknown, path: string[]): unknown {
  return path.reduce<unknown>((value, key) => (value === null || value === undefined ? value : (value as Record<string, unknown>)[key]), data);
}

describe('every role against every restricted field', () => {
  it.each(RESTRICTED.map((read) => [read.field, read] as const))('%s: null with FORBIDDEN at its path, never the data, for whoever lacks the right', async (_, read) => {
    const problems: string[] = [];
    const concerned = subject(read.concerns);
    for (const role of ROLES) {
      const caller = await callerOf(role, concerned, world);
      const answer = await send(read.query(), {}, caller);
      const said = (problem: string) => problems.push(`${role}: ${problem}`);
      problemsOf(answer).forEach(said);
      const value = valueAt(answer.data, read.path);
      const parent = valueAt(answer.data, read.path.slice(0, -1));
      if (parent === null || parent === undefined) said(`the public part of the answer is missing: ${answer.text.slice(0, 200)}`);
      if (read.may(caller, concerned)) {
        if (value === null || value === undefined || answer.errors.length > 0) said(`may read it, got ${JSON.stringify(value)} ${JSON.stringify(answer.errors)}`);
        if (read.secret && !answer.text.includes(read.secret)) said(`may read it, but its data is not there: ${answer.text.slice(0, 200)}`);
        continue;
      }
      if (value !== null) said(`read ${JSON.stringify(value).slice(0, 200)}`);
      if (read.secret && answer.text.includes(read.secret)) said(`the answer carries ${read.secret}`);
      const atPath = answer.errors.filter((error) => JSON.stringify(error.path) === JSON.stringify(read.path));
      if (atPath.length !== 1 || atPath[0]!.extensions?.code !== 'FORBIDDEN') said(`expected one FORBIDDEN error at ${read.path.join('.')}, got ${JSON.stringify(answer.errors)}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(ROLES.map((role) => [role] as const))('%s, listing every member with fees, reads the fees of exactly those it may', async (role) => {
    const answer = await send(`{ members(first: 200) { edges { node { id office { id } fees { year amountDue } } } } }`, {}, await callerOf(role, subject('Chengdu'), world));
    expect(problemsOf(answer)).toEqual([]);
    const nodes = (answer.data!.members as { edges: Array<{ node: { id: string; office: { id: string }; fees: unknown } }> }).edges.map((edge) => edge.node);
    const caller = await callerOf(role, subject('Chengdu'), world);
    const readable = nodes.filter((node) => mayReadFees(caller, { memberId: node.id, servingOfficeId: node.office.id })).map((node) => node.id);
    expect(nodes.filter((node) => node.fees !== null).map((node) => node.id)).toEqual(readable);
    expect(answer.errors.filter((error) => error.extensions?.code === 'FORBIDDEN')).toHaveLength(nodes.length - readable.length);
    expect(answer.errors.every((error) => error.extensions?.code === 'FORBIDDEN' && error.path?.at(-1) === 'fees')).toBe(true);
  });
});
