import type { CalendarDate } from '@wego/calendar';
import { startGraph, type GraphUnderTest } from '../support/graph-under-test';
import { prepareCommitteeRace } from '../support/committee-race';
import { GovernanceDesk } from '../support/governance-desk';

/** The statute's twenty (G8), and the number of officers' results racing for the last seats. */
const SEATS = 20;
const CONCURRENT_RESULTS = 20;
const ROUNDS = 10;
/** Already elected before the race: with the EVP, one short of leaving nine seats. */
const ELECTED_BEFORE_THE_RACE = 10;

let graph: GraphUnderTest;
let desk: GovernanceDesk;
let founders: string[];

beforeAll(async () => {
  // Each round records a General Assembly of its own; "today" lies after all of them.
  // A connection for each racing result, so that they all reach the database at once and wait there, on its lock.
  graph = await startGraph({ executiveCommitteeMaxSeats: SEATS, today: '2080-01-01' as CalendarDate, poolSize: CONCURRENT_RESULTS + 2 });
  desk = await GovernanceDesk.asSecretariat(graph.query);
  founders = [...(await desk.memberIds()).values()];
});
afterAll(() => graph.stop());

async function distinctMembersOn(date: string): Promise<number> {
  return (await desk.committeeOn(date)).reduce((members, mandate) => members.add(mandate.member.id), new Set<string>()).size;
}

async function mandatesRecorded(): Promise<number> {
  const [row] = await graph.subgraphs.governance.dataSource.query('SELECT count(*)::int AS n FROM governance.mandate');
  return row.n;
}

describe('G8 with officers recording results at the same moment', () => {
  let host = '';

  for (let round = 0; round < ROUNDS; round += 1) {
    it(`keeps the Executive Committee within ${SEATS} members when ${CONCURRENT_RESULTS} results race for the last seats (round ${round + 1} of ${ROUNDS})`, async () => {
      const year = 2040 + 3 * round;
      // The host becomes EVP; after the first round it is chosen from the committee already seated, so scheduling adds nobody.
      host = host || founders[0]!;
      const { opensOn, meetingId, seated, racing } = await prepareCommitteeRace(desk, {
        year,
        host,
        members: founders,
        seatedCount: ELECTED_BEFORE_THE_RACE,
        racingCount: CONCURRENT_RESULTS,
      });
      const before = await mandatesRecorded();

      const answers = await Promise.all(racing.map((memberId) => desk.recordElectionResult(meetingId, 'EXECUTIVE_COMMITTEE_MEMBER', [memberId])));

      const accepted = answers.filter((answer) => !answer.errors);
      const seatsLeft = SEATS - 1 - ELECTED_BEFORE_THE_RACE;
      expect(accepted).toHaveLength(seatsLeft);
      for (const refused of answers.filter((answer) => answer.errors)) {
        expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CHARTER_VIOLATION', rule: 'G8' });
        expect(refused.data ?? null).toBeNull();
      }
      expect(await mandatesRecorded()).toBe(before + seatsLeft);
      expect(await distinctMembersOn(opensOn)).toBe(SEATS);
      expect(await distinctMembersOn(`${year + 1}-06-01`)).toBe(SEATS - 1);
      host = seated[0]!;
    });
  }
});
