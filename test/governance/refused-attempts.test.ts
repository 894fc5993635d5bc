import { testTokens } from '@wego/testing';
import { startGraph, type GraphUnderTest } from '../support/graph-under-test';
import { expectRefused, GovernanceDesk } from '../support/governance-desk';

let graph: GraphUnderTest;
let desk: GovernanceDesk;
let ids: Map<string, string>;
const id = (name: string): string => ids.get(name) ?? `unknown member ${name}`;
let assemblyId = '';

beforeAll(async () => {
  graph = await startGraph();
  desk = await GovernanceDesk.asSecretariat(graph.query);
  ids = await desk.memberIds();
  assemblyId = (await desk.scheduleMeeting('GENERAL_ASSEMBLY', '2027-03-31', id('Seoul'))).data.scheduleMeeting.id;
});
afterAll(() => graph.stop());

async function tableCounts(): Promise<{ refused: number; audit: number; candidacies: number }> {
  const [row] = await graph.subgraphs.governance.dataSource.query(
    `SELECT (SELECT count(*) FROM governance.refused_attempt)::int AS refused, (SELECT count(*) FROM governance.audit_entry)::int AS audit,
            (SELECT count(*) FROM governance.candidacy)::int AS candidacies`,
  );
  return row;
}

const REFUSED = `query($first: Int) { governanceRefusedAttempts(first: $first) { actor role operation entityId input code rule message requestId } }`;

describe('refused governance changes', () => {
  it('are recorded apart from the audit trail, with who, what, why and the request id, and change nothing', async () => {
    const before = await tableCounts();
    const late = await desk.submitCandidacy(assemblyId, id('Lisbon'), 'PRESIDENT', '2027-03-01');
    expectRefused(late, 'CHARTER_VIOLATION', 'G4');
    expect(await tableCounts()).toEqual({ ...before, refused: before.refused + 1 });

    const [newest] = (await desk.send(REFUSED, { first: 1 })).data.governanceRefusedAttempts;
    expect(newest).toMatchObject({
      actor: 'officer@test',
      role: 'secretariat',
      operation: 'submitCandidacy',
      entityId: id('Lisbon'),
      code: 'CHARTER_VIOLATION',
      rule: 'G4',
      message: late.errors![0]!.message,
      requestId: late.headers.get('x-request-id'),
    });
    expect(JSON.parse(newest.input)).toEqual({ input: { meetingId: assemblyId, memberId: id('Lisbon'), position: 'PRESIDENT', receivedOn: '2027-03-01' } });
  });

  it('record the role of a caller without the right, and nothing for a caller without a token', async () => {
    const before = await tableCounts();
    expectRefused(await desk.as(await testTokens.member(id('Lisbon'))).scheduleMeeting('GENERAL_ASSEMBLY', '2030-10-01', id('Lisbon')), 'FORBIDDEN');
    expectRefused(await desk.as('').scheduleMeeting('GENERAL_ASSEMBLY', '2030-10-01', id('Lisbon')), 'UNAUTHENTICATED');
    expect(await tableCounts()).toEqual({ ...before, refused: before.refused + 1 });
    const [newest] = (await desk.send(REFUSED, { first: 1 })).data.governanceRefusedAttempts;
    expect(newest).toMatchObject({ actor: `member@${id('Lisbon')}`, role: 'member', operation: 'scheduleMeeting', code: 'FORBIDDEN', rule: null });
  });

  it('are listed newest first for the Secretariat alone', async () => {
    const all = (await desk.send(REFUSED, {})).data.governanceRefusedAttempts;
    expect(all.map((attempt: { operation: string }) => attempt.operation)).toEqual(['scheduleMeeting', 'submitCandidacy']);
    for (const token of [await testTokens.member(id('Lisbon')), await testTokens.office('east-asia')]) {
      const answer = await graph.query(REFUSED, { token });
      expect(answer.data.governanceRefusedAttempts).toBeNull();
      expect(answer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
    const tooMany = await desk.send(REFUSED, { first: 201 });
    expect(tooMany.data.governanceRefusedAttempts).toBeNull();
    expect(tooMany.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('cannot be altered or removed, not even by governance’s own connection', async () => {
    const governance = graph.subgraphs.governance.dataSource;
    // Its role may add and read them, nothing more; behind that, a trigger refuses even the owner.
    await expect(governance.query(`UPDATE governance.refused_attempt SET rule = NULL`)).rejects.toThrow(/permission denied/);
    await expect(governance.query(`DELETE FROM governance.refused_attempt`)).rejects.toThrow(/permission denied/);
    await expect(governance.query(`UPDATE governance.audit_entry SET actor = 'someone else'`)).rejects.toThrow(/permission denied/);
  });
});
