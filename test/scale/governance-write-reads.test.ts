import { testTokens, type GraphQLResponse } from '@wego/testing';
import { startGraph, type GraphUnderTest } from '../support/graph-under-test';
import { expectAccepted, GovernanceDesk } from '../support/governance-desk';

// Today is 2026-11-27.
let graph: GraphUnderTest;
let ids: Map<string, string>;
const id = (name: string): string => ids.get(name) ?? `unknown member ${name}`;

beforeAll(async () => {
  graph = await startGraph();
  ids = await (await GovernanceDesk.asSecretariat(graph.query)).memberIds();
});
afterAll(() => graph.stop());

/** One mutation as the Secretariat sends it, asking back only ids: whatever it reads is the write's own. */
async function write(mutation: string, input: Record<string, unknown>): Promise<GraphQLResponse> {
  return graph.query(mutation, { variables: { input }, token: await testTokens.secretariat() });
}

const SCHEDULE = 'mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }';
const CANDIDACY = 'mutation($input: SubmitCandidacyInput!) { submitCandidacy(input: $input) { id } }';
const ELECTION = 'mutation($input: RecordElectionResultInput!) { recordElectionResult(input: $input) { id } }';

/** What one write sent to governance's database: its statements that read the whole committee history. */
async function historyReadsOf(write: () => Promise<unknown>): Promise<{ mandates: number; assemblies: number; statements: readonly string[] }> {
  const counter = graph.subgraphs.governance.statements;
  counter.reset();
  await write();
  const statements = [...counter.recentStatements];
  expect(counter.statements).toBe(statements.length);
  const selects = statements.filter((sql) => /^\s*SELECT/i.test(sql));
  // The whole history: every mandate in force, and every General Assembly; a read of some rows (by id, member or meeting) names them.
  const mandates = selects.filter((sql) => /FROM "governance"\."mandate"/.test(sql) && !/"id"\s*=|member_?[iI]d"?\s*=|= ANY|source_?[mM]eeting_?[iI]d"?\s*=|LIMIT/.test(sql));
  const assemblies = selects.filter((sql) => /FROM "governance"\."meeting"/.test(sql) && /GENERAL_ASSEMBLY|"kind" = \$/.test(sql) && !/"opensOn" = |opens_on" = |LIMIT/.test(sql));
  return { mandates: mandates.length, assemblies: assemblies.length, statements };
}

describe('a governance write', () => {
  it('reads the committee history once, under its lock, whatever it changes', async () => {
    let assemblyId = '';
    const scheduling = await historyReadsOf(async () => {
      const answer = await write(SCHEDULE, { kind: 'GENERAL_ASSEMBLY', opensOn: '2024-10-15', hostMemberId: id('Seoul'), hostDesignatedOn: '2021-10-12' });
      expectAccepted(answer);
      assemblyId = answer.data.scheduleMeeting.id;
    });
    expect({ mandates: scheduling.mandates, assemblies: scheduling.assemblies }).toEqual({ mandates: 1, assemblies: 1 });

    const candidacy = await historyReadsOf(async () => expectAccepted(await write(CANDIDACY, { meetingId: assemblyId, memberId: id('Lisbon'), position: 'PRESIDENT', receivedOn: '2024-09-01' })));
    expect({ mandates: candidacy.mandates, assemblies: candidacy.assemblies }).toEqual({ mandates: 1, assemblies: 1 });

    const election = await historyReadsOf(async () => expectAccepted(await write(ELECTION, { meetingId: assemblyId, position: 'PRESIDENT', electedMemberIds: [id('Lisbon')] })));
    expect({ mandates: election.mandates, assemblies: election.assemblies }).toEqual({ mandates: 1, assemblies: 1 });
    // The statements are the ones of the write's own transaction: the lock comes before the history.
    const lock = election.statements.findIndex((sql) => /pg_advisory_xact_lock/.test(sql));
    const history = election.statements.findIndex((sql) => /FROM "governance"\."mandate"/.test(sql));
    expect(lock).toBeGreaterThanOrEqual(0);
    expect(history).toBeGreaterThan(lock);

    // A later regular Assembly shortens the term elected before it (G3): the write sees its own new Assembly without reading again.
    const later = await historyReadsOf(async () => {
      const answer = await write(SCHEDULE, { kind: 'GENERAL_ASSEMBLY', opensOn: '2026-10-13', hostMemberId: id('Mexico City'), hostDesignatedOn: '2024-10-15' });
      expectAccepted(answer);
    });
    expect({ mandates: later.mandates, assemblies: later.assemblies }).toEqual({ mandates: 1, assemblies: 1 });
    const committee = await graph.query('{ executiveCommittee(on: "2025-06-01") { position endsOn member { name } } }');
    expect(committee.data.executiveCommittee).toContainEqual({ position: 'PRESIDENT', endsOn: '2026-10-12', member: { name: 'Lisbon' } });
  });

  it('refused before its lock (a designation dated after today, G9), reads no history and changes nothing', async () => {
    const before = await graph.query('{ meetings { id } }');
    const refused = await historyReadsOf(async () => {
      const answer = await write(SCHEDULE, { kind: 'GENERAL_ASSEMBLY', opensOn: '2024-10-16', hostMemberId: id('Tunis'), hostDesignatedOn: '2027-01-01' });
      expect(answer.errors?.[0]?.extensions?.code).toBe('CHARTER_VIOLATION');
    });
    expect({ mandates: refused.mandates, assemblies: refused.assemblies }).toEqual({ mandates: 0, assemblies: 0 });
    expect((await graph.query('{ meetings { id } }')).data).toEqual(before.data);
  });
});
