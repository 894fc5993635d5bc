import type { GraphQLResponse } from '@wego/testing';
import { refusedWithoutChange } from '../support/governance-tables';
import { startGraph, type GraphUnderTest } from '../support/graph-under-test';
import { expectAccepted, GovernanceDesk } from '../support/governance-desk';

/*
 * G7 with G4/G5 at the election, and a candidacy received only from a member (joinedOn ≤ receivedOn),
 * today being 2026-11-27:
 *   the Assembly of 2026-10-01 opened 57 days ago: its results are the election itself;
 *   the Assembly of 2026-06-01 opened 179 days ago: a result recorded now is a historical record.
 */
let graph: GraphUnderTest;
let desk: GovernanceDesk;
let ids: Map<string, string>;
const id = (name: string): string => ids.get(name) ?? `unknown member ${name}`;
let recent = '';
let historical = '';
let upcoming = '';

const refused = (send: () => Promise<GraphQLResponse>, code: string, rule?: string) => refusedWithoutChange(graph.subgraphs.governance.dataSource, send, code, rule);

async function assembly(opensOn: string, host: string, hostDesignatedOn: string): Promise<string> {
  const answer = await desk.scheduleMeeting('GENERAL_ASSEMBLY', opensOn, id(host), { hostDesignatedOn });
  expectAccepted(answer);
  return answer.data.scheduleMeeting.id;
}

async function candidacy(meetingId: string, name: string, position: string, receivedOn: string): Promise<void> {
  expectAccepted(await desk.submitCandidacy(meetingId, id(name), position, receivedOn));
}

beforeAll(async () => {
  graph = await startGraph();
  desk = await GovernanceDesk.asSecretariat(graph.query);
  ids = await desk.memberIds();
  historical = await assembly('2026-06-01', 'Seoul', '2023-06-01');
  recent = await assembly('2026-10-01', 'Dakar', '2026-06-02');
  upcoming = await assembly('2029-06-15', 'Lisbon', '2026-10-02');
  await candidacy(historical, 'Ningbo', 'EXECUTIVE_COMMITTEE_MEMBER', '2026-04-01');
  await candidacy(historical, 'Kathmandu', 'EXECUTIVE_COMMITTEE_MEMBER', '2026-04-01');
  await candidacy(recent, 'Vladivostok', 'EXECUTIVE_COMMITTEE_MEMBER', '2026-08-01');
  await candidacy(recent, 'Helsinki', 'PRESIDENT', '2026-08-01');
  await candidacy(recent, 'Barcelona', 'PRESIDENT', '2026-08-01');
  for (const name of ['Tunis', 'Nanjing', 'Tashkent', 'Harare']) await candidacy(recent, name, 'EXECUTIVE_COMMITTEE_MEMBER', '2026-08-01');
  // After the candidacies were received: Tunis suspended, Nanjing withdrawn, Helsinki's fees outstanding.
  await desk.setMemberStatus(id('Tunis'), 'SUSPENDED');
  await desk.setMemberStatus(id('Nanjing'), 'WITHDRAWN');
  await desk.leaveFeeUnpaid(id('Helsinki'), 2026);
  await desk.setMemberStatus(id('Ningbo'), 'SUSPENDED');
});
afterAll(() => graph.stop());

