import { accepted } from '@wego/testing';
import { electCommittee } from '../support/committee-builder';
import { governanceWorld } from '../support/governance-world';

/*
 * The planning warnings and chairs of the second edition, today being 2026-11-27:
 *   GA 2020-09-01 hosted by Seoul elects Lisbon President (to 2023-08-31);
 *   GA 2023-09-05 hosted by Dakar elects nobody: the presidency is vacant from 2023-09-01;
 *   EXCOM meetings 2021-05-04 and 2022-05-10, none after.
 */
const world = governanceWorld(async ({ desk, id, scheduled }) => {
  await electCommittee(desk, { opensOn: '2020-09-01', hostMemberId: id('Seoul'), presidentId: id('Lisbon') });
  await electCommittee(desk, { opensOn: '2023-09-05', hostMemberId: id('Dakar'), hostDesignatedOn: '2020-09-02' });
  for (const opensOn of ['2021-05-04', '2022-05-10']) await scheduled('EXECUTIVE_COMMITTEE', opensOn, 'Nairobi');
});
const { id } = world;

const rulesOn = async (on: string) => (await world.desk.charterIssuesOn(on)).map((issue) => issue.rule);
const issueOf = async (on: string, rule: string) => (await world.desk.charterIssuesOn(on)).find((issue) => issue.rule === rule);

const committeeMeeting = (opensOn: string, regular = true): Promise<string> => world.scheduled('EXECUTIVE_COMMITTEE', opensOn, 'Nairobi', regular ? {} : { regular });

/** The rule is not reported on the quiet days, and reported on `reportedOn` with this message. */
async function expectReportedFrom(rule: string, reportedOn: string, message: string, quietOn: readonly string[]): Promise<void> {
  for (const on of quietOn) expect(await rulesOn(on)).not.toContain(rule);
  expect(await issueOf(reportedOn, rule)).toEqual({ rule, message });
}

describe('G1 the Assembly meets every three years', () => {
  it('is reported from the day after the last regular Assembly until the next is scheduled, with its due date', async () => {
    const due = 'no regular General Assembly is scheduled to open by 2026-09-05, when the next is due';
    await expectReportedFrom('G1', '2023-09-06', `The General Assembly meets every three years: the last regular one opened on 2023-09-05, and ${due}.`, ['2020-09-01', '2020-01-01']);
  });

  it('is not reported once a regular Assembly is scheduled by the due date; an extraordinary one does not count', async () => {
    const extraordinary = await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2026-06-01', id('Tunis'), { regular: false });
    accepted(extraordinary);
    expect(await rulesOn('2024-01-01')).toContain('G1');
    const regular = await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2026-09-01', id('Tunis'), { hostDesignatedOn: '2023-09-06' });
    accepted(regular);
    expect(await rulesOn('2024-01-01')).not.toContain('G1');
    accepted(await world.desk.cancelMeeting(regular.data.scheduleMeeting.id));
    accepted(await world.desk.cancelMeeting(extraordinary.data.scheduleMeeting.id));
    expect(await rulesOn('2024-01-01')).toContain('G1');
  });
});

describe('G2 the Committee meets annually', () => {
  it('reports a year without a regular Committee meeting once an earlier year had one; an extraordinary one does not count', async () => {
    const missing = 'no regular Executive Committee meeting is scheduled in 2023 (the last before it was in 2022)';
    await expectReportedFrom('G2', '2023-03-01', `The Executive Committee meets annually, and ${missing}.`, ['2021-01-15', '2022-12-31']);
    await committeeMeeting('2023-11-20', false);
    expect(await rulesOn('2023-03-01')).toContain('G2');
    await committeeMeeting('2023-11-21');
    expect(await rulesOn('2023-03-01')).not.toContain('G2');
  });
});

describe('G7 a vacant presidency', () => {
  it('is reported once a President held office and none holds it', async () => {
    await expectReportedFrom('G7', '2023-09-01', 'On 2023-09-01 no President City holds office: the presidency is vacant until a General Assembly elects one.', ['2023-08-31', '2020-08-31']);
  });
});

describe('G12 chairs', () => {
  it('a vacant presidency counts as absence: the EVP of the opening day chairs', async () => {
    const meetingId = await committeeMeeting('2023-09-03', false);
    expect((await world.desk.meeting(meetingId)).data.meeting.chair).toMatchObject({ name: 'Dakar' });
    // After the 2023 Assembly nobody is President or EVP: nobody chairs.
    expect((await world.desk.meeting(await committeeMeeting('2024-05-14'))).data.meeting.chair).toBeNull();
  });

  it('with the President and the EVP both recorded absent, nobody chairs, and the opening day reports G12', async () => {
    const meetingId = await committeeMeeting('2022-06-14', false);
    expect((await world.desk.meeting(meetingId)).data.meeting.chair).toMatchObject({ name: 'Lisbon' });
    const evpAbsent = await world.desk.recordAttendance(meetingId, [id('Lisbon'), id('Dakar')]);
    accepted(evpAbsent);
    expect(evpAbsent.data.recordAttendance.chair).toBeNull();
    expect(await issueOf('2022-06-14', 'G12')).toEqual({
      rule: 'G12',
      message: 'The Executive Committee meeting of 2022-06-14 has no chair: neither the President City nor the Executive Vice President City can chair it (absent or not in office).',
    });
    expect(await rulesOn('2022-06-15')).not.toContain('G12');
  });

  it('an absent EVP never chairs when the presidency is vacant', async () => {
    const meetingId = await committeeMeeting('2023-09-04', false);
    accepted(await world.desk.recordAttendance(meetingId, [id('Dakar')]));
    expect((await world.desk.meeting(meetingId)).data.meeting.chair).toBeNull();
    expect(await rulesOn('2023-09-04')).toContain('G12');
  });

  it('every Assembly has its chair before its results: the outgoing President, or the EVP when there is none', async () => {
    const assemblies = await world.graph.query(`{ meetings(kind: GENERAL_ASSEMBLY) { opensOn chair { name } } }`);
    expect(assemblies.data.meetings).toEqual([
      { opensOn: '2020-09-01', chair: { name: 'Seoul' } },
      { opensOn: '2023-09-05', chair: { name: 'Dakar' } },
    ]);
  });
});
