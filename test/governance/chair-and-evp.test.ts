import { accepted, expectRefused, testTokens } from '@wego/testing';
import { electCommittee, mandatesOfMember } from '../support/committee-builder';
import { governanceTables } from '../support/governance-tables';
import { governanceWorld } from '../support/governance-world';

const UNKNOWN_ID = '00000000-0000-4000-8000-00000000beef';

const assemblyIds = new Map<string, string>();

/*
 * G8 is set to three seats for the whole file, so the history below is built to fit in three:
 *   GA 2019-10-01 hosted by Bangkok elects Seoul President          (Bangkok EVP 2016-10-01 .. 2019-10-01)
 *   GA 2022-10-04 hosted by Nanjing elects nobody                   (Nanjing EVP 2019-10-02 .. 2022-10-04)
 *   GA 2025-10-21 hosted by Chengdu elects Chengdu President,
 *                 Dakar and Lisbon to the Executive Committee       (Chengdu EVP 2022-10-05 .. 2025-10-21)
 *   GA 2028-03-31 hosted by Dakar, already on the committee         (Dakar EVP 2025-10-22 .. 2028-03-31)
 */
const world = governanceWorld(async ({ desk, id, scheduled }) => {
  assemblyIds.set('2019', (await electCommittee(desk, { opensOn: '2019-10-01', hostMemberId: id('Bangkok'), presidentId: id('Seoul') })).meetingId);
  assemblyIds.set('2022', (await electCommittee(desk, { opensOn: '2022-10-04', hostMemberId: id('Nanjing'), hostDesignatedOn: '2019-10-02' })).meetingId);
  const elected2025 = await electCommittee(desk, {
    opensOn: '2025-10-21',
    hostMemberId: id('Chengdu'),
    hostDesignatedOn: '2022-10-05',
    presidentId: id('Chengdu'),
    memberIds: [id('Dakar'), id('Lisbon')],
  });
  assemblyIds.set('2025', elected2025.meetingId);
  assemblyIds.set('2028', await scheduled('GENERAL_ASSEMBLY', '2028-03-31', 'Dakar', { hostDesignatedOn: '2025-10-22' }));
}, { executiveCommitteeMaxSeats: 3 });
const { id } = world;

const evpOn = async (on: string) => (await world.desk.committeeOn(on)).filter((mandate) => mandate.position === 'EXECUTIVE_VICE_PRESIDENT');
const chairOf = async (meetingId: string): Promise<string | null> => (await world.desk.meeting(meetingId)).data.meeting.chair?.name ?? null;

const committeeMeeting = (opensOn: string, host: string): Promise<string> => world.scheduled('EXECUTIVE_COMMITTEE', opensOn, host);

describe('G12 the chair of a meeting', () => {
  it('is the President on its opening date; with the President recorded absent (after the meeting) the EVP of that date', async () => {
    const meetingId = await committeeMeeting('2020-05-12', 'Nairobi');
    expect(await chairOf(meetingId)).toBe('Seoul');
    const absent = await world.desk.recordAttendance(meetingId, [id('Seoul')]);
    accepted(absent);
    expect(absent.data.recordAttendance.chair).toMatchObject({ name: 'Nanjing' });
    expect(await chairOf(meetingId)).toBe('Nanjing');
  });

  it('returns to the President when attendance is recorded again with nobody absent (the list is replaced)', async () => {
    const meetingId = await committeeMeeting('2021-05-11', 'Nairobi');
    accepted(await world.desk.recordAttendance(meetingId, [id('Seoul'), id('Nairobi')]));
    expect(await chairOf(meetingId)).toBe('Nanjing');
    const restored = await world.desk.recordAttendance(meetingId, []);
    accepted(restored);
    expect(restored.data.recordAttendance.chair).toMatchObject({ name: 'Seoul' });
    const [row] = await world.dataSource.query('SELECT count(*)::int AS n FROM governance.absence WHERE meeting_id = $1', [meetingId]);
    expect(row.n).toBe(0);
  });

  it('follows apologies recorded before a meeting in the future; another member’s absence leaves the President chairing', async () => {
    const meetingId = await committeeMeeting('2027-05-20', 'Harare');
    expect(await chairOf(meetingId)).toBe('Chengdu');
    accepted(await world.desk.recordAttendance(meetingId, [id('Lisbon')]));
    expect(await chairOf(meetingId)).toBe('Chengdu');
    accepted(await world.desk.recordAttendance(meetingId, [id('Chengdu')]));
    expect(await chairOf(meetingId)).toBe('Dakar');
  });

  it('counts a vacant presidency as absence: the EVP of the opening day chairs', async () => {
    // Seoul's term ended on 2022-09-30, before the 2022 Assembly opened: nobody was President the day before.
    expect(await chairOf(assemblyIds.get('2022')!)).toBe('Nanjing');
  });

  it('refuses attendance for an unknown meeting or member (NOT_FOUND) and from anyone but the Secretariat, changing nothing', async () => {
    const meetingId = await committeeMeeting('2023-05-16', 'Nairobi');
    accepted(await world.desk.recordAttendance(meetingId, [id('Nairobi')]));
    const before = await governanceTables(world.dataSource);
    expectRefused(await world.desk.recordAttendance(UNKNOWN_ID, [id('Chengdu')]), 'NOT_FOUND');
    expectRefused(await world.desk.recordAttendance(meetingId, [id('Chengdu'), UNKNOWN_ID]), 'NOT_FOUND');
    expectRefused(await world.desk.as(await testTokens.member(id('Chengdu'))).recordAttendance(meetingId, []), 'FORBIDDEN');
    expectRefused(await world.desk.as(await testTokens.office('east-asia')).recordAttendance(meetingId, []), 'FORBIDDEN');
    expectRefused(await world.desk.as(await testTokens.office('secretariat')).recordAttendance(meetingId, []), 'FORBIDDEN');
    expectRefused(await world.desk.as('').recordAttendance(meetingId, []), 'UNAUTHENTICATED');
    expect(await governanceTables(world.dataSource)).toEqual(before);
    const absentees = await world.dataSource.query('SELECT member_id FROM governance.absence WHERE meeting_id = $1', [meetingId]);
    expect(absentees).toEqual([{ member_id: id('Nairobi') }]);
  });
});