describe('G7 with G5: an Executive Committee member is eligible on the day of the election', () => {
  it('refuses a member suspended since its candidacy, and one that withdrew from WeGO, writing nothing', async () => {
    const suspended = await refused(() => desk.recordElectionResult(recent, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Tunis')]), 'CHARTER_VIOLATION', 'G5');
    expect(suspended.errors![0]!.message).toContain('its membership is suspended');
    const withdrawn = await refused(() => desk.recordElectionResult(recent, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Nanjing')]), 'CHARTER_VIOLATION', 'G5');
    expect(withdrawn.errors![0]!.message).toContain('its membership is withdrawn');
  });

  it('refuses the whole call when one of those it elects is ineligible', async () => {
    await refused(() => desk.recordElectionResult(recent, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Tashkent'), id('Tunis')]), 'CHARTER_VIOLATION', 'G5');
  });

  it('checks G7 first: a member without a candidacy is refused under G7 even beside an ineligible one', async () => {
    await refused(() => desk.recordElectionResult(recent, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Tunis'), id('Lisbon')]), 'CHARTER_VIOLATION', 'G7');
  });

  it('elects an eligible member, whose fees need not be paid', async () => {
    await desk.leaveFeeUnpaid(id('Harare'), 2026);
    const elected = await desk.recordElectionResult(recent, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Tashkent'), id('Harare')]);
    expectAccepted(elected);
    expect(elected.data.recordElectionResult.map((mandate: { member: { name: string } }) => mandate.member.name).sort()).toEqual(['Harare', 'Tashkent']);
  });
});

describe('G7 with G4: a President is in good standing on the day of the election', () => {
  it('refuses a candidate whose fees are now outstanding, and never makes it President', async () => {
    const refusal = await refused(() => desk.recordElectionResult(recent, 'PRESIDENT', [id('Helsinki')]), 'CHARTER_VIOLATION', 'G4');
    expect(refusal.errors![0]!.message).toContain('fees are not fully paid');
    expect((await desk.mandatesOf(id('Helsinki'))).filter((mandate) => mandate.position === 'PRESIDENT')).toEqual([]);
  });

  it('elects a candidate in good standing', async () => {
    const elected = await desk.recordElectionResult(recent, 'PRESIDENT', [id('Barcelona')]);
    expectAccepted(elected);
    expect(elected.data.recordElectionResult[0]).toMatchObject({ position: 'PRESIDENT', startsOn: '2026-10-01', member: { name: 'Barcelona' } });
  });
});

describe('G7 more than 90 days after the Assembly opened: a historical record', () => {
  it('checks the candidacies only, not the member’s standing today', async () => {
    const recorded = await desk.recordElectionResult(historical, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Ningbo')]);
    expectAccepted(recorded);
    expect(recorded.data.recordElectionResult[0]).toMatchObject({ startsOn: '2026-06-01', member: { name: 'Ningbo' } });
  });
});

describe('G4 and G5: a candidacy is received from a member, never before it joined', () => {
  it('refuses a notice dated before the member joined, and accepts one dated on that day', async () => {
    const newcomer = await desk.registerMember('Newborough', 'FULL', 'CITY', 'GB', '2026-09-01');
    for (const [position, rule] of [['EXECUTIVE_COMMITTEE_MEMBER', 'G5'], ['PRESIDENT', 'G4']] as const) {
      const refusal = await refused(() => desk.submitCandidacy(upcoming, newcomer, position, '2026-08-31'), 'CHARTER_VIOLATION', rule);
      expect(refusal.errors![0]!.message).toContain('joined WeGO on 2026-09-01');
    }
    expectAccepted(await desk.submitCandidacy(upcoming, newcomer, 'EXECUTIVE_COMMITTEE_MEMBER', '2026-09-01'));
  });
});

describe('the calendar’s last day', () => {
  it('elects at an Assembly opening on 9999-12-31: the term runs to the calendar’s end', async () => {
    const farGraph = await startGraph({ today: '9999-12-31' as never });
    try {
      const far = await GovernanceDesk.asSecretariat(farGraph.query);
      const farIds = await far.memberIds();
      const scheduled = await far.scheduleMeeting('GENERAL_ASSEMBLY', '9999-12-31', farIds.get('Seoul')!);
      expectAccepted(scheduled);
      expectAccepted(await far.submitCandidacy(scheduled.data.scheduleMeeting.id, farIds.get('Lisbon')!, 'PRESIDENT', '9999-11-30'));
      const elected = await far.recordElectionResult(scheduled.data.scheduleMeeting.id, 'PRESIDENT', [farIds.get('Lisbon')!]);
      expectAccepted(elected);
      expect(elected.data.recordElectionResult[0]).toMatchObject({ startsOn: '9999-12-31', endsOn: '9999-12-31' });
    } finally {
      await farGraph.stop();
    }
  });
});

// Last in the file: it stops membership for good.
describe('membership down', () => {
  it('refuses a result within 90 days as UNAVAILABLE, retryable, and records nothing', async () => {
    await graph.subgraphs.membership.host.stop();
    const answer = await refused(() => desk.recordElectionResult(recent, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Vladivostok')]), 'UNAVAILABLE');
    expect(answer.errors![0]!.extensions).toMatchObject({ retryable: true });
  });

  it('records a historical result without asking membership', async () => {
    const answer = await desk.send(
      `mutation($input: RecordElectionResultInput!) { recordElectionResult(input: $input) { startsOn endsOn } }`,
      { input: { meetingId: historical, position: 'EXECUTIVE_COMMITTEE_MEMBER', electedMemberIds: [id('Kathmandu')] } },
    );
    expectAccepted(answer);
    expect(answer.data.recordElectionResult).toEqual([{ startsOn: '2026-06-01', endsOn: '2026-09-30' }]);
  });
});
