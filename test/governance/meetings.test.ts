import { accepted, expectRefused, testTokens } from '@wego/testing';
import { governanceWorld } from '../support/governance-world';

const world = governanceWorld();
const { id } = world;

async function meetingCount(): Promise<number> {
  const [row] = await world.dataSource.query('SELECT count(*)::int AS n FROM governance.meeting');
  return row.n;
}

describe('G1 General Assemblies', () => {
  it('are scheduled in the past, to record history, and in the future, with a host', async () => {
    const past = await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2016-09-06', id('Seoul'));
    accepted(past);
    expect(past.data.scheduleMeeting).toMatchObject({ kind: 'GENERAL_ASSEMBLY', opensOn: '2016-09-06', cancelled: false, host: { name: 'Seoul' } });
    const future = await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2031-03-31', id('Chengdu'));
    accepted(future);
    expect(future.data.scheduleMeeting).toMatchObject({ candidacyDeadline: '2031-02-28', host: { name: 'Chengdu' } });
  });

  it('refuses a host no member has, and names nothing else', async () => {
    const before = await meetingCount();
    expectRefused(await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2034-10-01', '00000000-0000-4000-8000-00000000beef'), 'NOT_FOUND');
    expect(await meetingCount()).toBe(before);
  });

  it('is scheduled by the Secretariat alone', async () => {
    const before = await meetingCount();
    expectRefused(await world.desk.as(await testTokens.member(id('Seoul'))).scheduleMeeting('GENERAL_ASSEMBLY', '2034-10-01', id('Seoul')), 'FORBIDDEN');
    expectRefused(await world.desk.as(await testTokens.office('east-asia')).scheduleMeeting('GENERAL_ASSEMBLY', '2034-10-01', id('Seoul')), 'FORBIDDEN');
    expectRefused(await world.desk.as('').scheduleMeeting('GENERAL_ASSEMBLY', '2034-10-01', id('Seoul')), 'UNAUTHENTICATED');
    expect(await meetingCount()).toBe(before);
  });
});

describe('G2 one Executive Committee meeting a year', () => {
  it('accepts one per calendar year and refuses a second in the same year', async () => {
    accepted(await world.desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2027-05-12', id('Nanjing')));
    accepted(await world.desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2028-01-01', id('Nanjing')));
    const before = await meetingCount();
    const second = await world.desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2027-12-31', id('Ningbo'));
    expectRefused(second, 'CHARTER_VIOLATION', 'G2');
    expect(second.errors![0]!.message).toContain('2027 meeting is already scheduled for 2027-05-12');
    expect(await meetingCount()).toBe(before);
  });

  it('accepts the year again once its meeting is cancelled', async () => {
    const first = await world.desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2029-06-01', id('Nanjing'));
    accepted(await world.desk.cancelMeeting(first.data.scheduleMeeting.id));
    accepted(await world.desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2029-09-01', id('Ningbo')));
  });

  it('holds when two officers schedule the same year at once', async () => {
    const answers = await Promise.all(['2030-03-01', '2030-04-01', '2030-05-01', '2030-06-01'].map((day) => world.desk.scheduleMeeting('EXECUTIVE_COMMITTEE', day, id('Nanjing'))));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    for (const refused of answers.filter((answer) => answer.errors)) expectRefused(refused, 'CHARTER_VIOLATION', 'G2');
  });
});

describe('G9 the host of a General Assembly', () => {
  it('must be in good standing: fees fully paid, full member, active', async () => {
    await world.desk.leaveFeeUnpaid(id('Ningbo'), 2026);
    const before = await meetingCount();
    const unpaid = await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2034-10-01', id('Ningbo'));
    expectRefused(unpaid, 'CHARTER_VIOLATION', 'G9');
    expect(unpaid.errors![0]!.message).toContain('fees are not fully paid');
    await world.desk.setMemberStatus(id('Dhaka'), 'SUSPENDED');
    expectRefused(await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2034-10-01', id('Dhaka')), 'CHARTER_VIOLATION', 'G9');
    expect(await meetingCount()).toBe(before);
  });

  it('becomes Executive Vice President until the Assembly opens', async () => {
    const assembly = await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2036-10-01', id('Baku'));
    accepted(assembly);
    const evp = (await world.desk.committeeOn('2036-09-30')).find((mandate) => mandate.position === 'EXECUTIVE_VICE_PRESIDENT');
    expect(evp).toMatchObject({ id: `evp:${assembly.data.scheduleMeeting.id}`, member: { name: 'Baku' }, endsOn: '2036-10-01' });
  });
});

describe('cancelling a meeting', () => {
  it('keeps it, unlisted; again changes nothing; an unknown id is NOT_FOUND', async () => {
    const meeting = await world.desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2033-05-01', id('Nanjing'));
    const meetingId = meeting.data.scheduleMeeting.id;
    const cancelled = await world.desk.cancelMeeting(meetingId);
    expect(cancelled.data.cancelMeeting).toMatchObject({ id: meetingId, cancelled: true });
    expect((await world.desk.cancelMeeting(meetingId)).data.cancelMeeting.cancelled).toBe(true);
    const listed = await world.graph.query(`{ meetings { id } }`);
    expect(listed.data.meetings.map((listedMeeting: { id: string }) => listedMeeting.id)).not.toContain(meetingId);
    expectRefused(await world.desk.cancelMeeting('00000000-0000-4000-8000-00000000beef'), 'NOT_FOUND');
  });
});
