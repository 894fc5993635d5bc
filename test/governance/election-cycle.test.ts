import { accepted, testTokens } from '@wego/testing';
import { governanceWorld, once } from '../support/governance-world';

/**
 * One election cycle as the Secretariat records it through the gateway, today being 2026-11-27:
 * the General Assembly hosted by Seoul opened on 2026-11-25; its candidacy deadline was 2026-10-25.
 * Each step builds on the one before, as the officer's day does: a test takes the steps before its
 * own (each is taken once in the file), so that it also runs alone.
 */
const world = governanceWorld();
const { id, refused } = world;

const EXCOM_CANDIDATES = ['Chengdu', 'Tashkent', 'Barcelona', 'São Paulo', 'Addis Ababa', 'Nanjing', 'Tunis', 'Vladivostok'];

/** A refusal names its rule and writes nothing. */
const expectRuleRefuses = (rule: string, attempt: () => ReturnType<typeof world.desk.send>) => refused(attempt, 'CHARTER_VIOLATION', rule);

/** The Assembly, and the next one, whose host becomes Executive Vice President. Seoul was designated host three years before, at the Assembly before this one (G9). */
const assembliesScheduled = once(async () => {
  const assembly = await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2026-11-25', id('Seoul'), { hostDesignatedOn: '2023-11-25' });
  const next = await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2029-10-10', id('Mexico City'));
  return { assembly, next, assemblyId: accepted(assembly).data.scheduleMeeting.id as string };
});

