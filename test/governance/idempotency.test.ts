import { signToken } from '@wego/identity';
import { accepted, expectRefused, testEnvironment, testTokens, type GraphQLResponse } from '@wego/testing';
import { governanceTables } from '../support/governance-tables';
import { governanceWorld, once } from '../support/governance-world';

const MEETING = 'id kind opensOn cancelled candidacyDeadline host { id name } chair { id name }';
const CANDIDACY = 'id position receivedOn status member { id name } meeting { id opensOn }';
const MANDATE = 'id position startsOn endsOn member { id name }';
const MUTATIONS = {
  scheduleMeeting: `mutation($input: ScheduleMeetingInput!, $key: String) { scheduleMeeting(input: $input, idempotencyKey: $key) { ${MEETING} } }`,
  cancelMeeting: `mutation($id: ID!, $key: String) { cancelMeeting(meetingId: $id, idempotencyKey: $key) { ${MEETING} } }`,
  submitCandidacy: `mutation($input: SubmitCandidacyInput!, $key: String) { submitCandidacy(input: $input, idempotencyKey: $key) { ${CANDIDACY} } }`,
  withdrawCandidacy: `mutation($id: ID!, $key: String) { withdrawCandidacy(candidacyId: $id, idempotencyKey: $key) { ${CANDIDACY} } }`,
  recordElectionResult: `mutation($input: RecordElectionResultInput!, $key: String) { recordElectionResult(input: $input, idempotencyKey: $key) { ${MANDATE} } }`,
  appointVicePresident: `mutation($input: AppointVicePresidentInput!, $key: String) { appointVicePresident(input: $input, idempotencyKey: $key) { ${MANDATE} } }`,
  nominateVicePresidents: `mutation($input: NominateVicePresidentsInput!, $key: String) { nominateVicePresidents(input: $input, idempotencyKey: $key) { id position member { id } meeting { id } } }`,
  revokeAppointment: `mutation($id: ID!, $key: String) { revokeAppointment(mandateId: $id, idempotencyKey: $key) { ${MANDATE} revoked } }`,
  endMandate: `mutation($id: ID!, $endsOn: Date!, $key: String) { endMandate(mandateId: $id, endsOn: $endsOn, idempotencyKey: $key) { ${MANDATE} } }`,
  recordAttendance: `mutation($input: RecordAttendanceInput!, $key: String) { recordAttendance(input: $input, idempotencyKey: $key) { ${MEETING} } }`,
};
type Operation = keyof typeof MUTATIONS;

/** The past General Assembly whose results the tests record: its candidacies were received on 2026-08-15, before its deadline. */
const PAST_ASSEMBLY = '2026-10-01';
/** A General Assembly still receiving candidacies (deadline 2030-09-08), late enough not to shorten the terms of the past one. */
const NEXT_ASSEMBLY = '2030-10-08';

let officer: string;
let deputy: string;
let presidentCity: string;
let pastAssembly: string;
let nextAssembly: string;
/** An Executive Committee meeting the day after the past Assembly, where its new members are nominated (G10). */
let nominatingMeeting: string;
/** Founding members no test has used yet; each arrangement takes its own. */
let unused: string[];
let nextYear = 2040;

const world = governanceWorld(async ({ desk, id, scheduled }) => {
  officer = await testTokens.secretariat();
  deputy = await signToken(testEnvironment().shared.identity, { role: 'secretariat', sub: 'deputy@test' });
  presidentCity = await testTokens.member(id('Lisbon'));
  unused = [...(await desk.memberIds()).keys()].filter((name) => !['Lisbon', 'Seoul', 'Tunis'].includes(name)).map(id);
  pastAssembly = await scheduled('GENERAL_ASSEMBLY', PAST_ASSEMBLY, 'Seoul');
  nextAssembly = await scheduled('GENERAL_ASSEMBLY', NEXT_ASSEMBLY, 'Seoul');
  accepted(await desk.submitCandidacy(pastAssembly, id('Lisbon'), 'PRESIDENT', '2026-08-15'));
  accepted(await desk.recordElectionResult(pastAssembly, 'PRESIDENT', [id('Lisbon')]));
  nominatingMeeting = await scheduled('EXECUTIVE_COMMITTEE', '2026-10-02', 'Seoul');
});
const { id } = world;

