import { accepted } from '@wego/testing';
import { governanceWorld } from '../support/governance-world';

/*
 * Regular and extraordinary meetings, a host's designation and a cancellation's day (G1, G2, G3,
 * G9), today being 2026-11-27. Each test builds the meetings it reads, in years of its own.
 */
const world = governanceWorld();
const { id, refused } = world;

async function scheduled(kind: string, opensOn: string, host: string, options: { regular?: boolean; hostDesignatedOn?: string } = {}) {
  return accepted(await world.desk.scheduleMeeting(kind, opensOn, id(host), options)).data.scheduleMeeting as { id: string; regular: boolean; hostDesignatedOn: string | null; cancelled: boolean; cancelledOn: string | null };
}

const evpOn = async (on: string) =>
  (await world.desk.committeeOn(on)).filter((mandate) => mandate.position === 'EXECUTIVE_VICE_PRESIDENT').map((mandate) => [mandate.member.name, mandate.startsOn, mandate.endsOn]);

describe('G1 and G2 regular and extraordinary meetings', () => {
  it('are regular unless scheduled with regular: false', async () => {
    expect(await scheduled('GENERAL_ASSEMBLY', '2101-05-01', 'Seoul', { hostDesignatedOn: '2026-01-01' })).toMatchObject({ regular: true, hostDesignatedOn: '2026-01-01' });
    expect(await scheduled('GENERAL_ASSEMBLY', '2101-07-01', 'Dakar', { regular: false })).toMatchObject({ regular: false, hostDesignatedOn: null });
    expect(await scheduled('EXECUTIVE_COMMITTEE', '2101-06-01', 'Lisbon')).toMatchObject({ regular: true, hostDesignatedOn: null });
  });

  it('G2: an extraordinary Committee meeting may meet in a year that has its regular one; a second regular one is refused', async () => {
    await scheduled('EXECUTIVE_COMMITTEE', '2102-06-01', 'Lisbon');
    await refused(() => world.desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2102-09-01', id('Lisbon')), 'CHARTER_VIOLATION', 'G2');
    await scheduled('EXECUTIVE_COMMITTEE', '2102-09-01', 'Lisbon', { regular: false });
    await scheduled('EXECUTIVE_COMMITTEE', '2102-09-02', 'Dakar', { regular: false });
  });

  it('G1: two General Assemblies never open on the same day, whichever is extraordinary', async () => {
    await scheduled('GENERAL_ASSEMBLY', '2103-05-01', 'Seoul');
    await refused(() => world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2103-05-01', id('Dakar'), { regular: false }), 'CHARTER_VIOLATION', 'G1');
    await refused(() => world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2103-05-01', id('Dakar')), 'CHARTER_VIOLATION', 'G1');
    // A Committee meeting may open beside it.
    await scheduled('EXECUTIVE_COMMITTEE', '2103-05-01', 'Dakar', { regular: false });
  });

  it('G1: the host must have joined by the opening day', async () => {
    const newcomer = await world.desk.registerMember('Newtown', 'FULL', 'CITY', 'KE', '2026-06-01');
    const refusal = await refused(() => world.desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2026-05-31', newcomer, { regular: false }), 'CHARTER_VIOLATION', 'G1');
    expect(refusal.errors![0]!.message).toContain('joined WeGO on 2026-06-01');
    accepted(await world.desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2026-06-01', newcomer, { regular: false }));
  });

  it('hostDesignatedOn is malformed for a Committee meeting or an extraordinary Assembly (BAD_USER_INPUT)', async () => {
    await refused(() => world.desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2104-06-01', id('Lisbon'), { hostDesignatedOn: '2026-01-01' }), 'BAD_USER_INPUT');
    await refused(() => world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2104-06-01', id('Lisbon'), { regular: false, hostDesignatedOn: '2026-01-01' }), 'BAD_USER_INPUT');
  });

  it('G9: a designation after today or after the opening day is refused; omitted, it is today, or the opening day when earlier', async () => {
    await refused(() => world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2105-06-01', id('Lisbon'), { hostDesignatedOn: '2026-11-28' }), 'CHARTER_VIOLATION', 'G9');
    await refused(() => world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2012-06-01', id('Lisbon'), { hostDesignatedOn: '2012-06-02' }), 'CHARTER_VIOLATION', 'G9');
    expect(await scheduled('GENERAL_ASSEMBLY', '2105-06-01', 'Lisbon')).toMatchObject({ hostDesignatedOn: '2026-11-27' });
    expect(await scheduled('GENERAL_ASSEMBLY', '2012-06-01', 'Lisbon')).toMatchObject({ hostDesignatedOn: '2012-06-01' });
    // A past Assembly scheduled without a designation gives its host only its opening day.
    expect(await evpOn('2012-05-31')).toEqual([]);
    expect(await evpOn('2012-06-01')).toEqual([['Lisbon', '2012-06-01', '2012-06-01']]);
  });

  it('G9: the host of an extraordinary General Assembly holds no EVP mandate, and it is not asked to be in good standing', async () => {
    const unpaid = await world.desk.registerMember('Feeless', 'FULL', 'CITY', 'KE', '2000-01-01');
    await world.desk.leaveFeeUnpaid(unpaid, 2026);
    await refused(() => world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2001-03-01', unpaid, { hostDesignatedOn: '2000-03-01' }), 'CHARTER_VIOLATION', 'G9');
    accepted(await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2001-03-01', unpaid, { regular: false }));
    expect(await evpOn('2001-03-01')).toEqual([]);
  });
});

describe('G3 and G9 an extraordinary Assembly ends no term', () => {
  it('elects for three years, and the terms elected before it run on past its opening', async () => {
    const regular = await scheduled('GENERAL_ASSEMBLY', '2015-04-01', 'Seoul', { hostDesignatedOn: '2012-04-01' });
    for (const name of ['Tunis', 'Nanjing']) accepted(await world.desk.submitCandidacy(regular.id, id(name), 'EXECUTIVE_COMMITTEE_MEMBER', '2015-02-01'));
    accepted(await world.desk.recordElectionResult(regular.id, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Tunis')]));
    const extraordinary = await scheduled('GENERAL_ASSEMBLY', '2016-04-01', 'Dakar', { regular: false });
    accepted(await world.desk.submitCandidacy(extraordinary.id, id('Nanjing'), 'EXECUTIVE_COMMITTEE_MEMBER', '2016-02-01'));
    const elected = await world.desk.recordElectionResult(extraordinary.id, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Nanjing')]);
    accepted(elected);
    expect(elected.data.recordElectionResult[0]).toMatchObject({ startsOn: '2016-04-01', endsOn: '2019-03-31' });
    expect((await world.desk.mandatesOf(id('Tunis'))).find((mandate) => mandate.startsOn === '2015-04-01')).toMatchObject({ endsOn: '2018-03-31' });
    // The next regular Assembly ends both.
    await scheduled('GENERAL_ASSEMBLY', '2018-01-10', 'Lisbon', { hostDesignatedOn: '2015-04-02' });
    expect((await world.desk.mandatesOf(id('Nanjing'))).find((mandate) => mandate.startsOn === '2016-04-01')).toMatchObject({ endsOn: '2018-01-09' });
    expect((await world.desk.mandatesOf(id('Tunis'))).find((mandate) => mandate.startsOn === '2015-04-01')).toMatchObject({ endsOn: '2018-01-09' });
  });
});

describe('G9 history is stable: scheduling or cancelling today never moves an earlier day', () => {
  it('keeps the EVP and the chair of past dates when a later Assembly is scheduled and cancelled today', async () => {
    const last = await scheduled('GENERAL_ASSEMBLY', '2024-06-03', 'Seoul', { hostDesignatedOn: '2021-06-03' });
    accepted(await world.desk.submitCandidacy(last.id, id('Chengdu'), 'PRESIDENT', '2024-04-01'));
    accepted(await world.desk.recordElectionResult(last.id, 'PRESIDENT', [id('Chengdu')]));
    const next = await scheduled('GENERAL_ASSEMBLY', '2027-06-01', 'Dakar', { hostDesignatedOn: '2024-06-04' });
    const committee = await scheduled('EXECUTIVE_COMMITTEE', '2025-05-12', 'Lisbon');
    accepted(await world.desk.recordAttendance(committee.id, [id('Chengdu')]));
    const chairOf = async () => (await world.desk.meeting(committee.id)).data.meeting.chair?.name ?? null;
    expect(await chairOf()).toBe('Dakar');
    expect(await evpOn('2026-11-26')).toEqual([['Dakar', '2024-06-04', '2027-06-01']]);

    // An earlier Assembly scheduled today: its host is EVP from today, not before.
    const earlier = await scheduled('GENERAL_ASSEMBLY', '2027-03-01', 'Tunis');
    expect(earlier.hostDesignatedOn).toBe('2026-11-27');
    expect(await chairOf()).toBe('Dakar');
    expect(await evpOn('2026-11-26')).toEqual([['Dakar', '2024-06-04', '2026-11-26']]);
    expect(await evpOn('2026-11-27')).toEqual([['Tunis', '2026-11-27', '2027-03-01']]);
    // Dakar's days resume after the earlier Assembly opens, as a second run.
    expect(await evpOn('2027-03-02')).toEqual([['Dakar', '2027-03-02', '2027-06-01']]);

    // Cancelled today: shapes nothing from today on; what it shaped before today stays.
    const cancelled = await world.desk.cancelMeeting(next.id);
    accepted(cancelled);
    expect(cancelled.data.cancelMeeting).toMatchObject({ cancelled: true, cancelledOn: '2026-11-27' });
    expect(await chairOf()).toBe('Dakar');
    expect(await evpOn('2025-05-12')).toEqual([['Dakar', '2024-06-04', '2026-11-26']]);
    expect((await evpOn('2027-04-01')).map(([name]) => name)).not.toContain('Dakar');
  });

  it('lists a cancelled meeting only when asked, with its day', async () => {
    const meeting = await scheduled('EXECUTIVE_COMMITTEE', '2106-06-01', 'Lisbon');
    accepted(await world.desk.cancelMeeting(meeting.id));
    const listed = async (includeCancelled?: boolean) => {
      const answer = await world.graph.query(`query($all: Boolean) { meetings(kind: EXECUTIVE_COMMITTEE, includeCancelled: $all) { id cancelled cancelledOn } }`, {
        variables: { all: includeCancelled ?? null },
      });
      return (answer.data.meetings as Array<{ id: string; cancelled: boolean; cancelledOn: string | null }>).filter((found) => found.id === meeting.id);
    };
    expect(await listed()).toEqual([]);
    expect(await listed(true)).toEqual([{ id: meeting.id, cancelled: true, cancelledOn: '2026-11-27' }]);
  });
});
