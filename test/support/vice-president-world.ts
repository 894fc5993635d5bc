import type { DataSource } from 'typeorm';
import { testTokens, type GraphQLResponse } from '@wego/testing';
import { electCommittee, type ElectedCommittee } from './committee-builder';
import { GovernanceDesk } from './governance-desk';
import { startGraph, type GraphUnderTest } from './graph-under-test';

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
export interface VicePresidentWorld {
  graph: GraphUnderTest;
  desk: GovernanceDesk;
  dataSource: DataSource;
  id(name: string): string;
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

function accepted(what: string, answer: GraphQLResponse): GraphQLResponse {
  if (answer.errors) throw new Error(`${what} was refused: ${JSON.stringify(answer.errors)}`);
  return answer;
}

export async function vicePresidentWorld(): Promise<VicePresidentWorld> {
  const graph = await startGraph();
  const desk = await GovernanceDesk.asSecretariat(graph.query);
  const ids = await desk.memberIds();
  const id = (name: string): string => ids.get(name) ?? `unknown member ${name}`;
  const era2022 = await electCommittee(desk, { opensOn: '2022-10-04', hostMemberId: id('Bangkok'), presidentId: id('Amsterdam'), memberIds: ['Agra', 'Berlin'].map(id) });
  const era2025 = await electCommittee(desk, {
    opensOn: '2025-10-01',
    hostMemberId: id('Bangkok'),
    presidentId: id('Lisbon'),
    memberIds: [...COMMITTEE_2025, 'Lisbon'].map(id),
  });
  const meeting = async (opensOn: string) => accepted('scheduleMeeting', await desk.scheduleMeeting('EXECUTIVE_COMMITTEE', opensOn, id('Nanjing'))).data.scheduleMeeting.id as string;
  return {
    graph,
    desk,
    dataSource: graph.subgraphs.governance.dataSource,
    id,
    era2022,
    era2025,
    committeeMeeting2023: await meeting('2023-05-10'),
    committeeMeeting2026: await meeting('2026-02-10'),
    asMember: async (name) => desk.as(await testTokens.member(id(name))),
    async nominate(meetingId, names) {
      accepted('nominateVicePresidents', await desk.nominateVicePresidents(meetingId, names.map(id)));
    },
    async appoint(name, startsOn) {
      return accepted('appointVicePresident', await desk.appointVicePresident(id(name), startsOn)).data.appointVicePresident.id;
    },
    seatOf(era, name) {
      const seat = era.mandateOf.get(id(name));
      if (!seat) throw new Error(`${name} has no seat in that era`);
      return seat.id;
    },
  };
}