const send = (operation: Operation, variables: Record<string, unknown>, key: string | null, token: string): Promise<GraphQLResponse> =>
  world.graph.query(MUTATIONS[operation], { variables: { ...variables, key }, token });

const tables = () => governanceTables(world.dataSource);
const keyRows = (key: string): Promise<Array<{ caller: string; operation: string }>> =>
  world.dataSource.query(`SELECT caller, operation FROM governance.idempotency_key WHERE key = $1 ORDER BY created_at`, [key]);
const auditOfRequest = async (answer: GraphQLResponse): Promise<number> =>
  (await world.dataSource.query(`SELECT count(*)::int AS n FROM governance.audit_entry WHERE request_id = $1`, [answer.headers.get('x-request-id')]))[0].n;

function fresh(): string {
  const member = unused.shift();
  if (!member) throw new Error('the founding members ran out');
  return member;
}

async function excomMeeting(): Promise<string> {
  nextYear += 1;
  return accepted(await world.desk.scheduleMeeting('EXECUTIVE_COMMITTEE', `${nextYear}-05-16`, id('Tunis'))).data.scheduleMeeting.id;
}

async function candidacyAtNextAssembly(): Promise<string> {
  return accepted(await world.desk.submitCandidacy(nextAssembly, fresh(), 'EXECUTIVE_COMMITTEE_MEMBER', '2026-11-20')).data.submitCandidacy.id;
}

/** A member elected to the Executive Committee at the past Assembly, and its mandate. */
async function electedMember(): Promise<{ memberId: string; mandateId: string }> {
  const memberId = fresh();
  accepted(await world.desk.submitCandidacy(pastAssembly, memberId, 'EXECUTIVE_COMMITTEE_MEMBER', '2026-08-15'));
  const [mandate] = accepted(await world.desk.recordElectionResult(pastAssembly, 'EXECUTIVE_COMMITTEE_MEMBER', [memberId])).data.recordElectionResult;
  return { memberId, mandateId: mandate.id };
}

/** A member elected at the past Assembly and nominated the day after it. */
async function nominatedMember(): Promise<string> {
  const { memberId } = await electedMember();
  accepted(await world.desk.nominateVicePresidents(nominatingMeeting, [memberId]));
  return memberId;
}

/** One mutation as the tests send it: its variables, and other variables the same key must refuse. */
interface Arranged {
  variables: Record<string, unknown>;
  other: Record<string, unknown>;
}

interface MutationCase {
  operation: Operation;
  /** Audit entries one accepted request writes. */
  audits: number;
  /** Who sends it, and who is the other caller reusing the key; the Secretariat officer and a deputy unless said. */
  senders?: () => { token: string; otherCaller: string };
  arrange(): Promise<Arranged>;
}

