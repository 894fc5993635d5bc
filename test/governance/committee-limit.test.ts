import type { CalendarDate } from '@wego/calendar';
import { expectSeatsLeftTaken, prepareCommitteeRace } from '../support/committee-race';
import { governanceWorld } from '../support/governance-world';

/** The statute's twenty (G8), and the number of officers' results racing for the last seats. */
const SEATS = 20;
const CONCURRENT_RESULTS = 20;
const ROUNDS = 10;
/** Already elected before the race: with the EVP, one short of leaving nine seats. */
const ELECTED_BEFORE_THE_RACE = 10;

let founders: string[];

// Each round records a General Assembly of its own; "today" lies after all of them.
// A connection for each racing result, so that they all reach the database at once and wait there, on its lock.
const world = governanceWorld(
  async ({ desk }) => {
    founders = [...(await desk.memberIds()).values()];
  },
  { executiveCommitteeMaxSeats: SEATS, today: '2080-01-01' as CalendarDate, poolSize: CONCURRENT_RESULTS + 2 },
);

async function distinctMembersOn(date: string): Promise<number> {
  return (await world.desk.committeeOn(date)).reduce((members, mandate) => members.add(mandate.member.id), new Set<string>()).size;
}

async function mandatesRecorded(): Promise<number> {
  const [row] = await world.dataSource.query('SELECT count(*)::int AS n FROM governance.mandate');
  return row.n;
}

describe('G8 with officers recording results at the same moment', () => {
  for (let round = 0; round < ROUNDS; round += 1) {
    it(`keeps the Executive Committee within ${SEATS} members when ${CONCURRENT_RESULTS} results race for the last seats (round ${round + 1} of ${ROUNDS})`, async () => {
      // The host becomes EVP.
      const { year, opensOn, meetingId, racing } = await prepareCommitteeRace(world.desk, {
        round,
        members: founders,
        seatedCount: ELECTED_BEFORE_THE_RACE,
        racingCount: CONCURRENT_RESULTS,
      });
      const before = await mandatesRecorded();

      const answers = await Promise.all(racing.map((memberId) => world.desk.recordElectionResult(meetingId, 'EXECUTIVE_COMMITTEE_MEMBER', [memberId])));

      const seatsLeft = SEATS - 1 - ELECTED_BEFORE_THE_RACE;
      expectSeatsLeftTaken(answers, seatsLeft);
      expect(await mandatesRecorded()).toBe(before + seatsLeft);
      expect(await distinctMembersOn(opensOn)).toBe(SEATS);
      expect(await distinctMembersOn(`${year + 1}-06-01`)).toBe(SEATS - 1);
    });
  }
});
