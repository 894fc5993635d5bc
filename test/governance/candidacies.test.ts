import { accepted } from '@wego/testing';
import { TODAY } from '../support/graph-under-test';
import { expectAudited, governanceTables } from '../support/governance-tables';
import { governanceWorld, once } from '../support/governance-world';

/** A General Assembly opening on 2027-06-15: its deadline 2027-05-15 is after today, so any notice up to today is on time. */
let open: string;
/** The Executive Committee meeting of 2027: no candidacies are received for it. */
let committeeMeeting: string;
let associate: string;
let industry: string;
const UNKNOWN = '00000000-0000-4000-8000-00000000beef';

const world = governanceWorld(async ({ desk, scheduled }) => {
  open = await scheduled('GENERAL_ASSEMBLY', '2027-06-15', 'Seoul');
  committeeMeeting = await scheduled('EXECUTIVE_COMMITTEE', '2027-04-20', 'Nanjing');
  associate = await desk.registerMember('Korea Local Information Research and Development Institute', 'ASSOCIATE', 'INSTITUTION', 'KR');
  industry = await desk.registerMember('Smart City Solutions Co.', 'INDUSTRY', 'TECH_SOLUTION_PROVIDER', 'KR');
});
const { id, refused } = world;
const assembly = (opensOn: string): Promise<string> => world.scheduled('GENERAL_ASSEMBLY', opensOn, 'Seoul');

/** Submits a candidacy that must be accepted, with one audit entry recording it; gives back the answer's candidacy. */
async function submitted(meetingId: string, memberId: string, position: string, receivedOn: string) {
  const answer = accepted(await world.desk.submitCandidacy(meetingId, memberId, position, receivedOn));
  const candidacy = answer.data.submitCandidacy;
  expect(candidacy).toMatchObject({ position, receivedOn, status: 'SUBMITTED', member: { id: memberId }, meeting: { id: meetingId } });
  const entry = await expectAudited(world.dataSource, answer, candidacy.id, 'submitCandidacy', 'Candidacy');
  expect(entry.before).toBeNull();
  expect(entry.after).toMatchObject({ id: candidacy.id, status: 'SUBMITTED', position, memberId, meetingId });
  return candidacy;
}

describe('G4 President candidacies', () => {
  it('accepts a notice received on time from a member in good standing, listed on the meeting and audited', async () => {
    const candidacy = await submitted(open, id('Berlin'), 'PRESIDENT', '2026-11-20');
    expect(candidacy.member.name).toBe('Berlin');
    const meeting = await world.desk.meeting(open);
    expect(meeting.data.meeting.candidacyDeadline).toBe('2027-05-15');
    expect(meeting.data.meeting.candidacies).toContainEqual(expect.objectContaining({ id: candidacy.id, status: 'SUBMITTED' }));
  });

  it('accepts a notice received on the deadline and refuses one the day after (31 March → 28 February)', async () => {
    const assemblyId = await assembly('2026-03-31');
    expect((await world.desk.meeting(assemblyId)).data.meeting.candidacyDeadline).toBe('2026-02-28');
    await submitted(assemblyId, id('Addis Ababa'), 'PRESIDENT', '2026-02-28');
    const late = await refused(() => world.desk.submitCandidacy(assemblyId, id('Agra'), 'PRESIDENT', '2026-03-01'), 'CHARTER_VIOLATION', 'G4');
    expect(late.errors![0]!.message).toContain('2026-02-28');
  });

  it('accepts a notice received on the deadline and refuses one the day after (31 March of a leap year → 29 February)', async () => {
    const assemblyId = await assembly('2024-03-31');
    expect((await world.desk.meeting(assemblyId)).data.meeting.candidacyDeadline).toBe('2024-02-29');
    await submitted(assemblyId, id('Amsterdam'), 'PRESIDENT', '2024-02-29');
    await refused(() => world.desk.submitCandidacy(assemblyId, id('Baku'), 'PRESIDENT', '2024-03-01'), 'CHARTER_VIOLATION', 'G4');
  });

  it('refuses a notice recorded as received after today, and accepts one received today', async () => {
    await refused(() => world.desk.submitCandidacy(open, id('Bangkok'), 'PRESIDENT', '2026-11-28'), 'CHARTER_VIOLATION', 'G4');
    await submitted(open, id('Bangkok'), 'PRESIDENT', TODAY);
  });

  it('refuses a member whose fees are not fully paid', async () => {
    await world.desk.leaveFeeUnpaid(id('Barcelona'), 2026);
    const unpaid = await refused(() => world.desk.submitCandidacy(open, id('Barcelona'), 'PRESIDENT', '2026-11-02'), 'CHARTER_VIOLATION', 'G4');
    expect(unpaid.errors![0]!.message).toContain('fees are not fully paid');
  });

  it('refuses a suspended member', async () => {
    await world.desk.setMemberStatus(id('Batam'), 'SUSPENDED');
    await refused(() => world.desk.submitCandidacy(open, id('Batam'), 'PRESIDENT', '2026-11-02'), 'CHARTER_VIOLATION', 'G4');
  });

  it('refuses an associate member and an industry member', async () => {
    await refused(() => world.desk.submitCandidacy(open, associate, 'PRESIDENT', '2026-11-02'), 'CHARTER_VIOLATION', 'G4');
    await refused(() => world.desk.submitCandidacy(open, industry, 'PRESIDENT', '2026-11-02'), 'CHARTER_VIOLATION', 'G4');
  });

  it('refuses a candidacy for an Executive Committee meeting', async () => {
    await refused(() => world.desk.submitCandidacy(committeeMeeting, id('Birmingham'), 'PRESIDENT', '2026-11-02'), 'CHARTER_VIOLATION', 'G4');
  });
});

