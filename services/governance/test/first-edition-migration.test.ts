import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createTestDatabase, testTokens, type TestDatabase } from '@wego/testing';
import { createGovernanceDataSource, GOVERNANCE_SCHEMA, setUpGovernanceDatabase } from '../src/database';
import { GOVERNANCE_MIGRATIONS } from '../src/migrations';
import { FIRST_EDITION_MANDATES, FIRST_EDITION_MEETINGS, FIRST_EDITION_MEMBER_NAMES, FIRST_EDITION_MEMBERS, firstEditionHistoryStatements } from './first-edition-history';
import { firstEditionQuestions, questionDates, type Question } from './first-edition-questions';
import { serveGovernance, type GovernanceUnderTest } from './governance-harness';
import { startMembershipStub, type MembershipStub } from './membership-stub';

/** The last migration of the first release: a database it made has these and no other. */
const LAST_FIRST_EDITION_MIGRATION = 'KeepIdempotencyKeys1764400000000';

interface Answer {
  data: unknown;
  errors?: unknown;
}

/**
 * The baseline: what the previous release answered. It was captured by building that release
 * (commit 02dcb96), starting its governance server on a database its own setup had made and this
 * history had been inserted into, asking it every question of first-edition-questions.ts as the
 * gateway would, and writing down each answer (the file says so too). Recapture it only from that
 * release: it is a record of what it answered, not of what this one answers.
 */
const baseline = JSON.parse(readFileSync(join(__dirname, 'first-edition-answers.json'), 'utf8')) as {
  release: string;
  today: string;
  migrations: string[];
  answers: Record<string, Answer & Pick<Question, 'query' | 'variables'>>;
};

const member = (key: keyof typeof FIRST_EDITION_MEMBERS) => FIRST_EDITION_MEMBERS[key].id;
const meetingId = (key: keyof typeof FIRST_EDITION_MEETINGS) => FIRST_EDITION_MEETINGS[key].id;

/**
 * G12 (amended): the chairs that differ from what the first release answered, and why. Every other
 * meeting keeps its chair.
 */
const CHAIR_CHANGES: Record<string, { was: string | null; now: string | null; why: string }> = {
  [meetingId('ga2017')]: {
    was: member('seoul'),
    now: member('chengdu'),
    why: 'an Assembly is chaired by the President of the day before it opens; none sat before the first Assembly on record, and a vacant presidency counts as absence, so the EVP of the opening day (its host) chairs',
  },
  [meetingId('ga2020')]: { was: member('mexicoCity'), now: member('seoul'), why: 'the outgoing President chairs an Assembly, not the President it elects' },
  [meetingId('ga2024')]: {
    was: member('seoul'),
    now: member('kazan'),
    why: 'the presidency was vacant the day before the Assembly opened (a vacancy counts as absence): its host, the EVP of the opening day, chairs',
  },
  [meetingId('ga2027')]: { was: null, now: member('seoul'), why: 'the outgoing President, whose term ends the day before the Assembly opens, chairs it' },
  [meetingId('excom2023')]: { was: null, now: member('kazan'), why: 'a vacant presidency counts as absence: the EVP chairs' },
  [meetingId('excom2025')]: { was: member('bogota'), now: null, why: 'a member recorded absent never chairs: the President and the EVP were both recorded absent' },
};

/** The first release's answer with the G12 chairs changed as amended; nothing else differs. */
function amended(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(amended);
  if (value === null || typeof value !== 'object') return value;
  const object = Object.fromEntries(Object.entries(value).map(([key, field]) => [key, amended(field)]));
  const change = typeof object.id === 'string' ? CHAIR_CHANGES[object.id] : undefined;
  if (change && 'chair' in object) object.chair = change.now === null ? null : { id: change.now };
  return object;
}

/** Charter issues the first release reported: these stay exactly as they were. */
const FIRST_EDITION_ISSUE_RULES = new Set(['G10', 'G11']);
/** Charter issues the amended rules report (G1, G2, G7, G12); the first release reported none of them. */
const AMENDED_ISSUE_RULES = new Set(['G1', 'G2', 'G7', 'G12']);

/** The amended rules' issues this history raises on `date`. */
function amendedIssueRulesOn(date: string): string[] {
  const rules: string[] = [];
  // G1: the Assembly after 2020's opened more than three years later; none is scheduled after 2027's.
  if ((date >= '2020-08-26' && date <= '2024-03-11') || date >= '2027-02-17') rules.push('G1');
  // G2: no regular Committee meeting (not cancelled) in 2020, 2024, 2027 or 2028, after earlier years that had one.
  if (['2020', '2024', '2027', '2028'].includes(date.slice(0, 4))) rules.push('G2');
  // G7: the presidency is vacant between the 2020 term's end and the 2024 Assembly, and after the 2024 term.
  if ((date >= '2023-08-25' && date <= '2024-03-11') || date >= '2027-02-16') rules.push('G7');
  // G12: the 2025 Committee meeting has no chair.
  if (date === '2025-05-13') rules.push('G12');
  return rules;
}