const CASES: MutationCase[] = [
  {
    operation: 'scheduleMeeting',
    audits: 1,
    async arrange() {
      nextYear += 1;
      return {
        variables: { input: { kind: 'EXECUTIVE_COMMITTEE', opensOn: `${nextYear}-05-16`, hostMemberId: id('Tunis') } },
        other: { input: { kind: 'EXECUTIVE_COMMITTEE', opensOn: `${nextYear}-05-17`, hostMemberId: id('Tunis') } },
      };
    },
  },
  {
    operation: 'cancelMeeting',
    audits: 1,
    arrange: async () => ({ variables: { id: await excomMeeting() }, other: { id: await excomMeeting() } }),
  },
  {
    operation: 'submitCandidacy',
    audits: 1,
    async arrange() {
      const input = { meetingId: nextAssembly, memberId: fresh(), position: 'EXECUTIVE_COMMITTEE_MEMBER', receivedOn: '2026-11-20' };
      return { variables: { input }, other: { input: { ...input, receivedOn: '2026-11-21' } } };
    },
  },
  {
    operation: 'withdrawCandidacy',
    audits: 1,
    arrange: async () => ({ variables: { id: await candidacyAtNextAssembly() }, other: { id: await candidacyAtNextAssembly() } }),
  },
  {
    operation: 'recordElectionResult',
    // The candidacy becomes ELECTED, and the mandate is recorded.
    audits: 2,
    async arrange() {
      const [elected, other] = [fresh(), fresh()];
      for (const memberId of [elected, other]) accepted(await world.desk.submitCandidacy(pastAssembly, memberId, 'EXECUTIVE_COMMITTEE_MEMBER', '2026-08-15'));
      const input = { meetingId: pastAssembly, position: 'EXECUTIVE_COMMITTEE_MEMBER' };
      return { variables: { input: { ...input, electedMemberIds: [elected] } }, other: { input: { ...input, electedMemberIds: [other] } } };
    },
  },
  {
    operation: 'appointVicePresident',
    audits: 1,
    senders: () => ({ token: presidentCity, otherCaller: officer }),
    async arrange() {
      const memberId = await nominatedMember();
      return { variables: { input: { memberId, startsOn: '2026-10-02' } }, other: { input: { memberId, startsOn: '2026-10-03' } } };
    },
  },
  {
    operation: 'nominateVicePresidents',
    audits: 1,
    async arrange() {
      const { memberId } = await electedMember();
      // Other input need not be valid: the same key with other arguments is refused before any rule is asked.
      return {
        variables: { input: { meetingId: nominatingMeeting, memberIds: [memberId] } },
        other: { input: { meetingId: nominatingMeeting, memberIds: [memberId, id('Lisbon')] } },
      };
    },
  },
  {
    operation: 'revokeAppointment',
    audits: 1,
    senders: () => ({ token: presidentCity, otherCaller: officer }),
    async arrange() {
      const appointed = accepted(await world.desk.appointVicePresident(await nominatedMember(), '2026-12-01')).data.appointVicePresident;
      return { variables: { id: appointed.id }, other: { id: '00000000-0000-4000-8000-00000000beef' } };
    },
  },
  {
    operation: 'endMandate',
    audits: 1,
    async arrange() {
      const { mandateId } = await electedMember();
      return { variables: { id: mandateId, endsOn: '2026-12-01' }, other: { id: mandateId, endsOn: '2026-12-02' } };
    },
  },
  {
    operation: 'recordAttendance',
    audits: 1,
    async arrange() {
      const meetingId = await excomMeeting();
      return { variables: { input: { meetingId, absentMemberIds: [id('Lisbon')] } }, other: { input: { meetingId, absentMemberIds: [id('Tunis')] } } };
    },
  },
];

describe.each(CASES)('$operation with an idempotency key', (mutation) => {
  const senders = () => mutation.senders?.() ?? { token: officer, otherCaller: deputy };
  const key = `${mutation.operation} once`;
  /** The mutation arranged and sent with the key, once, by whichever test first needs the first answer. */
  const firstSent = once(async () => {
    const arranged = await mutation.arrange();
    const before = await tables();
    return { arranged, before, first: await send(mutation.operation, arranged.variables, key, senders().token) };
  });

  it('answers a retry with the first answer, and changes and audits once', async () => {
    const { arranged, before, first } = await firstSent();
    accepted(first);
    const afterFirst = await tables();
    expect(afterFirst.audit_entry.rows).toBe(before.audit_entry.rows + mutation.audits);
    expect(await auditOfRequest(first)).toBe(mutation.audits);

    const retry = await send(mutation.operation, arranged.variables, key, senders().token);
    accepted(retry);
    expect(retry.data).toEqual(first.data);
    expect(await tables()).toEqual(afterFirst);
    expect(await auditOfRequest(retry)).toBe(0);
    expect(await keyRows(key)).toHaveLength(1);
  });

  it('refuses the same key with other input as CONFLICT, and writes nothing', async () => {
    const { arranged } = await firstSent();
    const answer = await world.refused(() => send(mutation.operation, arranged.other, key, senders().token),
      'CONFLICT',
    );
    expect(answer.errors![0]!.extensions).toMatchObject({ retryable: false });
    expect(await keyRows(key)).toHaveLength(1);
  });

  it('refuses the same key for another operation as CONFLICT', async () => {
    const another = CASES.find((other) => other.operation !== mutation.operation)!;
    const { variables } = await another.arrange();
    await world.refused(() => send(another.operation, variables, key, senders().token), 'CONFLICT');
  });

  it('never answers another caller with this caller’s answer: the same key is that caller’s own', async () => {
    const { arranged, first } = await firstSent();
    const theirs = await send(mutation.operation, arranged.variables, key, senders().otherCaller);
    // Resolved on its own: refused by the rules for what the first caller did, or accepted with a key row of its own.
    if (theirs.errors) {
      expect(theirs.errors[0]!.extensions!.code).not.toBe('CONFLICT');
      expect(await keyRows(key)).toHaveLength(1);
    } else {
      expect(await keyRows(key)).toHaveLength(2);
    }
    expect(await send(mutation.operation, arranged.variables, key, senders().token)).toMatchObject({ data: first.data });
  });

  it('changes once when six identical requests with one key arrive at once, and answers all six alike', async () => {
    const concurrent = await mutation.arrange();
    const before = await tables();
    const answers = await Promise.all(Array.from({ length: 6 }, () => send(mutation.operation, concurrent.variables, `${mutation.operation} at once`, senders().token)));
    for (const answer of answers) expect(answer).toMatchObject({ data: answers[0]!.data, errors: undefined });
    expect((await tables()).audit_entry.rows).toBe(before.audit_entry.rows + mutation.audits);
    expect(await keyRows(`${mutation.operation} at once`)).toHaveLength(1);
  });
});

