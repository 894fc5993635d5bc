import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { addDays, type CalendarDate } from '@wego/calendar';
import { createSubgraphDataSource } from '@wego/database';
import { propertySettings } from '@wego/testing';
import { GovernanceDesk } from '../support/governance-desk';
import { pastOf, readGovernanceRecord, type GovernanceRecord, type PastOf } from '../support/governance-history';
import { electCommittee } from '../support/committee-builder';
import { governanceStep, GovernanceWorld, takeStep, type GovernanceStep, type KnownMeeting } from '../support/governance-steps';
import { governanceTables } from '../support/governance-tables';
import { startGraph, TODAY, type GraphUnderTest } from '../support/graph-under-test';
import { SteppingClock } from '../support/stepping-clock';

/*
 * G9 (amended), G12: history is stable. Random sequences of governance mutations, today moving
 * forward between them; after each step every answer about a date before today is what it was
 * before the step, unless the step itself named an earlier date (a designation, a mandate's end,
 * a past meeting's record, a correction of a meeting that already opened). A past meeting's record
 * (its nominations, its decisions) excuses what that meeting decided alone. A refused step changes
 * nothing at all. Replay a failure with WEGO_PROPERTY_SEED (and WEGO_PROPERTY_RUNS).
 */

const settings = propertySettings();
const RUNS = settings.runs ?? 25;
const SEED = settings.seed ?? (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
/**
 * Each run draws this many slots, about one in six left empty: 10 steps on average. A slot shrinks
 * to empty, so that a failure shrinks to the steps it needs.
 */
const SLOTS_PER_RUN = 12;

/** The members the steps choose from: founders, in good standing, joined in 2010. */
const MEMBERS = ['Seoul', 'Dakar', 'Lisbon', 'Chengdu', 'Nanjing', 'Berlin', 'Paris', 'Manila'];

/** Dates read once they are past, every 91 days around the start; the opening days of the meetings join them. */
const DATE_GRID: string[] = Array.from({ length: 64 }, (_, index) => addDays('2021-01-04' as CalendarDate, index * 91));

/** The tables a run writes; the audit trail is append-only and stays, as nothing the history reads comes from it. */
const RECORD_TABLES = ['absence', 'candidacy', 'decision', 'mandate', 'meeting', 'nomination'];

let graph: GraphUnderTest;
let admin: DataSource;
let desk: GovernanceDesk;
let memberIds: string[];
let members: Map<string, string>;
const clock = new SteppingClock(TODAY);
const tally = { runs: 0, steps: 0, compared: 0, excused: 0, partly: 0, refused: 0 };
/** Accepted and refused steps of each kind, so that a run shows what it exercised. */
const byKind: Record<string, { accepted: number; refused: number }> = {};

beforeAll(async () => {
  graph = await startGraph({ clock, operationLimits: { maxAliases: 200, maxTokens: 20000, maxCost: 1_000_000 } });
  admin = await createSubgraphDataSource({ url: graph.adminUrl, schema: 'public', entities: [], migrations: [], poolSize: 1 }).initialize();
  desk = await GovernanceDesk.asSecretariat(graph.query);
  const ids = await desk.memberIds();
  memberIds = MEMBERS.map((name) => ids.get(name) ?? `unknown member ${name}`);
  members = new Map(memberIds.map((id, index) => [id, MEMBERS[index]!]));
});
afterAll(async () => {
  await admin?.destroy();
  await graph?.stop();
});

function readRecord(world: GovernanceWorld): Promise<GovernanceRecord> {
  return readGovernanceRecord(graph.query, [...DATE_GRID, ...world.meetings.map((meeting) => meeting.opensOn)].filter((day) => day < world.today()), memberIds);
}

/** At most this many answers that moved are shown, the earliest dates first. */
const DIFFERENCES_SHOWN = 6;

/** The answers that differ between two readings of the same past: what each lost and gained. */
function differences(before: PastOf, after: PastOf): string[] {
  const found: string[] = [];
  const compare = (what: string, was: readonly unknown[] = [], is: readonly unknown[] = []) => {
    const [wasText, isText] = [was.map((entry) => JSON.stringify(entry)), is.map((entry) => JSON.stringify(entry))];
    if (wasText.join() === isText.join()) return;
    const lost = wasText.filter((entry) => !isText.includes(entry));
    const gained = isText.filter((entry) => !wasText.includes(entry));
    found.push(`${what}: lost [${lost.join(', ')}], gained [${gained.join(', ')}]${lost.length + gained.length === 0 ? ' (reordered)' : ''}`);
  };
  for (const day of [...new Set([...Object.keys(before.committeeOn), ...Object.keys(after.committeeOn)])].sort()) {
    compare(`executiveCommittee(on: ${day})`, before.committeeOn[day], after.committeeOn[day]);
  }
  compare('meetings opened, with their chairs and decisions', before.meetings, after.meetings);
  for (const memberId of Object.keys(before.mandatesOf)) compare(`Member.mandates of ${memberId}`, before.mandatesOf[memberId], after.mandatesOf[memberId]);
  return found.length > DIFFERENCES_SHOWN ? [...found.slice(0, DIFFERENCES_SHOWN), `and ${found.length - DIFFERENCES_SHOWN} more`] : found;
}

const outcomeOf = (answer: { errors?: Array<{ extensions?: Record<string, unknown> }> } | null): string => {
  if (!answer) return 'done';
  if (!answer.errors) return 'accepted';
  const extensions = answer.errors[0]?.extensions ?? {};
  return `refused ${String(extensions.code)}${extensions.rule ? ` ${String(extensions.rule)}` : ''}`;
};

const idOf = (name: string): string => memberIds[MEMBERS.indexOf(name)] ?? `unknown member ${name}`;

/**
 * Every run starts from the same recorded history, so that its steps find a President, a
 * Committee, an EVP and meetings to act on: the 2024 Assembly (hosted by Seoul, designated at the
 * one before) elected Chengdu President and four Committee members; Dakar, designated at it,
 * hosts the next one in 2027; the Committee met in 2025 and nominated Nanjing and Berlin for Vice
 * President, so that appointments find a nomination from the first step.
 */
async function recordHistory(world: GovernanceWorld): Promise<void> {
  await electCommittee(desk, {
    opensOn: '2024-06-03',
    hostMemberId: idOf('Seoul'),
    hostDesignatedOn: '2021-06-03',
    presidentId: idOf('Chengdu'),
    memberIds: ['Nanjing', 'Berlin', 'Paris', 'Lisbon'].map(idOf),
  });
  for (const answer of [
    await desk.scheduleMeeting('GENERAL_ASSEMBLY', '2027-06-01', idOf('Dakar'), { hostDesignatedOn: '2024-06-04' }),
    await desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2025-05-12', idOf('Lisbon')),
  ]) {
    if (answer.errors) throw new Error(`recording the history failed: ${JSON.stringify(answer.errors)}`);
  }
  const listed = await graph.query(`{ meetings { id kind opensOn candidacyDeadline } }`);
  world.meetings = (listed.data.meetings as Array<Omit<KnownMeeting, 'cancelled'>>).map((meeting) => ({ ...meeting, cancelled: false }));
  const committee = world.meetings.find((meeting) => meeting.kind === 'EXECUTIVE_COMMITTEE')!;
  const nominees = ['Nanjing', 'Berlin'].map(idOf);
  const nominated = await desk.nominateVicePresidents(committee.id, nominees);
  if (nominated.errors) throw new Error(`recording the history failed: ${JSON.stringify(nominated.errors)}`);
  world.nominations = nominees.map((memberId) => ({ meetingId: committee.id, opensOn: committee.opensOn, memberId }));
}

async function startRun(): Promise<GovernanceWorld> {
  await admin.query(`TRUNCATE ${RECORD_TABLES.map((table) => `governance.${table}`).join(', ')} CASCADE`);
  clock.restart();
  tally.runs += 1;
  const world = new GovernanceWorld(desk, clock, members);
  await recordHistory(world);
  return world;
}

/** `past` without the decisions of `meetings`, which the step that wrote their record may change. */
function withoutDecisionsOf(past: PastOf, meetings: ReadonlySet<string>): PastOf {
  return {
    ...past,
    meetings: past.meetings.map((meeting) => (meetings.has(meeting.id) ? { ...meeting, answers: { ...meeting.answers, decisions: 'written by this step' } } : meeting)),
  };
}

/** `text` with each member's id replaced by its name. */
const named = (text: string): string => memberIds.reduce((result, id, index) => result.split(id).join(MEMBERS[index]!), text);

/** Takes the steps in order, checking the past after each; throws with the steps taken when an answer moved. */
async function historyStaysStable(slots: ReadonlyArray<GovernanceStep | null>): Promise<void> {
  const steps = slots.filter((step): step is GovernanceStep => step !== null);
  const world = await startRun();
  const log: string[] = [`from the recorded history, today ${clock.today()}`];
  let record = await readRecord(world);
  world.mandates = Object.values(record.mandatesOf).flat();
  for (const step of steps) {
    const today = clock.today();
    const tablesBefore = await governanceTables(graph.subgraphs.governance.dataSource);
    const outcome = await takeStep(world, step);
    const result = outcomeOf(outcome.answer);
    log.push(`${outcome.description} (today ${today}): ${result}`);
    tally.steps += 1;
    byKind[step.kind] ??= { accepted: 0, refused: 0 };
    byKind[step.kind]![outcome.answer?.errors ? 'refused' : 'accepted'] += 1;
    const next = await readRecord(world);
    const fail = (why: string, details: string[]) => {
      throw new Error(named(`${why}\nsteps:\n  ${log.join('\n  ')}\n${details.map((line) => `  ${line}`).join('\n')}`));
    };
    if (outcome.answer?.errors) {
      tally.refused += 1;
      const tablesAfter = await governanceTables(graph.subgraphs.governance.dataSource);
      if (JSON.stringify(tablesAfter) !== JSON.stringify(tablesBefore)) fail('a refused step wrote to governance', [JSON.stringify({ tablesBefore, tablesAfter })]);
    }
    const excused = outcome.answer !== null && !outcome.answer.errors && outcome.namesEarlierDate !== null;
    if (excused && !outcome.decisionsOf) {
      tally.excused += 1;
    } else {
      tally.compared += 1;
      if (excused) tally.partly += 1;
      const spared = new Set(excused ? outcome.decisionsOf : []);
      const moved = differences(withoutDecisionsOf(pastOf(record, today), spared), withoutDecisionsOf(pastOf(next, today), spared));
      if (moved.length > 0) fail(`the answers for dates before ${today} changed`, moved);
    }
    record = next;
    world.mandates = Object.values(record.mandatesOf).flat();
  }
}

describe('G9 history is stable under any sequence of governance changes', () => {
  it(
    'answers nothing new about a date before today unless the change names one',
    async () => {
      console.log(`stable history: seed ${SEED}, ${RUNS} runs of up to ${SLOTS_PER_RUN} steps (replay with WEGO_PROPERTY_SEED=${SEED})`);
      try {
        const slots = fc.array(fc.option(governanceStep, { nil: null, freq: 6 }), { minLength: SLOTS_PER_RUN, maxLength: SLOTS_PER_RUN });
        await fc.assert(fc.asyncProperty(slots, historyStaysStable), { seed: SEED, numRuns: RUNS });
      } finally {
        console.log(
          `stable history: seed ${SEED}; ${tally.runs} runs, ${tally.steps} steps checked ` +
            `(${tally.compared} compared with the past, ${tally.partly} of them beyond the past meeting's record they wrote; ` +
            `${tally.excused} accepted naming an earlier date, ${tally.refused} refused); ` +
            Object.entries(byKind)
              .map(([kind, count]) => `${kind} ${count.accepted}+${count.refused}`)
              .join(', ') +
            ' (accepted+refused)',
        );
      }
    },
    30 * 60 * 1000,
  );
});