describe('G9 the Executive Vice President on any date', () => {
  it('is the host of the earliest General Assembly opening on or after the date', async () => {
    const evps = async (on: string) => (await evpOn(on)).map((mandate) => [mandate.member.name, mandate.startsOn, mandate.endsOn]);
    expect(await evps('2019-10-01')).toEqual([['Bangkok', '2016-10-01', '2019-10-01']]);
    expect(await evps('2019-10-02')).toEqual([['Nanjing', '2019-10-02', '2022-10-04']]);
    expect(await evps('2022-10-04')).toEqual([['Nanjing', '2019-10-02', '2022-10-04']]);
    expect(await evps('2022-10-05')).toEqual([['Chengdu', '2022-10-05', '2025-10-21']]);
    expect(await evps('2025-10-21')).toEqual([['Chengdu', '2022-10-05', '2025-10-21']]);
    expect(await evps('2025-10-22')).toEqual([['Dakar', '2025-10-22', '2028-03-31']]);
  });

  it('is the first Assembly’s host from three years before it opens, and nobody the day before that', async () => {
    expect((await evpOn('2016-10-01')).map((mandate) => mandate.member.name)).toEqual(['Bangkok']);
    expect(await world.desk.committeeOn('2016-09-30')).toEqual([]);
  });

  it('is listed among its holder’s mandates, with an id naming the Assembly', async () => {
    const mandates = await mandatesOfMember(world.graph, id('Nanjing'));
    expect(mandates).toEqual([{ id: `evp:${assemblyIds.get('2022')}`, position: 'EXECUTIVE_VICE_PRESIDENT', startsOn: '2019-10-02', endsOn: '2022-10-04' }]);
  });

  it('passes, when a General Assembly is cancelled, to the host of the next one, from the day after the previous one opened', async () => {
    const cancelled = await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2031-03-04', id('Agra'));
    accepted(cancelled);
    accepted(await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2034-03-07', id('Berlin')));
    expect((await evpOn('2030-01-01')).map((mandate) => [mandate.member.name, mandate.startsOn, mandate.endsOn])).toEqual([['Agra', '2028-04-01', '2031-03-04']]);
    accepted(await world.desk.cancelMeeting(cancelled.data.scheduleMeeting.id));
    expect((await evpOn('2030-01-01')).map((mandate) => [mandate.member.name, mandate.startsOn, mandate.endsOn])).toEqual([['Berlin', '2028-04-01', '2034-03-07']]);
    expect(await mandatesOfMember(world.graph, id('Agra'))).toEqual([]);
  });
});

describe('G8 scheduling a General Assembly within the committee’s seats (three in this world.graph)', () => {
  it('is refused when its host, outside the committee, would be the fourth member as EVP, changing nothing', async () => {
    // From 2025-10-22 the committee holds Chengdu (President), Dakar and Lisbon.
    expect(new Set((await world.desk.committeeOn('2025-10-22')).map((mandate) => mandate.member.name))).toEqual(new Set(['Chengdu', 'Dakar', 'Lisbon']));
    const before = await governanceTables(world.dataSource);
    const refused = await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2027-06-01', id('Nairobi'));
    expectRefused(refused, 'CHARTER_VIOLATION', 'G8');
    // Designated today, the host would sit from today: the past is not rewritten.
    expect(refused.errors![0]!.message).toContain('On 2026-11-27 the Executive Committee would hold 4 members');
    expect(await governanceTables(world.dataSource)).toEqual(before);
    expect((await evpOn('2026-01-01')).map((mandate) => mandate.member.name)).toEqual(['Dakar']);
  });

  it('is accepted when its host already sits on the committee', async () => {
    const scheduled = accepted(await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2027-06-01', id('Lisbon')));
    // Dakar stays EVP on every day before today; Lisbon is EVP from its designation, today, to its Assembly.
    expect((await evpOn('2026-01-01')).map((mandate) => mandate.member.name)).toEqual(['Dakar']);
    expect((await evpOn('2026-11-27')).map((mandate) => [mandate.member.name, mandate.startsOn, mandate.endsOn])).toEqual([['Lisbon', '2026-11-27', '2027-06-01']]);
    // Cancelled again, the history of the other tests is as it was.
    accepted(await world.desk.cancelMeeting(scheduled.data.scheduleMeeting.id));
    expect((await evpOn('2026-01-01')).map((mandate) => mandate.member.name)).toEqual(['Dakar']);
  });
});