describe('a retried candidacy (G6)', () => {
  it('is answered with the candidacy rather than refused as a second one, and stays one candidacy', async () => {
    const input = { meetingId: nextAssembly, memberId: fresh(), position: 'PRESIDENT', receivedOn: '2026-11-20' };
    const first = accepted(await send('submitCandidacy', { input }, 'candidacy by letter', officer));
    const retry = accepted(await send('submitCandidacy', { input }, 'candidacy by letter', officer));
    expect(retry.data).toEqual(first.data);
    // The same notice sent again without the key is a second candidacy, refused under G6.
    expectRefused(await send('submitCandidacy', { input }, null, officer), 'CHARTER_VIOLATION', 'G6');
    const candidacies = (await world.desk.meeting(nextAssembly)).data.meeting.candidacies.filter(
      (candidacy: { member: { id: string }; position: string }) => candidacy.member.id === input.memberId && candidacy.position === 'PRESIDENT',
    );
    expect(candidacies).toHaveLength(1);
  });

  it('keeps the key free when the first notice is refused (G4), so the corrected notice is accepted under it', async () => {
    const input = { meetingId: nextAssembly, memberId: fresh(), position: 'PRESIDENT', receivedOn: '2026-11-28' };
    const late = await world.refused(() => send('submitCandidacy', { input }, 'corrected notice', officer), 'CHARTER_VIOLATION', 'G4');
    expect(late.errors![0]!.message).toContain('after today');
    expect(await keyRows('corrected notice')).toEqual([]);
    const corrected = accepted(await send('submitCandidacy', { input: { ...input, receivedOn: '2026-11-27' } }, 'corrected notice', officer));
    expect(corrected.data.submitCandidacy).toMatchObject({ receivedOn: '2026-11-27', status: 'SUBMITTED' });
    // The refused notice sent again with that key is now another request.
    await world.refused(() => send('submitCandidacy', { input }, 'corrected notice', officer), 'CONFLICT');
  });
});

describe('a replayed answer', () => {
  it('keeps the nulls and dates of the first: an Executive Committee meeting has no candidacy deadline, and no chair without a President', async () => {
    nextYear += 1;
    const input = { kind: 'EXECUTIVE_COMMITTEE', opensOn: `${nextYear}-03-02`, hostMemberId: id('Tunis') };
    const first = accepted(await send('scheduleMeeting', { input }, 'nulls and dates', officer));
    expect(first.data.scheduleMeeting).toMatchObject({ opensOn: `${nextYear}-03-02`, candidacyDeadline: null, chair: null, cancelled: false, host: { name: 'Tunis' } });
    expect(accepted(await send('scheduleMeeting', { input }, 'nulls and dates', officer)).data).toEqual(first.data);
  });

  it('is not given to a caller without the right, whose refusal (FORBIDDEN) records no key, nor to a caller without a token (UNAUTHENTICATED)', async () => {
    const office = await testTokens.office('east-asia');
    expectRefused(await send('cancelMeeting', { id: pastAssembly }, 'not mine to use', office), 'FORBIDDEN');
    expect(await keyRows('not mine to use')).toEqual([]);
    expectRefused(await send('cancelMeeting', { id: pastAssembly }, 'cancelMeeting once', ''), 'UNAUTHENTICATED');
  });
});
