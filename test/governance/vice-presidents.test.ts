import { accepted, expectRefused, testTokens } from '@wego/testing';
import { electCommittee, mandatesOfMember, type ElectedCommittee } from '../support/committee-builder';
import { governanceTables } from '../support/governance-tables';
import { governanceWorld, once, type GovernanceWorld } from '../support/governance-world';

// Eras far enough apart that no General Assembly shortens another era's terms (G3). Each test
// appoints the Vice Presidents it reads, members or dates no other test appoints.
let era2016: ElectedCommittee; // President Seoul; terms 2016-06-01 .. 2019-05-31
let era2013: ElectedCommittee; // President Suva; terms 2013-04-01 .. 2016-03-31
const AREA_EXCOM = ['Seoul', 'Chengdu', 'Minsk', 'Barcelona', 'Caracas', 'Hong Kong', 'Ulaanbaatar'];
const ERA_2016_EXCOM = ['Agra', 'Berlin', 'Dakar', 'Helsinki', 'Kathmandu', 'Lisbon'];

const world = governanceWorld(async ({ desk, id }) => {
  era2016 = await electCommittee(desk, { opensOn: '2016-06-01', hostMemberId: id('Bangkok'), presidentId: id('Seoul'), memberIds: ERA_2016_EXCOM.map(id) });
  // No President is elected in 2010.
  await electCommittee(desk, { opensOn: '2010-06-01', hostMemberId: id('Dhaka'), memberIds: ['Harare', 'Manila'].map(id) });
  era2013 = await electCommittee(desk, { opensOn: '2013-04-01', hostMemberId: id('Muscat'), presidentId: id('Suva'), memberIds: [id('Tunis')] });
  await electCommittee(desk, { opensOn: '2020-03-03', hostMemberId: id('Abu Dhabi'), presidentId: id('Amsterdam'), memberIds: AREA_EXCOM.map(id) });
  // Paris is President today (2026-11-27).
  await electCommittee(desk, { opensOn: '2025-10-01', hostMemberId: id('Mosman'), presidentId: id('Paris'), memberIds: [id('Frankfurt')] });
  // Each era's Executive Committee nominates its members early on (G10).
  const nominatedAt = async (opensOn: string, names: readonly string[]): Promise<void> => {
    const meeting = await desk.scheduleMeeting('EXECUTIVE_COMMITTEE', opensOn, id('Seoul'));
    accepted(await desk.nominateVicePresidents(accepted(meeting).data.scheduleMeeting.id, names.map(id)));
  };
  await nominatedAt('2016-06-15', ERA_2016_EXCOM);
  await nominatedAt('2013-04-15', ['Tunis']);
  await nominatedAt('2020-03-20', AREA_EXCOM);
  await nominatedAt('2026-02-10', ['Frankfurt']);
});
const { id } = world;

const asMember = async (name: string): Promise<GovernanceWorld['desk']> => world.desk.as(await testTokens.member(id(name)));
const vicePresidentsOn = async (on: string): Promise<string[]> =>
  (await world.desk.committeeOn(on)).filter((mandate) => mandate.position === 'VICE_PRESIDENT').map((mandate) => mandate.member.name);
/** Appointments the Secretariat records, each accepted. */
async function appointedAll(names: readonly string[], startsOn: string): Promise<void> {
  for (const name of names) accepted(await world.desk.appointVicePresident(id(name), startsOn), `appointing ${name}`);
}
/** Sends the refused writes of `refusals`, and checks that no governance table changed. */
async function changingNothing(refusals: () => Promise<void>): Promise<void> {
  const before = await governanceTables(world.dataSource);
  await refusals();
  expect(await governanceTables(world.dataSource)).toEqual(before);
}

