import { accepted } from '@wego/testing';
import { governanceWorld, once, openGovernanceWorld } from '../support/governance-world';

/*
 * G7 with G4/G5 at the election, and a candidacy received only from a member (joinedOn ≤ receivedOn),
 * today being 2026-11-27:
 *   the Assembly of 2026-10-01 opened 57 days ago: its results are the election itself;
 *   the Assembly of 2026-06-01 opened 179 days ago: a result recorded now is a historical record.
 */
let recent = '';
let historical = '';
let upcoming = '';

const world = governanceWorld(async ({ desk, id, scheduled, candidacies }) => {
  historical = await scheduled('GENERAL_ASSEMBLY', '2026-06-01', 'Seoul', { hostDesignatedOn: '2023-06-01' });
  recent = await scheduled('GENERAL_ASSEMBLY', '2026-10-01', 'Dakar', { hostDesignatedOn: '2026-06-02' });
  upcoming = await scheduled('GENERAL_ASSEMBLY', '2029-06-15', 'Lisbon', { hostDesignatedOn: '2026-10-02' });
  await candidacies(historical, 'EXECUTIVE_COMMITTEE_MEMBER', '2026-04-01', ['Ningbo', 'Kathmandu']);
  await candidacies(recent, 'EXECUTIVE_COMMITTEE_MEMBER', '2026-08-01', ['Vladivostok']);
  await candidacies(recent, 'PRESIDENT', '2026-08-01', ['Helsinki', 'Barcelona']);
  await candidacies(recent, 'EXECUTIVE_COMMITTEE_MEMBER', '2026-08-01', ['Tunis', 'Nanjing', 'Tashkent', 'Harare']);
  // After the candidacies were received: Tunis suspended, Nanjing withdrawn, Helsinki's fees outstanding.
  await desk.setMemberStatus(id('Tunis'), 'SUSPENDED');
  await desk.setMemberStatus(id('Nanjing'), 'WITHDRAWN');
  await desk.leaveFeeUnpaid(id('Helsinki'), 2026);
  await desk.setMemberStatus(id('Ningbo'), 'SUSPENDED');
});
const { id, refused } = world;