/** A rule added after the amendments (G13 on): its issues are new by definition, and tested where it is. */
const isLaterRule = (rule: string) => /^G\d+$/.test(rule) && Number(rule.slice(1)) > 12;

let membership: MembershipStub;
let database: TestDatabase;
let governance: GovernanceUnderTest;
let admin: DataSource;
let firstEditionSetup: Awaited<ReturnType<typeof setUpGovernanceDatabase>>;
let secondEditionSetup: Awaited<ReturnType<typeof setUpGovernanceDatabase>>;
let secretariatToken: string;

const urls = () => ({ adminUrl: database.url, runtimeUrl: database.runtimeUrlOf(GOVERNANCE_SCHEMA) });

beforeAll(async () => {
  membership = await startMembershipStub(FIRST_EDITION_MEMBER_NAMES);
  database = await createTestDatabase('first_edition_migration');
  firstEditionSetup = await setUpGovernanceDatabase(urls(), { migrationsThrough: LAST_FIRST_EDITION_MIGRATION });
  admin = await createGovernanceDataSource(database.url, { poolSize: 1 }).initialize();
  for (const statement of firstEditionHistoryStatements()) await admin.query(statement);
  secondEditionSetup = await setUpGovernanceDatabase(urls());
  governance = await serveGovernance(database, { membershipUrl: membership.url });
  secretariatToken = await testTokens.secretariat();
});

afterAll(async () => {
  await governance?.stop();
  await admin?.destroy();
  await database?.drop();
  await membership?.stop();
});

async function ask(question: Pick<Question, 'query' | 'variables' | 'asSecretariat'>): Promise<Answer> {
  const response = await governance.query(question.query, { variables: question.variables, ...(question.asSecretariat ? { token: secretariatToken } : {}) });
  return { data: response.data ?? null, ...(response.errors ? { errors: response.errors } : {}) };
}

async function askEverything(): Promise<Record<string, Answer>> {
  const answers: Record<string, Answer> = {};
  for (const question of firstEditionQuestions()) answers[question.name] = await ask(question);
  return answers;
}

const recorded = (name: string): Answer => {
  const { data, errors } = baseline.answers[name]!;
  return { data, ...(errors ? { errors } : {}) };
};

/** Every row the first release wrote, in its columns only, in a fixed order. */
async function firstEditionRows(): Promise<unknown[]> {
  const rows: unknown[] = [];
  for (const statement of [
    'SELECT id, kind, opens_on, host_member_id, cancelled_at FROM governance.meeting ORDER BY id',
    'SELECT meeting_id, member_id FROM governance.absence ORDER BY meeting_id, member_id',
    'SELECT id, member_id, position, starts_on, ends_on, source_meeting_id, area, ended_early_on, beside_mandate_id FROM governance.mandate ORDER BY id',
    'SELECT id, meeting_id, member_id, position, received_on, status FROM governance.candidacy ORDER BY id',
    'SELECT id, at, actor, role, operation, entity_type, entity_id, before, after, request_id FROM governance.audit_entry ORDER BY id',
    'SELECT id, at, actor, role, operation, entity_id, input, code, rule, message, request_id FROM governance.refused_attempt ORDER BY id',
  ]) {
    rows.push(await admin.query(statement));
  }
  return rows;
}

const MEETING_FIELDS = `{ meetings(includeCancelled: true) { id kind regular hostDesignatedOn cancelled cancelledOn } }`;

interface MeetingFields {
  id: string;
  kind: string;
  regular: boolean;
  hostDesignatedOn: string | null;
  cancelled: boolean;
  cancelledOn: string | null;
}

async function meetingFields(): Promise<Map<string, MeetingFields>> {
  const answer = await governance.query<{ meetings: MeetingFields[] }>(MEETING_FIELDS);
  expect(answer.errors).toBeUndefined();
  return new Map(answer.data!.meetings.map((meeting) => [meeting.id, meeting]));
}

describe('the baseline', () => {
  it('is the previous release’s answer to each question asked here, on a database of its four migrations', () => {
    expect(baseline.today).toBe('2026-11-27');
    expect(baseline.migrations).toEqual(firstEditionSetup.migrations);
    const questions = firstEditionQuestions();
    expect(Object.keys(baseline.answers)).toEqual(questions.map((question) => question.name));
    for (const question of questions) expect(baseline.answers[question.name]).toMatchObject({ query: question.query, variables: question.variables });
  });

  it('records the chairs that the amended G12 changes as the first release gave them', () => {
    for (const [id, change] of Object.entries(CHAIR_CHANGES)) {
      const key = Object.entries(FIRST_EDITION_MEETINGS).find(([, meeting]) => meeting.id === id)![0];
      const { meeting } = recorded(`meeting(${key})`).data as { meeting: { chair: { id: string } | null } };
      expect({ id, chair: meeting.chair?.id ?? null }).toEqual({ id, chair: change.was });
    }
  });
});

