import type { DataSource } from 'typeorm';
import { accepted, type GraphQLResponse } from '@wego/testing';
import { GovernanceDesk } from './governance-desk';
import { refusedWithoutChange } from './governance-tables';
import { startGraph, type GraphOptions, type GraphUnderTest } from './graph-under-test';

/** A graph of its own with the Secretariat's desk, its seeded members read by name. */
export interface GovernanceWorld {
  readonly graph: GraphUnderTest;
  readonly desk: GovernanceDesk;
  readonly dataSource: DataSource;
  /** The id of the seeded member of this name; an id no member has when there is none. */
  id(name: string): string;
  /** Sends a write that must be refused with this code (and rule), and checks that no governance table changed. */
  refused(send: () => Promise<GraphQLResponse>, code: string, rule?: string): Promise<GraphQLResponse>;
  /** Schedules a meeting that must be accepted, hosted by the named member; gives back its id. */
  scheduled(kind: string, opensOn: string, host: string, options?: { regular?: boolean; hostDesignatedOn?: string }): Promise<string>;
  /** Candidacies that must be accepted, all received on one day; gives back their ids by member name. */
  candidacies(meetingId: string, position: string, receivedOn: string, names: readonly string[]): Promise<Map<string, string>>;
}

/** Starts a graph and reads its members: the world a governance test records history in. */
export async function openGovernanceWorld(options: GraphOptions = {}): Promise<GovernanceWorld> {
  const graph = await startGraph(options);
  const desk = await GovernanceDesk.asSecretariat(graph.query);
  const ids = await desk.memberIds();
  const dataSource = graph.subgraphs.governance.dataSource;
  const id = (name: string): string => ids.get(name) ?? `unknown member ${name}`;
  return {
    graph,
    desk,
    dataSource,
    id,
    refused: (send, code, rule) => refusedWithoutChange(dataSource, send, code, rule),
    async scheduled(kind, opensOn, host, meetingOptions = {}) {
      return accepted(await desk.scheduleMeeting(kind, opensOn, id(host), meetingOptions), 'scheduleMeeting').data.scheduleMeeting.id;
    },
    async candidacies(meetingId, position, receivedOn, names) {
      const byName = new Map<string, string>();
      for (const name of names) {
        byName.set(name, accepted(await desk.submitCandidacy(meetingId, id(name), position, receivedOn), 'submitCandidacy').data.submitCandidacy.id);
      }
      return byName;
    },
  };
}

/**
 * The world the tests of one file share: opened before them (then `prepare`d), stopped after them.
 * Its members are read once opened, so a test reads them inside its body.
 */
export function governanceWorld(prepare?: (world: GovernanceWorld) => Promise<void>, options: GraphOptions = {}): GovernanceWorld {
  let opened: GovernanceWorld | undefined;
  const world = (): GovernanceWorld => {
    if (!opened) throw new Error('the governance world is read before it opened');
    return opened;
  };
  beforeAll(async () => {
    opened = await openGovernanceWorld(options);
    await prepare?.(opened);
  });
  afterAll(() => opened?.graph.stop());
  return {
    get graph() {
      return world().graph;
    },
    get desk() {
      return world().desk;
    },
    get dataSource() {
      return world().dataSource;
    },
    id: (name) => world().id(name),
    refused: (send, code, rule) => world().refused(send, code, rule),
    scheduled: (kind, opensOn, host, meetingOptions) => world().scheduled(kind, opensOn, host, meetingOptions),
    candidacies: (meetingId, position, receivedOn, names) => world().candidacies(meetingId, position, receivedOn, names),
  };
}

/** Runs `step` the first time a test asks for it, and gives its outcome to every later one: a test sets up what it needs, whether or not another ran before it. */
export function once<T>(step: () => Promise<T>): () => Promise<T> {
  let outcome: Promise<T> | undefined;
  return () => (outcome ??= step());
}