describe('G7 with G5: an Executive Committee member is eligible on the day of the election', () => {
  it('refuses a member suspended since its candidacy, and one that withdrew from WeGO, writing nothing', async () => {
    const suspended = await refused(() => world.desk.recordElectionResult(recent, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Tunis')]), 'CHARTER_VIOLATION', 'G5');
    expect(suspended.errors![0]!.message).toContain('its membership is suspended');
    const withdrawn = await refused(() => world.desk.recordElectionResult(recent, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Nanjing')]), 'CHARTER_VIOLATION', 'G5');
    expect(withdrawn.errors![0]!.message).toContain('its membership is withdrawn');
  });

  it('refuses the whole call when one of those it elects is ineligible', async () => {
    // Vladivostok is eligible and elected by no other test, so the refusal is Tunis's alone whatever ran before.
    await refused(() => world.desk.recordElectionResult(recent, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Vladivostok'), id('Tunis')]), 'CHARTER_VIOLATION', 'G5');
  });

  it('checks G7 first: a member without a candidacy is refused under G7 even beside an ineligible one', async () => {
    await refused(() => world.desk.recordElectionResult(recent, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Tunis'), id('Lisbon')]), 'CHARTER_VIOLATION', 'G7');
  });

  it('elects an eligible member, whose fees need not be paid', async () => {
    await world.desk.leaveFeeUnpaid(id('Harare'), 2026);
    const elected = await world.desk.recordElectionResult(recent, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Tashkent'), id('Harare')]);
    accepted(elected);
    expect(elected.data.recordElectionResult.map((mandate: { member: { name: string } }) => mandate.member.name).sort()).toEqual(['Harare', 'Tashkent']);
  });
});

describe('G7 with G4: a President is in good standing on the day of the election', () => {
  it('refuses a candidate whose fees are now outstanding, and never makes it President', async () => {
    const refusal = await refused(() => world.desk.recordElectionResult(recent, 'PRESIDENT', [id('Helsinki')]), 'CHARTER_VIOLATION', 'G4');
    expect(refusal.errors![0]!.message).toContain('fees are not fully paid');
    expect((await world.desk.mandatesOf(id('Helsinki'))).filter((mandate) => mandate.position === 'PRESIDENT')).toEqual([]);
  });

  it('elects a candidate in good standing', async () => {
    const elected = await world.desk.recordElectionResult(recent, 'PRESIDENT', [id('Barcelona')]);
    accepted(elected);
    expect(elected.data.recordElectionResult[0]).toMatchObject({ position: 'PRESIDENT', startsOn: '2026-10-01', member: { name: 'Barcelona' } });
  });
});

describe('G7 more than 90 days after the Assembly opened: a historical record', () => {
  it('checks the candidacies only, not the member’s standing today', async () => {
    const recorded = await world.desk.recordElectionResult(historical, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Ningbo')]);
    accepted(recorded);
    expect(recorded.data.recordElectionResult[0]).toMatchObject({ startsOn: '2026-06-01', member: { name: 'Ningbo' } });
  });
});

describe('G4 and G5: a candidacy is received from a member, never before it joined', () => {
  it('refuses a notice dated before the member joined, and accepts one dated on that day', async () => {
    const newcomer = await world.desk.registerMember('Newborough', 'FULL', 'CITY', 'GB', '2026-09-01');
    for (const [position, rule] of [['EXECUTIVE_COMMITTEE_MEMBER', 'G5'], ['PRESIDENT', 'G4']] as const) {
      const refusal = await refused(() => world.desk.submitCandidacy(upcoming, newcomer, position, '2026-08-31'), 'CHARTER_VIOLATION', rule);
      expect(refusal.errors![0]!.message).toContain('joined WeGO on 2026-09-01');
    }
    accepted(await world.desk.submitCandidacy(upcoming, newcomer, 'EXECUTIVE_COMMITTEE_MEMBER', '2026-09-01'));
  });
});

describe('the calendar’s last day', () => {
  it('elects at an Assembly opening on 9999-12-31: the term runs to the calendar’s end', async () => {
    const far = await openGovernanceWorld({ today: '9999-12-31' as never });
    try {
      const assemblyId = await far.scheduled('GENERAL_ASSEMBLY', '9999-12-31', 'Seoul');
      await far.candidacies(assemblyId, 'PRESIDENT', '9999-11-30', ['Lisbon']);
      const elected = await far.desk.recordElectionResult(assemblyId, 'PRESIDENT', [far.id('Lisbon')]);
      accepted(elected);
      expect(elected.data.recordElectionResult[0]).toMatchObject({ startsOn: '9999-12-31', endsOn: '9999-12-31' });
    } finally {
      await far.graph.stop();
    }
  });
});

// Last in the file: it stops membership for good.
describe('membership down', () => {
  const membershipDown = once(() => world.graph.subgraphs.membership.host.stop());

  it('refuses a result within 90 days as UNAVAILABLE, retryable, and records nothing', async () => {
    await membershipDown();
    const answer = await refused(() => world.desk.recordElectionResult(recent, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Vladivostok')]), 'UNAVAILABLE');
    expect(answer.errors![0]!.extensions).toMatchObject({ retryable: true });
  });

  it('records a historical result without asking membership', async () => {
    await membershipDown();
    const answer = await world.desk.send(
      `mutation($input: RecordElectionResultInput!) { recordElectionResult(input: $input) { startsOn endsOn } }`,
      { input: { meetingId: historical, position: 'EXECUTIVE_COMMITTEE_MEMBER', electedMemberIds: [id('Kathmandu')] } },
    );
    accepted(answer);
    expect(answer.data.recordElectionResult).toEqual([{ startsOn: '2026-06-01', endsOn: '2026-09-30' }]);
  });
});