describe('setting up a database of the first release', () => {
  it('runs its four migrations only, then the later ones, in order', () => {
    const names = GOVERNANCE_MIGRATIONS.map((migration) => migration.name);
    const firstEditionCount = names.indexOf(LAST_FIRST_EDITION_MIGRATION) + 1;
    expect(firstEditionSetup.migrations).toEqual(names.slice(0, firstEditionCount));
    expect(secondEditionSetup.migrations).toEqual(names.slice(firstEditionCount));
    expect(secondEditionSetup.migrations).toContain('DistinguishRegularMeetings1764500000000');
  });
});

describe('after the migration, every question is answered as the first release answered it, the amended rules aside', () => {
  const questions = firstEditionQuestions().filter((question) => !question.name.startsWith('charterIssues('));

  it.each(questions.map((question) => [question.name, question] as const))('%s', async (name, question) => {
    // Differences allowed: G12 chairs (CHAIR_CHANGES) and nothing else.
    expect(await ask(question)).toEqual(amended(recorded(name)));
  });

  it.each(questionDates())('charterIssues(%s): the first release’s issues unchanged, the amended rules’ issues added', async (on) => {
    const name = `charterIssues(${on})`;
    const question = firstEditionQuestions().find((candidate) => candidate.name === name)!;
    const answer = await ask(question);
    expect(answer.errors).toBeUndefined();
    const issues = (answer.data as { charterIssues: Array<{ rule: string; message: string }> }).charterIssues;
    const before = (recorded(name).data as { charterIssues: Array<{ rule: string; message: string }> }).charterIssues;
    expect(issues.filter((issue) => FIRST_EDITION_ISSUE_RULES.has(issue.rule))).toEqual(before);
    // G1, G2, G7 and G12 issues are new (amended rules); the first release reported none of them.
    expect(issues.filter((issue) => AMENDED_ISSUE_RULES.has(issue.rule)).map((issue) => issue.rule)).toEqual(amendedIssueRulesOn(on));
    const others = issues.filter((issue) => !FIRST_EDITION_ISSUE_RULES.has(issue.rule) && !AMENDED_ISSUE_RULES.has(issue.rule));
    expect(others.filter((issue) => !isLaterRule(issue.rule))).toEqual([]);
  });
});