describe('G5 Executive Committee candidacies', () => {
  it('accepts a full, active member whose fees are not fully paid, which G4 refuses as President', async () => {
    await world.desk.leaveFeeUnpaid(id('Bucharest'), 2026);
    await refused(() => world.desk.submitCandidacy(open, id('Bucharest'), 'PRESIDENT', '2026-11-03'), 'CHARTER_VIOLATION', 'G4');
    await submitted(open, id('Bucharest'), 'EXECUTIVE_COMMITTEE_MEMBER', '2026-11-03');
  });

  it('refuses a suspended member, an associate member and an industry member', async () => {
    await world.desk.setMemberStatus(id('Caracas'), 'SUSPENDED');
    await refused(() => world.desk.submitCandidacy(open, id('Caracas'), 'EXECUTIVE_COMMITTEE_MEMBER', '2026-11-03'), 'CHARTER_VIOLATION', 'G5');
    await refused(() => world.desk.submitCandidacy(open, associate, 'EXECUTIVE_COMMITTEE_MEMBER', '2026-11-03'), 'CHARTER_VIOLATION', 'G5');
    await refused(() => world.desk.submitCandidacy(open, industry, 'EXECUTIVE_COMMITTEE_MEMBER', '2026-11-03'), 'CHARTER_VIOLATION', 'G5');
  });

  it('accepts a notice received on the deadline; refuses one the day after, one after today, and one for an Executive Committee meeting', async () => {
    const assemblyId = await assembly('2025-09-30');
    await submitted(assemblyId, id('Chengdu'), 'EXECUTIVE_COMMITTEE_MEMBER', '2025-08-30');
    await refused(() => world.desk.submitCandidacy(assemblyId, id('Dakar'), 'EXECUTIVE_COMMITTEE_MEMBER', '2025-08-31'), 'CHARTER_VIOLATION', 'G5');
    await refused(() => world.desk.submitCandidacy(open, id('Dakar'), 'EXECUTIVE_COMMITTEE_MEMBER', '2026-11-28'), 'CHARTER_VIOLATION', 'G5');
    await refused(() => world.desk.submitCandidacy(committeeMeeting, id('Dakar'), 'EXECUTIVE_COMMITTEE_MEMBER', '2026-11-03'), 'CHARTER_VIOLATION', 'G5');
  });
});

describe('G6 one candidacy per member, position and General Assembly', () => {
  it('refuses a second notice of the same member for the same position; accepts the other position and another Assembly', async () => {
    await submitted(open, id('Dar es Salaam'), 'PRESIDENT', '2026-10-01');
    const second = await refused(() => world.desk.submitCandidacy(open, id('Dar es Salaam'), 'PRESIDENT', '2026-11-04'), 'CHARTER_VIOLATION', 'G6');
    expect(second.errors![0]!.message).toContain('already has a candidacy');
    await submitted(open, id('Dar es Salaam'), 'EXECUTIVE_COMMITTEE_MEMBER', '2026-11-04');
    await submitted(await assembly('2023-10-10'), id('Dar es Salaam'), 'PRESIDENT', '2023-08-01');
  });

  it('holds when four identical notices are recorded at once: one accepted, the others refused under G6', async () => {
    const before = await governanceTables(world.dataSource);
    const answers = await Promise.all([1, 2, 3, 4].map(() => world.desk.submitCandidacy(open, id('Dhaka'), 'EXECUTIVE_COMMITTEE_MEMBER', '2026-11-05')));
    const winners = answers.filter((answer) => !answer.errors);
    expect(winners).toHaveLength(1);
    for (const loser of answers.filter((answer) => answer.errors)) expect(loser.errors![0]!.extensions).toMatchObject({ code: 'CHARTER_VIOLATION', rule: 'G6' });
    const after = await governanceTables(world.dataSource);
    expect(after.candidacy.rows).toBe(before.candidacy.rows + 1);
    expect(after.audit_entry.rows).toBe(before.audit_entry.rows + 1);
    await expectAudited(world.dataSource, winners[0]!, winners[0]!.data.submitCandidacy.id, 'submitCandidacy', 'Candidacy');
  });
});

