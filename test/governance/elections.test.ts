import { accepted } from '@wego/testing';
import { expectAudited, governanceTables } from '../support/governance-tables';
import { governanceWorld } from '../support/governance-world';

// Today is 2026-11-27. Each test has its own General Assemblies; those whose terms a test reads
// have no other Assembly within three years after them (a later Assembly shortens earlier terms, G3).
const UNKNOWN = '00000000-0000-4000-8000-00000000beef';
const world = governanceWorld();
const { id, refused, candidacies } = world;
const assembly = (opensOn: string, host = 'Seoul'): Promise<string> => world.scheduled('GENERAL_ASSEMBLY', opensOn, host);

type Elected = { id: string; position: string; startsOn: string; endsOn: string; member: { id: string; name: string } };

/** Records a result that must be accepted, each mandate and elected candidacy audited by it. */
async function elect(meetingId: string, position: string, names: string[]): Promise<Elected[]> {
  const answer = await world.desk.recordElectionResult(meetingId, position, names.map(id));
  accepted(answer);
  const mandates: Elected[] = answer.data.recordElectionResult;
  expect(mandates.map((mandate) => mandate.member.name).sort()).toEqual([...names].sort());
  const elected = (await world.desk.meeting(meetingId)).data.meeting.candidacies.filter((candidacy: { position: string; status: string }) => candidacy.position === position && candidacy.status === 'ELECTED');
  for (const mandate of mandates) {
    expect(mandate.position).toBe(position);
    const entry = await expectAudited(world.dataSource, answer, mandate.id, 'recordElectionResult', 'Mandate');
    expect(entry.before).toBeNull();
    const candidacy = elected.find((one: { member: { id: string } }) => one.member.id === mandate.member.id);
    expect(candidacy).toBeDefined();
    expect((await expectAudited(world.dataSource, answer, candidacy.id, 'recordElectionResult', 'Candidacy')).after).toMatchObject({ status: 'ELECTED' });
  }
  return mandates;
}

/** The status each candidacy of the meeting reads, by position and member name. */
async function statuses(meetingId: string): Promise<Record<string, string>> {
  const meeting = await world.desk.meeting(meetingId);
  return Object.fromEntries(
    meeting.data.meeting.candidacies.map((candidacy: { position: string; status: string; member: { name: string } }) => [`${candidacy.position} ${candidacy.member.name}`, candidacy.status]),
  );
}

async function endOf(mandate: Elected): Promise<string | undefined> {
  return (await world.desk.mandatesOf(mandate.member.id)).find((one) => one.id === mandate.id)?.endsOn;
}