describe('what the migration adds to the records', () => {
  it('makes every meeting regular, and designates each Assembly on the first day of the EVP period it had (G9)', async () => {
    const fields = await meetingFields();
    expect(fields.size).toBe(Object.keys(FIRST_EDITION_MEETINGS).length);
    for (const meeting of fields.values()) expect(meeting.regular).toBe(true);
    const designations = Object.fromEntries(
      Object.entries(FIRST_EDITION_MEETINGS)
        .filter(([, meeting]) => meeting.kind === 'GENERAL_ASSEMBLY')
        .map(([key, meeting]) => [key, fields.get(meeting.id)!.hostDesignatedOn]),
    );
    expect(designations).toEqual({
      ga2017: '2014-09-12', // the first on record: three years before it opens
      cancelledGa2020: null, // cancelled before: it gives its host no day
      ga2020: '2017-09-13',
      ga2024: '2020-08-26',
      ga2027: '2024-03-13',
    });
    // Each is the first day of the EVP mandate the first release derived for that Assembly.
    const evpMandates = (recorded('_entities(Mandate)').data as { _entities: Array<{ id: string; startsOn: string } | null> })._entities;
    for (const [key, designated] of Object.entries(designations)) {
      const evp = evpMandates.find((mandate) => mandate?.id === `evp:${meetingId(key as keyof typeof FIRST_EDITION_MEETINGS)}`);
      expect({ key, startsOn: evp?.startsOn ?? null }).toEqual({ key, startsOn: designated });
    }
    for (const [, meeting] of Object.entries(FIRST_EDITION_MEETINGS).filter(([, meeting]) => meeting.kind === 'EXECUTIVE_COMMITTEE')) {
      expect(fields.get(meeting.id)!.hostDesignatedOn).toBeNull();
    }
  });

  it('records the day in Seoul each cancelled meeting was cancelled, and keeps it off every date', async () => {
    const fields = await meetingFields();
    const cancelled = [...fields.values()].filter((meeting) => meeting.cancelled).map(({ id, cancelledOn }) => ({ id, cancelledOn }));
    expect(cancelled).toEqual([
      { id: meetingId('cancelledExcom2020'), cancelledOn: '2020-03-20' },
      { id: meetingId('cancelledGa2020'), cancelledOn: '2020-03-20' },
    ]);
    for (const meeting of fields.values()) if (!meeting.cancelled) expect(meeting.cancelledOn).toBeNull();
    const cancelledEvp = `evp:${meetingId('cancelledGa2020')}`;
    for (const on of questionDates()) {
      const answer = await governance.query<{ executiveCommittee: Array<{ id: string; position: string; member: { id: string } }> }>(
        `query($on: Date) { executiveCommittee(on: $on) { id position member { id } } }`,
        { variables: { on } },
      );
      expect(answer.data!.executiveCommittee.map((mandate) => mandate.id)).not.toContain(cancelledEvp);
      const evp = answer.data!.executiveCommittee.filter((mandate) => mandate.position === 'EXECUTIVE_VICE_PRESIDENT').map((mandate) => mandate.member.id);
      expect(evp).not.toContain(member('jakarta'));
    }
    // On the day the cancelled Assembly would have opened, the next one's host is EVP.
    const onTheDay = await governance.query(`{ executiveCommittee(on: "2020-06-09") { id position member { id } } }`);
    expect(onTheDay.data.executiveCommittee.filter((mandate: { position: string }) => mandate.position === 'EXECUTIVE_VICE_PRESIDENT')).toEqual([
      { id: `evp:${meetingId('ga2020')}`, position: 'EXECUTIVE_VICE_PRESIDENT', member: { id: member('istanbul') } },
    ]);
  });

  it('keeps every Vice President mandate listed, and active on each of its days', async () => {
    const vicePresidents = Object.values(FIRST_EDITION_MANDATES).filter((mandate) => mandate.position === 'VICE_PRESIDENT');
    expect(vicePresidents).toHaveLength(14);
    for (const vicePresident of vicePresidents) {
      const listed = await governance.query(`query($id: _Any!) { _entities(representations: [$id]) { ... on Member { mandates { id position startsOn endsOn } } } }`, {
        variables: { id: { __typename: 'Member', id: member(vicePresident.member) } },
      });
      expect(listed.data._entities[0].mandates).toContainEqual({ id: vicePresident.id, position: 'VICE_PRESIDENT', startsOn: vicePresident.startsOn, endsOn: vicePresident.endsOn });
      for (const on of [vicePresident.startsOn, vicePresident.endsOn]) {
        const committee = await governance.query(`query($on: Date) { executiveCommittee(on: $on) { id } }`, { variables: { on } });
        expect(committee.data.executiveCommittee).toContainEqual({ id: vicePresident.id });
      }
    }
  });
});

describe('running the setup again', () => {
  it('changes nothing: no migration, the same rows, the same answers', async () => {
    const rows = await firstEditionRows();
    const fields = await meetingFields();
    const answers = await askEverything();
    const again = await setUpGovernanceDatabase(urls());
    expect(again.migrations).toEqual([]);
    expect(await firstEditionRows()).toEqual(rows);
    expect(await meetingFields()).toEqual(fields);
    expect(await askEverything()).toEqual(answers);
  });
});

describe('undoing the later migrations, then running the setup', () => {
  it('returns the schema to the first release’s with every row kept, and migrates it again to the same answers', async () => {
    const rows = await firstEditionRows();
    const fields = await meetingFields();
    const answers = await askEverything();
    const owner = await createGovernanceDataSource(database.url, { poolSize: 1, role: secondEditionSetup.roles.owner }).initialize();
    try {
      for (let undone = 0; undone < secondEditionSetup.migrations.length; undone++) await owner.undoLastMigration({ transaction: 'each' });
    } finally {
      await owner.destroy();
    }
    const applied: Array<{ name: string }> = await admin.query('SELECT name FROM governance.migrations ORDER BY id');
    expect(applied.map((migration) => migration.name)).toEqual(firstEditionSetup.migrations);
    const columns: Array<{ column_name: string }> = await admin.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'governance' AND table_name = 'meeting' ORDER BY ordinal_position`,
    );
    expect(columns.map((column) => column.column_name)).toEqual(['id', 'kind', 'opens_on', 'host_member_id', 'cancelled_at']);
    expect(await firstEditionRows()).toEqual(rows);

    const redone = await setUpGovernanceDatabase(urls());
    expect(redone.migrations).toEqual(secondEditionSetup.migrations);
    expect(await firstEditionRows()).toEqual(rows);
    expect(await meetingFields()).toEqual(fields);
    expect(await askEverything()).toEqual(answers);
  });
});