describe('G10 appointing a Vice President', () => {
  it('is accepted when the Secretariat records it: the mandate starts on startsOn and ends with the appointee’s Executive Committee mandate', async () => {
    const answer = await world.desk.appointVicePresident(id('Agra'), '2016-07-01');
    accepted(answer);
    expect(answer.data.appointVicePresident).toMatchObject({ position: 'VICE_PRESIDENT', startsOn: '2016-07-01', endsOn: '2019-05-31', member: { name: 'Agra' } });
    expect(era2016.mandateOf.get(id('Agra'))!.endsOn).toBe('2019-05-31');
    expect(await vicePresidentsOn('2016-07-01')).toEqual(['Agra']);
    expect(await vicePresidentsOn('2016-06-30')).toEqual([]);
  });

  it('is accepted when the President of today and of startsOn sends it with its own member token', async () => {
    const answer = await (await asMember('Paris')).appointVicePresident(id('Frankfurt'), '2026-12-01');
    accepted(answer);
    expect(answer.data.appointVicePresident).toMatchObject({ position: 'VICE_PRESIDENT', startsOn: '2026-12-01', endsOn: '2028-09-30', member: { name: 'Frankfurt' } });
  });

  it('is accepted when the Secretariat records what a former President appointed while in office', async () => {
    const answer = await world.desk.appointVicePresident(id('Berlin'), '2016-08-01');
    accepted(answer);
    expect(answer.data.appointVicePresident).toMatchObject({ position: 'VICE_PRESIDENT', startsOn: '2016-08-01', endsOn: '2019-05-31', member: { name: 'Berlin' } });
  });

  it('is refused under G10 when the member sending it is not the President on that date, changing nothing', async () => {
    await changingNothing(async () => {
      expectRefused(await (await asMember('Dakar')).appointVicePresident(id('Helsinki'), '2016-09-01'), 'CHARTER_VIOLATION', 'G10');
      // Seoul was President in 2016, not in 2020 (Amsterdam is).
      expectRefused(await (await asMember('Seoul')).appointVicePresident(id('Chengdu'), '2020-04-15'), 'CHARTER_VIOLATION', 'G10');
    });
  });

  it('is refused under G10 when no President sits on that date, even recorded by the Secretariat', async () => {
    await changingNothing(async () => {
      const answer = await world.desk.appointVicePresident(id('Harare'), '2010-07-01');
      expectRefused(answer, 'CHARTER_VIOLATION', 'G10');
      expect(answer.errors![0]!.message).toContain('No President City holds office on 2010-07-01');
    });
  });

  it('is refused under G10 when the appointee holds no Executive Committee member mandate on that date', async () => {
    await changingNothing(async () => {
      expectRefused(await world.desk.appointVicePresident(id('Nairobi'), '2016-09-01'), 'CHARTER_VIOLATION', 'G10');
      // The President holds a PRESIDENT mandate, not an Executive Committee member one.
      expectRefused(await world.desk.appointVicePresident(id('Seoul'), '2016-09-01'), 'CHARTER_VIOLATION', 'G10');
      // Helsinki holds no Committee seat in 2014 (its seat runs from 2016-06-01); Suva's President sits in 2014.
      expectRefused(await world.desk.appointVicePresident(id('Helsinki'), '2014-01-01'), 'CHARTER_VIOLATION', 'G10');
    });
  });

  it('is refused under G10 when the appointee is already a Vice President on that date, or later in the new mandate', async () => {
    await appointedAll(['Kathmandu'], '2016-10-01');
    await changingNothing(async () => {
      const answer = await world.desk.appointVicePresident(id('Kathmandu'), '2017-01-01');
      expectRefused(answer, 'CHARTER_VIOLATION', 'G10');
      expect(answer.errors![0]!.message).toContain('already a Vice President');
      // Kathmandu is Vice President from 2016-10-01: a mandate from 2016-09-15 would run beside that one.
      expectRefused(await world.desk.appointVicePresident(id('Kathmandu'), '2016-09-15'), 'CHARTER_VIOLATION', 'G10');
    });
  });

  it('is refused as NOT_FOUND when it names a member that does not exist, changing nothing', async () => {
    await changingNothing(async () => {
      expectRefused(await world.desk.appointVicePresident('00000000-0000-4000-8000-00000000beef', '2016-09-01'), 'NOT_FOUND');
    });
  });

  it('is accepted once when the same member is appointed twice at the same moment; the other is refused under G10', async () => {
    const answers = await Promise.all(['2017-02-01', '2017-02-02'].map((startsOn) => world.desk.appointVicePresident(id('Dakar'), startsOn)));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    for (const refused of answers.filter((answer) => answer.errors)) expectRefused(refused, 'CHARTER_VIOLATION', 'G10');
    expect((await vicePresidentsOn('2017-02-02')).filter((name) => name === 'Dakar')).toEqual(['Dakar']);
  });

  it('is FORBIDDEN with an office token and UNAUTHENTICATED without a token, changing nothing', async () => {
    await changingNothing(async () => {
      expectRefused(await world.desk.as(await testTokens.office('east-asia')).appointVicePresident(id('Dakar'), '2016-09-01'), 'FORBIDDEN');
      expectRefused(await world.desk.as(await testTokens.office('secretariat')).appointVicePresident(id('Dakar'), '2016-09-01'), 'FORBIDDEN');
      expectRefused(await world.desk.as('').appointVicePresident(id('Dakar'), '2016-09-01'), 'UNAUTHENTICATED');
    });
  });
});