describe('G7 election results', () => {
  it('accepts a President and Executive Committee members in several calls; candidacies read ELECTED, NOT_ELECTED, WITHDRAWN', async () => {
    const assemblyId = await assembly('2011-06-01');
    await candidacies(assemblyId, 'PRESIDENT', '2011-04-01', ['Berlin', 'Paris']);
    const committee = await candidacies(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', '2011-04-01', ['Agra', 'Amsterdam', 'Baku', 'Bangkok']);
    accepted(await world.desk.withdrawCandidacy(committee.get('Bangkok')!));

    const [president] = await elect(assemblyId, 'PRESIDENT', ['Berlin']);
    expect(president).toMatchObject({ position: 'PRESIDENT', startsOn: '2011-06-01', member: { name: 'Berlin' } });
    await elect(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', ['Agra']);
    expect(await statuses(assemblyId)).toMatchObject({ 'EXECUTIVE_COMMITTEE_MEMBER Amsterdam': 'NOT_ELECTED' });
    await elect(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', ['Amsterdam']);

    expect(await statuses(assemblyId)).toEqual({
      'PRESIDENT Berlin': 'ELECTED',
      'PRESIDENT Paris': 'NOT_ELECTED',
      'EXECUTIVE_COMMITTEE_MEMBER Agra': 'ELECTED',
      'EXECUTIVE_COMMITTEE_MEMBER Amsterdam': 'ELECTED',
      'EXECUTIVE_COMMITTEE_MEMBER Baku': 'NOT_ELECTED',
      'EXECUTIVE_COMMITTEE_MEMBER Bangkok': 'WITHDRAWN',
    });
    const seated = (await world.desk.committeeOn('2011-06-01')).map((mandate) => `${mandate.position} ${mandate.member.name}`);
    expect(seated).toEqual(expect.arrayContaining(['PRESIDENT Berlin', 'EXECUTIVE_COMMITTEE_MEMBER Agra', 'EXECUTIVE_COMMITTEE_MEMBER Amsterdam']));
  });

  it('refuses a result before the General Assembly opens', async () => {
    const assemblyId = await assembly('2030-06-01');
    await candidacies(assemblyId, 'PRESIDENT', '2026-11-01', ['Caracas']);
    const early = await refused(() => world.desk.recordElectionResult(assemblyId, 'PRESIDENT', [id('Caracas')]), 'CHARTER_VIOLATION', 'G7');
    expect(early.errors![0]!.message).toContain('2030-06-01');
  });

  it('refuses a member without a candidacy for the position, a withdrawn candidacy and a member already elected', async () => {
    const assemblyId = await assembly('2012-06-01');
    const committee = await candidacies(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', '2012-04-01', ['Chengdu', 'Dakar', 'Dar es Salaam']);
    await candidacies(assemblyId, 'PRESIDENT', '2012-04-01', ['Dhaka']);
    accepted(await world.desk.withdrawCandidacy(committee.get('Dakar')!));
    await elect(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', ['Chengdu']);

    const committeeResult = (names: string[]) => () => world.desk.recordElectionResult(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', names.map(id));
    const reason = async (names: string[]) => (await refused(committeeResult(names), 'CHARTER_VIOLATION', 'G7')).errors![0]!.message;
    expect(await reason(['Edmonton'])).toContain('has no candidacy');
    expect(await reason(['Dhaka'])).toContain('has no candidacy');
    expect(await reason(['Dakar'])).toContain('withdrew');
    expect(await reason(['Chengdu'])).toContain('already elected');
    expect(await reason(['Dar es Salaam', 'Chengdu'])).toContain('already elected');
    expect(await statuses(assemblyId)).toMatchObject({ 'EXECUTIVE_COMMITTEE_MEMBER Dar es Salaam': 'NOT_ELECTED', 'EXECUTIVE_COMMITTEE_MEMBER Dakar': 'WITHDRAWN' });
  });

  it('refuses two Presidents in one call, and a second President for the same General Assembly', async () => {
    const assemblyId = await assembly('2013-06-01');
    await candidacies(assemblyId, 'PRESIDENT', '2013-04-01', ['Frankfurt', 'Harare']);
    await refused(() => world.desk.recordElectionResult(assemblyId, 'PRESIDENT', [id('Frankfurt'), id('Harare')]), 'CHARTER_VIOLATION', 'G7');
    await elect(assemblyId, 'PRESIDENT', ['Frankfurt']);
    await refused(() => world.desk.recordElectionResult(assemblyId, 'PRESIDENT', [id('Harare')]), 'CHARTER_VIOLATION', 'G7');
  });

  it('refuses a second General Assembly opening on the same day (G1), and an extraordinary one electing a President while one sits (G7)', async () => {
    const first = await assembly('2014-06-01');
    await refused(() => world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2014-06-01', id('Tunis'), { regular: false }), 'CHARTER_VIOLATION', 'G1');
    const extraordinary = await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2014-06-02', id('Tunis'), { regular: false });
    accepted(extraordinary);
    const second = extraordinary.data.scheduleMeeting.id;
    await candidacies(first, 'PRESIDENT', '2014-04-01', ['Hong Kong']);
    await candidacies(second, 'PRESIDENT', '2014-04-01', ['Jakarta']);
    await elect(first, 'PRESIDENT', ['Hong Kong']);
    const overlap = await refused(() => world.desk.recordElectionResult(second, 'PRESIDENT', [id('Jakarta')]), 'CHARTER_VIOLATION', 'G7');
    expect(overlap.errors![0]!.message).toContain('at most one President on any date');
  });

  it('refuses a result for an Executive Committee meeting', async () => {
    const meeting = await world.desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2014-10-01', id('Nanjing'));
    accepted(meeting);
    await refused(() => world.desk.recordElectionResult(meeting.data.scheduleMeeting.id, 'PRESIDENT', [id('Kathmandu')]), 'CHARTER_VIOLATION', 'G7');
  });

  it('refuses to cancel a General Assembly with results', async () => {
    const assemblyId = await assembly('2015-03-01');
    await candidacies(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', '2015-01-15', ['Khartoum State']);
    await elect(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', ['Khartoum State']);
    await refused(() => world.desk.cancelMeeting(assemblyId), 'CHARTER_VIOLATION', 'G7');
  });

  it('holds when two Presidents are recorded at once for the same General Assembly: one accepted, the other refused', async () => {
    const assemblyId = await assembly('2015-09-01');
    await candidacies(assemblyId, 'PRESIDENT', '2015-07-01', ['La Manche', 'Lisbon']);
    const before = await governanceTables(world.dataSource);
    const answers = await Promise.all(['La Manche', 'Lisbon'].map((name) => world.desk.recordElectionResult(assemblyId, 'PRESIDENT', [id(name)])));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    const loser = answers.find((answer) => answer.errors)!;
    expect(loser.errors![0]!.extensions).toMatchObject({ code: 'CHARTER_VIOLATION', rule: 'G7' });
    expect((await governanceTables(world.dataSource)).mandate.rows).toBe(before.mandate.rows + 1);
    expect(Object.values(await statuses(assemblyId)).sort()).toEqual(['ELECTED', 'NOT_ELECTED']);
  });
});

describe('G3 terms of elected mandates', () => {
  it('run from the opening day to the day before the third anniversary; the third anniversary of 29 February is 28 February', async () => {
    const assemblyId = await assembly('2016-02-29');
    await candidacies(assemblyId, 'PRESIDENT', '2016-01-15', ['Manila']);
    await candidacies(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', '2016-01-15', ['Mexico City']);
    const [president] = await elect(assemblyId, 'PRESIDENT', ['Manila']);
    const [member] = await elect(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', ['Mexico City']);
    expect(president).toMatchObject({ startsOn: '2016-02-29', endsOn: '2019-02-27' });
    expect(member).toMatchObject({ startsOn: '2016-02-29', endsOn: '2019-02-27' });
  });

  it('end the day before the next General Assembly opens when it comes first', async () => {
    const assemblyId = await assembly('2019-06-01');
    await assembly('2021-03-01');
    await candidacies(assemblyId, 'PRESIDENT', '2019-04-01', ['Minsk']);
    const [president] = await elect(assemblyId, 'PRESIDENT', ['Minsk']);
    expect(president).toMatchObject({ startsOn: '2019-06-01', endsOn: '2021-02-28' });
  });

  it('shorten to the day before an Assembly scheduled inside them, and lengthen back when it is cancelled, each change audited', async () => {
    const assemblyId = await assembly('2022-04-01');
    await candidacies(assemblyId, 'PRESIDENT', '2022-02-15', ['Muscat']);
    await candidacies(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', '2022-02-15', ['Mosman']);
    const elected = [...(await elect(assemblyId, 'PRESIDENT', ['Muscat'])), ...(await elect(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', ['Mosman']))];
    for (const mandate of elected) expect(mandate).toMatchObject({ startsOn: '2022-04-01', endsOn: '2025-03-31' });

    const inside = await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2023-09-01', id('Seoul'));
    accepted(inside);
    for (const mandate of elected) {
      expect(await endOf(mandate)).toBe('2023-08-31');
      const entry = await expectAudited(world.dataSource, inside, mandate.id, 'scheduleMeeting', 'Mandate');
      expect([entry.before?.endsOn, entry.after?.endsOn]).toEqual(['2025-03-31', '2023-08-31']);
    }

    const cancelled = await world.desk.cancelMeeting(inside.data.scheduleMeeting.id);
    accepted(cancelled);
    for (const mandate of elected) {
      expect(await endOf(mandate)).toBe('2025-03-31');
      const entry = await expectAudited(world.dataSource, cancelled, mandate.id, 'cancelMeeting', 'Mandate');
      expect([entry.before?.endsOn, entry.after?.endsOn]).toEqual(['2023-08-31', '2025-03-31']);
    }
  });
});

describe('ending a mandate early', () => {
  it('shortens it, audited; refuses an end after its last day or before its first (BAD_USER_INPUT), an EVP mandate (G9), an unknown id', async () => {
    const assemblyId = await assembly('2025-06-01');
    await candidacies(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', '2025-04-01', ['Nairobi']);
    const [mandate] = await elect(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', ['Nairobi']);
    expect(mandate).toMatchObject({ startsOn: '2025-06-01', endsOn: '2028-05-31' });

    await refused(() => world.desk.endMandate(mandate!.id, '2028-06-01'), 'BAD_USER_INPUT');
    await refused(() => world.desk.endMandate(mandate!.id, '2025-05-31'), 'BAD_USER_INPUT');
    await refused(() => world.desk.endMandate(`evp:${assemblyId}`, '2025-01-01'), 'CHARTER_VIOLATION', 'G9');
    await refused(() => world.desk.endMandate(UNKNOWN, '2026-01-01'), 'NOT_FOUND');

    const ended = await world.desk.endMandate(mandate!.id, '2026-12-31');
    accepted(ended);
    expect(ended.data.endMandate).toMatchObject({ id: mandate!.id, startsOn: '2025-06-01', endsOn: '2026-12-31' });
    expect(await endOf(mandate!)).toBe('2026-12-31');
    const entry = await expectAudited(world.dataSource, ended, mandate!.id, 'endMandate', 'Mandate');
    expect([entry.before?.endsOn, entry.after?.endsOn]).toEqual(['2028-05-31', '2026-12-31']);
  });
});
