import { accepted, testTokens } from '@wego/testing';
import { electCommittee, type ElectedCommittee } from './committee-builder';
import type { GovernanceDesk } from './governance-desk';
import { openGovernanceWorld, type GovernanceWorld } from './governance-world';

/** Members of the Executive Committee elected in 2025, seated until 2028-09-30. */
export const COMMITTEE_2025 = ['Agra', 'Chengdu', 'Minsk', 'Barcelona', 'Caracas', 'Seoul', 'Dakar'] as const;

/**
 * A graph of its own, today being 2026-11-27, with two eras on record:
 * - the General Assembly of 2022-10-04 elected Amsterdam President and Agra and Berlin to the
 *   Executive Committee (terms to 2025-09-30); the Committee met on 2023-05-10;
 * - the General Assembly of 2025-10-01 elected Lisbon President (and to the Committee) and
 *   COMMITTEE_2025 (terms to 2028-09-30); the Committee met on 2026-02-10.
 * Nobody is nominated yet: each test nominates whom it needs.
 */
export interface VicePresidentWorld extends GovernanceWorld {
  era2022: ElectedCommittee;
  era2025: ElectedCommittee;
  committeeMeeting2023: string;
  committeeMeeting2026: string;
  /** The desk acting with the member token of the named member. */
  asMember(name: string): Promise<GovernanceDesk>;
  /** The Executive Committee meeting nominates the named members; a refusal fails the setup. */
  nominate(meetingId: string, names: readonly string[]): Promise<void>;
  /** The Secretariat records an appointment; a refusal fails the setup. Gives back the Vice President mandate's id. */
  appoint(name: string, startsOn: string): Promise<string>;
  /** The named member's seat of an era. */
  seatOf(era: ElectedCommittee, name: string): string;
}

export async function vicePresidentWorld(): Promise<VicePresidentWorld> {
  const world = await openGovernanceWorld();
  const { desk, id } = world;
  const era2022 = await electCommittee(desk, { opensOn: '2022-10-04', hostMemberId: id('Bangkok'), presidentId: id('Amsterdam'), memberIds: ['Agra', 'Berlin'].map(id) });
  const era2025 = await electCommittee(desk, {
    opensOn: '2025-10-01',
    hostMemberId: id('Bangkok'),
    presidentId: id('Lisbon'),
    memberIds: [...COMMITTEE_2025, 'Lisbon'].map(id),
  });
  return {
    ...world,
    era2022,
    era2025,
    committeeMeeting2023: await world.scheduled('EXECUTIVE_COMMITTEE', '2023-05-10', 'Nanjing'),
    committeeMeeting2026: await world.scheduled('EXECUTIVE_COMMITTEE', '2026-02-10', 'Nanjing'),
    asMember: async (name) => desk.as(await testTokens.member(id(name))),
    async nominate(meetingId, names) {
      accepted(await desk.nominateVicePresidents(meetingId, names.map(id)), 'nominateVicePresidents');
    },
    async appoint(name, startsOn) {
      return accepted(await desk.appointVicePresident(id(name), startsOn), 'appointVicePresident').data.appointVicePresident.id;
    },
    seatOf(era, name) {
      const seat = era.mandateOf.get(id(name));
      if (!seat) throw new Error(`${name} has no seat in that era`);
      return seat.id;
    },
  };
}

/** Gives each test that asks a world of its own, and stops them all after it. */
export function vicePresidentWorlds(): () => Promise<VicePresidentWorld> {
  let opened: VicePresidentWorld[] = [];
  afterEach(async () => {
    await Promise.all(opened.map((world) => world.graph.stop()));
    opened = [];
  });
  return async () => {
    const world = await vicePresidentWorld();
    opened.push(world);
    return world;
  };
}