describe('G10 a Vice President mandate ends with the Executive Committee mandate beside it', () => {
  it('ends on the same day when the Executive Committee mandate is ended early', async () => {
    const appointed = await world.desk.appointVicePresident(id('Lisbon'), '2016-11-01');
    accepted(appointed);
    const seat = era2016.mandateOf.get(id('Lisbon'))!;
    const ended = await world.desk.endMandate(seat.id, '2017-03-15');
    accepted(ended);
    expect(ended.data.endMandate).toMatchObject({ id: seat.id, endsOn: '2017-03-15' });

    const lisbonOn = async (on: string) => (await world.desk.committeeOn(on)).filter((mandate) => mandate.member.name === 'Lisbon');
    expect((await lisbonOn('2017-03-15')).map((mandate) => [mandate.position, mandate.endsOn])).toEqual([
      ['VICE_PRESIDENT', '2017-03-15'],
      ['EXECUTIVE_COMMITTEE_MEMBER', '2017-03-15'],
    ]);
    expect(await lisbonOn('2017-03-16')).toEqual([]);
    expect((await mandatesOfMember(world.graph, id('Lisbon'))).map((mandate) => [mandate.position, mandate.startsOn, mandate.endsOn])).toEqual([
      ['EXECUTIVE_COMMITTEE_MEMBER', '2016-06-01', '2017-03-15'],
      ['VICE_PRESIDENT', '2016-11-01', '2017-03-15'],
    ]);
  });

  it('is shortened with it by a General Assembly scheduled before the term ends, and restored when that Assembly is cancelled', async () => {
    const appointed = await world.desk.appointVicePresident(id('Tunis'), '2013-05-01');
    accepted(appointed);
    expect(appointed.data.appointVicePresident.endsOn).toBe(era2013.mandateOf.get(id('Tunis'))!.endsOn);
    const ends = async () => (await mandatesOfMember(world.graph, id('Tunis'), '2013-05-01')).map((mandate) => [mandate.position, mandate.endsOn]);
    expect(await ends()).toEqual([
      ['EXECUTIVE_COMMITTEE_MEMBER', '2016-03-31'],
      ['VICE_PRESIDENT', '2016-03-31'],
    ]);
    const early = await world.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2015-04-01', id('Edmonton'));
    accepted(early);
    expect(await ends()).toEqual([
      ['EXECUTIVE_COMMITTEE_MEMBER', '2015-03-31'],
      ['VICE_PRESIDENT', '2015-03-31'],
    ]);
    accepted(await world.desk.cancelMeeting(early.data.scheduleMeeting.id));
    expect(await ends()).toEqual([
      ['EXECUTIVE_COMMITTEE_MEMBER', '2016-03-31'],
      ['VICE_PRESIDENT', '2016-03-31'],
    ]);
  });
});

