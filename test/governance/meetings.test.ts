import { testTokens } from '@wego/testing';
import { startGraph, type GraphUnderTest } from '../support/graph-under-test';
import { expectAccepted, expectRefused, GovernanceDesk } from '../support/governance-desk';

let graph: GraphUnderTest;
let desk: GovernanceDesk;
let ids: Map<string, string>;
const id = (name: string): string => ids.get(name) ?? `unknown member ${name}`;

beforeAll(async () => {
  graph = await startGraph();
  desk = await GovernanceDesk.asSecretariat(graph.query);
  ids = await desk.memberIds();
});
afterAll(() => graph.stop());

async function meetingCount(): Promise<number> {
  const [row] = await graph.subgraphs.governance.dataSource.query('SELECT count(*)::int AS n FROM governance.meeting');
  return row.n;
}

describe('G1 General Assemblies', () => {
  it('are scheduled in the past, to record history, and in the future, with a host', async () => {
    const past = await desk.scheduleMeeting('GENERAL_ASSEMBLY', '2016-09-06', id('Seoul'));
    expectAccepted(past);
    expect(past.data.scheduleMeeting).toMatchObject({ kind: 'GENERAL_ASSEMBLY', opensOn: '2016-09-06', cancelled: false, host: { name: 'Seoul' } });
    const future = await desk.scheduleMeeting('GENERAL_ASSEMBLY', '2031-03-31', id('Chengdu'));
    expectAccepted(future);
    expect(future.data.scheduleMeeting).toMatchObject({ candidacyDeadline: '2031-02-28', host: { name: 'Chengdu' } });
  });

  it('refuses a host no member has, and names nothing else', async () => {
    const before = await meetingCount();
    expectRefused(await desk.scheduleMeeting('GENERAL_ASSEMBLY', '2034-10-01', '00000000-0000-4000-8000-00000000beef'), 'NOT_FOUND');
    expect(await meetingCount()).toBe(before);
  });

  it('is scheduled by the Secretariat alone', async () => {
    const before = await meetingCount();
    expectRefused(await desk.as(await testTokens.member(id('Seoul'))).scheduleMeeting('GENERAL_ASSEMBLY', '2034-10-01', id('Seoul')), 'FORBIDDEN');
    expectRefused(await desk.as(await testTokens.office('east-asia')).scheduleMeeting('GENERAL_ASSEMBLY', '2034-10-01', id('Seoul')), 'FORBIDDEN');
    expectRefused(await desk.as('').scheduleMeeting('GENERAL_ASSEMBLY', '2034-10-01', id('Seoul')), 'UNAUTHENTICATED');
    expect(await meetingCount()).toBe(before);
  });
});

describe('G2 one Executive Committee meeting a year', () => {
  it('accepts one per calendar year and refuses a second in the same year', async () => {
    expectAccepted(await desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2027-05-12', id('Nanjing')));
    expectAccepted(await desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2028-01-01', id('Nanjing')));
    const before = await meetingCount();
    const second = await desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2027-12-31', id('Ningbo'));
    expectRefused(second, 'CHARTER_VIOLATION', 'G2');
    expect(second.errors![0]!.message).toContain('2027 meeting is already scheduled for 2027-05-12');
    expect(await meetingCount()).toBe(before);
  });

  it('accepts the year again once its meeting is cancelled', async () => {
    const first = await desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2029-06-01', id('Nanjing'));
    expectAccepted(await desk.cancelMeeting(first.data.scheduleMeeting.id));
    expectAccepted(await desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2029-09-01', id('Ningbo')));
  });

  it('holds when two officers schedule the same year at once', async () => {
    const answers = await Promise.all(['2030-03-01', '2030-04-01', '2030-05-01', '2030-06-01'].map((day) => desk.scheduleMeeting('EXECUTIVE_COMMITTEE', day, id('Nanjing'))));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    for (const refused of answers.filter((answer) => answer.errors)) expectRefused(refused, 'CHARTER_VIOLATION', 'G2');
  });
});

describe('G9 the host of a General Assembly', () => {
  it('must be in good standing: fees fully paid, full member, active', async () => {
    await desk.leaveFeeUnpaid(id('Ningbo'), 2026);
    const before = await meetingCount();
    const unpaid = await desk.scheduleMeeting('GENERAL_ASSEMBLY', '2034-10-01', id('Ningbo'));
    expectRefused(unpaid, 'CHARTER_VIOLATION', 'G9');
    expect(unpaid.errors![0]!.message).toContain('fees are not fully paid');
    await desk.setMemberStatus(id('Dhaka'), 'SUSPENDED');
    expectRefused(await desk.scheduleMeeting('GENERAL_ASSEMBLY', '2034-10-01', id('Dhaka')), 'CHARTER_VIOLATION', 'G9');
    expect(await meetingCount()).toBe(before);
  });

  it('becomes Executive Vice President until the Assembly opens', async () => {
    const assembly = await desk.scheduleMeeting('GENERAL_ASSEMBLY', '2036-10-01', id('Baku'));
    expectAccepted(assembly);
    const evp = (await desk.committeeOn('2036-09-30')).find((mandate) => mandate.position === 'EXECUTIVE_VICE_PRESIDENT');
    expect(evp).toMatchObject({ id: `evp:${assembly.data.scheduleMeeting.id}`, member: { name: 'Baku' }, endsOn: '2036-10-01' });
  });
});

describe('cancelling a meeting', () => {
  it('keeps it, unlisted; again changes nothing; an unknown id is NOT_FOUND', async () => {
    const meeting = await desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2033-05-01', id('Nanjing'));
    const meetingId = meeting.data.scheduleMeeting.id;
    const cancelled = await desk.cancelMeeting(meetingId);
    expect(cancelled.data.cancelMeeting).toMatchObject({ id: meetingId, cancelled: true });
    expect((await desk.cancelMeeting(meetingId)).data.cancelMeeting.cancelled).toBe(true);
    const listed = await graph.query(`{ meetings { id } }`);
    expect(listed.data.meetings.map((listedMeeting: { id: string }) => listedMeeting.id)).not.toContain(meetingId);
    expectRefused(await desk.cancelMeeting('00000000-0000-4000-8000-00000000beef'), 'NOT_FOUND');
  });
});