describe('withdrawing a candidacy', () => {
  it('marks it WITHDRAWN, audited; withdrawing it again answers it unchanged and records nothing', async () => {
    const candidacy = await submitted(open, id('Edmonton'), 'EXECUTIVE_COMMITTEE_MEMBER', '2026-11-06');
    const withdrawn = await world.desk.withdrawCandidacy(candidacy.id);
    accepted(withdrawn);
    expect(withdrawn.data.withdrawCandidacy).toMatchObject({ id: candidacy.id, status: 'WITHDRAWN' });
    const entry = await expectAudited(world.dataSource, withdrawn, candidacy.id, 'withdrawCandidacy', 'Candidacy');
    expect(entry.before).toMatchObject({ status: 'SUBMITTED' });
    expect(entry.after).toMatchObject({ status: 'WITHDRAWN' });

    const before = await governanceTables(world.dataSource);
    const again = await world.desk.withdrawCandidacy(candidacy.id);
    accepted(again);
    expect(again.data.withdrawCandidacy).toMatchObject({ id: candidacy.id, status: 'WITHDRAWN' });
    expect(await governanceTables(world.dataSource)).toEqual(before);
  });

  it('is refused under G7 once the candidate is elected', async () => {
    const assemblyId = await assembly('2026-10-01');
    const candidacy = await submitted(assemblyId, id('Frankfurt'), 'EXECUTIVE_COMMITTEE_MEMBER', '2026-08-15');
    accepted(await world.desk.recordElectionResult(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Frankfurt')]));
    await refused(() => world.desk.withdrawCandidacy(candidacy.id), 'CHARTER_VIOLATION', 'G7');
    const meeting = await world.desk.meeting(assemblyId);
    expect(meeting.data.meeting.candidacies).toContainEqual(expect.objectContaining({ id: candidacy.id, status: 'ELECTED' }));
  });

  it('answers NOT_FOUND for an unknown candidacy', async () => {
    await refused(() => world.desk.withdrawCandidacy(UNKNOWN), 'NOT_FOUND');
  });
});

describe('what a candidacy names', () => {
  it('answers NOT_FOUND for an unknown meeting or an unknown member', async () => {
    await refused(() => world.desk.submitCandidacy(UNKNOWN, id('Harare'), 'PRESIDENT', '2026-11-07'), 'NOT_FOUND');
    await refused(() => world.desk.submitCandidacy(open, UNKNOWN, 'PRESIDENT', '2026-11-07'), 'NOT_FOUND');
  });

  it('answers NOT_FOUND for a member id that is not even a UUID, as for any unknown member', async () => {
    await refused(() => world.desk.submitCandidacy(open, 'not-a-member-id', 'PRESIDENT', '2026-11-07'), 'NOT_FOUND');
  });

  it('refuses a position a General Assembly does not elect as BAD_USER_INPUT', async () => {
    await refused(() => world.desk.submitCandidacy(open, id('Harare'), 'VICE_PRESIDENT', '2026-11-07'), 'BAD_USER_INPUT');
    await refused(() => world.desk.submitCandidacy(open, id('Harare'), 'EXECUTIVE_VICE_PRESIDENT', '2026-11-07'), 'BAD_USER_INPUT');
  });
});

// Last in the file: it stops membership for good.
describe('membership down', () => {
  const membershipDown = once(() => world.graph.subgraphs.membership.host.stop());

  it('answers UNAVAILABLE, retryable, and records nothing', async () => {
    await membershipDown();
    const answer = await refused(() => world.desk.submitCandidacy(open, id('Helsinki'), 'PRESIDENT', '2026-11-08'), 'UNAVAILABLE');
    expect(answer.errors![0]!.extensions).toMatchObject({ code: 'UNAVAILABLE', retryable: true });
    expect(JSON.stringify(answer.errors)).not.toMatch(/localhost|127\.0\.0\.1|ECONNREFUSED|SELECT/);
  });

  it('refuses a General Assembly whose host’s standing cannot be confirmed (G9) as UNAVAILABLE, and records nothing', async () => {
    await membershipDown();
    const answer = await refused(() => world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2031-10-01', id('Helsinki')), 'UNAVAILABLE');
    expect(answer.errors![0]!.extensions).toMatchObject({ code: 'UNAVAILABLE', retryable: true });
  });
});