describe('G10 and G11 charter issues about Vice Presidents', () => {
  // Only the issues about Vice Presidents: this history leaves Assemblies and reviews unplanned (G1, G13) on purpose.
  const vicePresidentIssuesOn = (on: string) => world.desk.vicePresidentIssuesOn(on);
  const rulesOn = async (on: string): Promise<string[]> => (await vicePresidentIssuesOn(on)).map((issue) => issue.rule);
  // From 2020-04-01 the Secretariat's area (KR), East Asia (CN), Eurasia (BY) and the Mediterranean (ES);
  // from 2020-05-01 Latin America (VE) too: five Vice Presidents, one in each area.
  const fiveAreasAppointed = once(async () => {
    await appointedAll(['Seoul', 'Chengdu', 'Minsk', 'Barcelona'], '2020-04-01');
    await appointedAll(['Caracas'], '2020-05-01');
  });

  it('report G10 while fewer than five Vice Presidents sit beside a President, and no longer with five from five areas', async () => {
    await fiveAreasAppointed();
    const issues = await vicePresidentIssuesOn('2020-04-01');
    expect(issues).toEqual([{ rule: 'G10', message: expect.stringContaining('only 4 Vice President Cities') }]);
    expect(await rulesOn('2020-04-30')).toEqual(['G10']);
    expect(await vicePresidentIssuesOn('2020-05-01')).toEqual([]);
  });

  it('report no G10 on a date no President sits', async () => {
    expect(await world.desk.committeeOn('2010-07-01')).not.toHaveLength(0);
    expect(await vicePresidentIssuesOn('2010-07-01')).toEqual([]);
  });

  it('accept an appointment that leaves one area two Vice Presidents ahead of another, and report G11 for it', async () => {
    await fiveAreasAppointed();
    // Hong Kong (HK) makes East Asia 2 against 1: no issue yet.
    accepted(await world.desk.appointVicePresident(id('Hong Kong'), '2020-06-01'));
    expect(await vicePresidentIssuesOn('2020-06-01')).toEqual([]);
    // Ulaanbaatar (MN) makes it 3 against 1: accepted, and reported.
    const third = await world.desk.appointVicePresident(id('Ulaanbaatar'), '2020-07-01');
    accepted(third);
    expect(third.data.appointVicePresident).toMatchObject({ position: 'VICE_PRESIDENT', member: { name: 'Ulaanbaatar' } });
    const issues = await vicePresidentIssuesOn('2020-07-01');
    expect(issues).toEqual([{ rule: 'G11', message: expect.stringContaining('East Asia has 3') }]);
    // Each appointee counts in the area of the office serving its country, the Secretariat's included.
    expect(issues[0]!.message).toContain("(the Secretariat's area (Seoul) 1, East Asia 3, Eurasia 1, the Mediterranean 1, Latin America 1)");
    expect(await vicePresidentsOn('2020-07-01')).toHaveLength(7);
    expect(await rulesOn('2020-06-30')).toEqual([]);
  });
});

describe('G10 when regional-offices does not answer', () => {
  it('refuses an appointment as UNAVAILABLE (retryable) and writes nothing', async () => {
    await world.graph.subgraphs['regional-offices'].host.stop();
    const before = await governanceTables(world.dataSource);
    const answer = await world.desk.appointVicePresident(id('Helsinki'), '2016-12-01');
    expectRefused(answer, 'UNAVAILABLE');
    expect(answer.errors![0]!.extensions).toMatchObject({ retryable: true });
    expect(JSON.stringify(answer.errors)).not.toMatch(/localhost|127\.0\.0\.1|ECONNREFUSED/);
    expect(await governanceTables(world.dataSource)).toEqual(before);
    expect(await vicePresidentsOn('2016-12-01')).not.toContain('Helsinki');
  });
});