/** The candidacies received on time. */
const candidaciesReceived = once(async () => {
  const { assemblyId } = await assembliesScheduled();
  await world.candidacies(assemblyId, 'PRESIDENT', '2026-09-01', ['Lisbon']);
  await world.candidacies(assemblyId, 'PRESIDENT', '2026-10-25', ['Berlin']);
  await world.candidacies(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', '2026-10-01', EXCOM_CANDIDATES);
  return assemblyId;
});

/** The President, then the Executive Committee in two calls. */
const elected = once(async () => {
  const assemblyId = await candidaciesReceived();
  const president = await world.desk.recordElectionResult(assemblyId, 'PRESIDENT', [id('Lisbon')]);
  accepted(await world.desk.recordElectionResult(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', EXCOM_CANDIDATES.slice(0, 4).map(id)));
  accepted(await world.desk.recordElectionResult(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', EXCOM_CANDIDATES.slice(4, 7).map(id)));
  return { assemblyId, president };
});

/** The new Executive Committee meets the day after the Assembly and nominates five of its members; the President appoints four. */
const fourVicePresidents = once(async () => {
  await elected();
  const nominating = await world.scheduled('EXECUTIVE_COMMITTEE', '2026-11-26', 'Seoul');
  accepted(await world.desk.nominateVicePresidents(nominating, ['Chengdu', 'Tashkent', 'Barcelona', 'São Paulo', 'Addis Ababa'].map(id)));
  const president = world.desk.as(await testTokens.member(id('Lisbon')));
  for (const name of ['Chengdu', 'Tashkent', 'Barcelona', 'São Paulo']) accepted(await president.appointVicePresident(id(name), '2026-11-26'));
  return president;
});

/** The Secretariat records the fifth. */
const fifthVicePresident = once(async () => {
  await fourVicePresidents();
  return world.desk.appointVicePresident(id('Addis Ababa'), '2026-11-26');
});

describe('one election cycle', () => {
  it('schedules the General Assembly and the next one, whose host becomes Executive Vice President', async () => {
    const { assembly, next } = await assembliesScheduled();
    accepted(assembly);
    expect(assembly.data.scheduleMeeting.candidacyDeadline).toBe('2026-10-25');
    accepted(next);
    expect((await world.desk.committeeOn('2026-11-24')).map((mandate) => [mandate.position, mandate.member.name])).toEqual([['EXECUTIVE_VICE_PRESIDENT', 'Seoul']]);
  });

  it('takes candidacies on time and refuses the late (G4), the ineligible (G4, G5) and the duplicate (G6)', async () => {
    const assemblyId = await candidaciesReceived();
    await expectRuleRefuses('G4', () => world.desk.submitCandidacy(assemblyId, id('Paris'), 'PRESIDENT', '2026-10-26'));
    await world.desk.leaveFeeUnpaid(id('Nairobi'), 2026);
    await expectRuleRefuses('G4', () => world.desk.submitCandidacy(assemblyId, id('Nairobi'), 'PRESIDENT', '2026-09-15'));
    const associateId = await world.desk.registerMember('Korea Smart City Institute', 'ASSOCIATE', 'INSTITUTION', 'KR');
    await expectRuleRefuses('G5', () => world.desk.submitCandidacy(assemblyId, associateId, 'EXECUTIVE_COMMITTEE_MEMBER', '2026-09-15'));
    await expectRuleRefuses('G6', () => world.desk.submitCandidacy(assemblyId, id('Lisbon'), 'PRESIDENT', '2026-09-20'));
  });

  it('records the election in two calls; the other President candidacy reads NOT_ELECTED', async () => {
    const { assemblyId, president } = await elected();
    accepted(president);
    expect(president.data.recordElectionResult).toEqual([
      expect.objectContaining({ position: 'PRESIDENT', startsOn: '2026-11-25', endsOn: '2029-10-09', member: { id: id('Lisbon'), name: 'Lisbon' } }),
    ]);
    // G3: the day before the third anniversary would be 2029-11-24; the next Assembly opens earlier, on 2029-10-10.
    await expectRuleRefuses('G7', () => world.desk.recordElectionResult(assemblyId, 'PRESIDENT', [id('Berlin')]));
    await expectRuleRefuses('G7', () => world.desk.recordElectionResult(assemblyId, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Paris')]));

    const candidacies = (await world.desk.meeting(assemblyId)).data.meeting.candidacies as Array<{ member: { name: string }; status: string }>;
    const statusOf = (name: string) => candidacies.find((candidacy) => candidacy.member.name === name)?.status;
    expect([statusOf('Lisbon'), statusOf('Berlin'), statusOf('Chengdu'), statusOf('Vladivostok')]).toEqual(['ELECTED', 'NOT_ELECTED', 'ELECTED', 'NOT_ELECTED']);
  });

  it('appoints Vice Presidents by the President City from the Executive Committee (G10) and reports what the charter misses', async () => {
    const president = await fourVicePresidents();
    expect((await world.desk.charterIssuesOn('2026-11-26')).map((issue) => issue.rule)).toEqual(['G10']);

    await expectRuleRefuses('G10', async () => world.desk.as(await testTokens.member(id('Berlin'))).appointVicePresident(id('Addis Ababa'), '2026-11-26'));
    await expectRuleRefuses('G10', () => president.appointVicePresident(id('Vladivostok'), '2026-11-26'));
    const fifth = await fifthVicePresident();
    accepted(fifth);
    expect(fifth.data.appointVicePresident).toMatchObject({ position: 'VICE_PRESIDENT', startsOn: '2026-11-26', endsOn: '2029-10-09' });
    expect(await world.desk.charterIssuesOn('2026-11-26')).toEqual([]);
  });

  it('records the President absent from the next Executive Committee meeting: the Executive Vice President chairs it (G12)', async () => {
    await fifthVicePresident();
    const meeting = await world.desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2027-05-12', id('Tunis'));
    expect(meeting.data.scheduleMeeting.chair).toEqual({ id: id('Lisbon'), name: 'Lisbon' });
    const recorded = await world.desk.recordAttendance(meeting.data.scheduleMeeting.id, [id('Lisbon')]);
    accepted(recorded);
    expect(recorded.data.recordAttendance.chair).toEqual({ id: id('Mexico City'), name: 'Mexico City' });
  });

  it('reads back the Committee of a date: by position, then name, the EVP included', async () => {
    await fifthVicePresident();
    const { assemblyId } = await assembliesScheduled();
    const committee = await world.desk.committeeOn('2027-05-12');
    expect(committee.map((mandate) => [mandate.position, mandate.member.name])).toEqual([
      ['PRESIDENT', 'Lisbon'],
      ['EXECUTIVE_VICE_PRESIDENT', 'Mexico City'],
      ['VICE_PRESIDENT', 'Addis Ababa'],
      ['VICE_PRESIDENT', 'Barcelona'],
      ['VICE_PRESIDENT', 'Chengdu'],
      ['VICE_PRESIDENT', 'São Paulo'],
      ['VICE_PRESIDENT', 'Tashkent'],
      ['EXECUTIVE_COMMITTEE_MEMBER', 'Addis Ababa'],
      ['EXECUTIVE_COMMITTEE_MEMBER', 'Barcelona'],
      ['EXECUTIVE_COMMITTEE_MEMBER', 'Chengdu'],
      ['EXECUTIVE_COMMITTEE_MEMBER', 'Nanjing'],
      ['EXECUTIVE_COMMITTEE_MEMBER', 'São Paulo'],
      ['EXECUTIVE_COMMITTEE_MEMBER', 'Tashkent'],
      ['EXECUTIVE_COMMITTEE_MEMBER', 'Tunis'],
    ]);
    const chair = await world.graph.query(`query($id: ID!) { meeting(id: $id) { chair { name } } }`, { variables: { id: assemblyId } });
    // No President sat the day before the first Assembly on record: its EVP, its own host, chaired it (G12).
    expect(chair.data.meeting.chair).toEqual({ name: 'Seoul' });
  });

  it('keeps every accepted change in the meeting’s audit trail, for the Secretariat alone', async () => {
    const { assemblyId } = await elected();
    const query = `query($id: ID!) { meeting(id: $id) { auditTrail { operation actor role entityId requestId } } }`;
    const trail = await world.desk.send(query, { id: assemblyId });
    const operations = (trail.data.meeting.auditTrail as Array<{ operation: string; role: string }>).map((entry) => entry.operation);
    expect(operations[0]).toBe('scheduleMeeting');
    expect(operations.filter((operation) => operation === 'submitCandidacy')).toHaveLength(2 + EXCOM_CANDIDATES.length);
    expect(operations).toContain('recordElectionResult');
    expect(trail.data.meeting.auditTrail.every((entry: { role: string; actor: string }) => entry.role === 'secretariat' && entry.actor === 'officer@test')).toBe(true);
    const asMember = await world.graph.query(query, { variables: { id: assemblyId }, token: await testTokens.member(id('Lisbon')) });
    expect(asMember.data.meeting.auditTrail).toBeNull();
    expect(asMember.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
