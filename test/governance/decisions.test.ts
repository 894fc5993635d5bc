import { accepted, expectRefused, testTokens, type GraphQLResponse } from '@wego/testing';
import type { GovernanceDesk } from '../support/governance-desk';
import { expectAudited, governanceTables } from '../support/governance-tables';
import { governanceWorld, once } from '../support/governance-world';

const UUID_OF_NOTHING = '00000000-0000-4000-8000-00000000beef';
const DECISION = 'id number reference kind title text adoptedOn meeting { id kind opensOn } supersedes { id reference } supersededBy { id reference }';

interface Decision {
  id: string;
  number: number;
  reference: string;
  kind: string;
  title: string;
  text: string;
  adoptedOn: string;
  meeting: { id: string; kind: string; opensOn: string };
  supersedes: { id: string; reference: string } | null;
  supersededBy: { id: string; reference: string } | null;
}

/** The meetings of the story; today is 2026-11-27. */
const meetings = { assembly2025: '', committee2025: '', committee2026: '', committee2027: '', cancelled2024: '' };

interface DecisionInput {
  meetingId: string;
  kind?: string;
  title?: string;
  text?: string;
  supersedesDecisionId?: string | null;
}

function record(input: DecisionInput, as: GovernanceDesk = world.desk, idempotencyKey?: string): Promise<GraphQLResponse> {
  return as.send(`mutation($input: RecordDecisionInput!, $key: String) { recordDecision(input: $input, idempotencyKey: $key) { ${DECISION} } }`, {
    input: { kind: 'RESOLUTION', title: 'A resolution', text: 'The meeting resolves.', ...input },
    key: idempotencyKey ?? null,
  });
}

async function recorded(input: DecisionInput): Promise<Decision> {
  const answer = await record(input);
  accepted(answer);
  return answer.data.recordDecision;
}

async function decision(decisionId: string): Promise<Decision | null> {
  const answer = await world.graph.query(`query($id: ID!) { decision(id: $id) { ${DECISION} } }`, { variables: { id: decisionId } });
  expect(answer.errors).toBeUndefined();
  return answer.data.decision;
}

interface Page {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; reference: string; kind: string; adoptedOn: string; meeting: { kind: string } } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

function listed(args: { filter?: Record<string, unknown>; first?: number; after?: string | null }): Promise<GraphQLResponse> {
  return world.graph.query(
    `query($filter: DecisionFilter, $first: Int, $after: String) {
      decisions(filter: $filter, first: $first, after: $after) {
        totalCount edges { cursor node { id reference kind adoptedOn meeting { kind } } } pageInfo { hasNextPage endCursor }
      }
    }`,
    { variables: args },
  );
}

async function page(args: { filter?: Record<string, unknown>; first?: number; after?: string | null }): Promise<Page> {
  const answer = await listed(args);
  expect(answer.errors).toBeUndefined();
  return answer.data.decisions;
}

/** A decision refused under G13 for this reason, writing nothing. */
async function refusedUnderG13(input: DecisionInput, reason: string | RegExp): Promise<void> {
  const refusal = await world.refused(() => record(input), 'CHARTER_VIOLATION', 'G13');
  expect(refusal.errors![0]!.message).toMatch(reason);
}

async function g13IssuesOn(on: string): Promise<string[]> {
  return (await world.desk.charterIssuesOn(on)).filter((issue) => issue.rule === 'G13').map((issue) => issue.message);
}

const world = governanceWorld(async ({ desk, scheduled }) => {
  meetings.assembly2025 = await scheduled('GENERAL_ASSEMBLY', '2025-10-01', 'Seoul');
  // The Committee met beside the Assembly, on its opening day.
  meetings.committee2025 = await scheduled('EXECUTIVE_COMMITTEE', '2025-10-01', 'Nanjing');
  meetings.committee2026 = await scheduled('EXECUTIVE_COMMITTEE', '2026-05-12', 'Nanjing');
  meetings.committee2027 = await scheduled('EXECUTIVE_COMMITTEE', '2027-06-15', 'Ningbo');
  meetings.cancelled2024 = await scheduled('EXECUTIVE_COMMITTEE', '2024-05-14', 'Ningbo');
  accepted(await desk.cancelMeeting(meetings.cancelled2024));
});
const { id } = world;

/**
 * The decisions of the story, each recorded once by whichever test asks first; a step first takes
 * the steps whose numbering it relies on. The tests that record them read what the step answered.
 */
const firstOfEachMeeting = once(async () => {
  const answer = await record({
    meetingId: meetings.assembly2025,
    title: '  Seoul Declaration on Smart Sustainable Cities  ',
    text: 'The General Assembly\r\nadopts the declaration:\n\t1. Cities first.\n',
  });
  const second = await recorded({ meetingId: meetings.assembly2025, title: 'Membership fees for 2026', text: 'Fees stay as they are.' });
  const ofCommittee = await recorded({ meetingId: meetings.committee2025, title: 'Budget of the Secretariat', text: 'The Committee approves the budget.' });
  return { answer, second, ofCommittee };
});
const normalised = once(async () => {
  await firstOfEachMeeting();
  const nfc = await recorded({ meetingId: meetings.assembly2025, title: 'Sa\u0303o Paulo twinning', text: 'Sa\u0303o Paulo joins.' });
  const longest = await recorded({ meetingId: meetings.assembly2025, title: 't'.repeat(200), text: 'x'.repeat(20_000) });
  return { nfc, longest };
});
const awards = once(() => recorded({ meetingId: meetings.committee2026, title: 'Smart city awards', text: 'The Committee establishes the awards.' }));
const activities2026 = once(async () => {
  await awards();
  const review = await recorded({ meetingId: meetings.committee2026, kind: 'ACTIVITY_REVIEW', title: 'Activities of 2025', text: 'Reviewed.' });
  const plan = await recorded({ meetingId: meetings.committee2026, kind: 'ACTIVITY_PLAN', title: 'Activities of 2026', text: 'Planned.' });
  return { review, plan };
});
const concurrent = once(async () => {
  await firstOfEachMeeting();
  return Promise.all(['one', 'two', 'three', 'four'].map((title) => record({ meetingId: meetings.committee2025, title: `Concurrent ${title}`, text: 'Adopted.' })));
});
/** What G13 reports of the 2025 Committee meeting as its review and plan are recorded, one after the other. */
const activities2025 = once(async () => {
  const before = [await g13IssuesOn('2025-10-30'), await g13IssuesOn('2025-10-31')];
  const review = await recorded({ meetingId: meetings.committee2025, kind: 'ACTIVITY_REVIEW', title: 'Activities of 2024-2025', text: 'Reviewed.' });
  const withReview = await g13IssuesOn('2025-10-31');
  await recorded({ meetingId: meetings.committee2025, kind: 'ACTIVITY_PLAN', title: 'Activities of 2025-2026', text: 'Planned.' });
  const withBoth = await g13IssuesOn('2025-10-31');
  // A corrected review keeps the meeting's review in force.
  await recorded({ meetingId: meetings.committee2025, kind: 'ACTIVITY_REVIEW', title: 'Activities of 2024-2025, corrected', text: 'Reviewed again.', supersedesDecisionId: review.id });
  return { before, withReview, withBoth, corrected: await g13IssuesOn('2025-12-31') };
});
/** The 2026 Committee meeting's review, corrected. */
const reviewCorrected = once(async () => {
  const { review } = await activities2026();
  const correction = await recorded({ meetingId: meetings.committee2026, kind: 'ACTIVITY_REVIEW', title: 'Activities of 2025, corrected', text: 'Reviewed.', supersedesDecisionId: review.id });
  return { review, correction };
});
const story = { firstOfEachMeeting, normalised, awards, activities2026, concurrent, activities2025, reviewCorrected };

/** Every step of the story, in its order: what a test that reads across the decisions sets up. */
const wholeStory = once(async () => {
  for (const step of Object.values(story)) await step();
});

describe('G13 recording a decision', () => {
  it('numbers the decisions of each meeting from 1, with the reference and the opening day, and audits each', async () => {
    const { answer, second, ofCommittee } = await story.firstOfEachMeeting();
    accepted(answer);
    const first: Decision = answer.data.recordDecision;
    expect(first).toMatchObject({
      number: 1,
      reference: 'GA-2025-10-01-1',
      kind: 'RESOLUTION',
      title: 'Seoul Declaration on Smart Sustainable Cities',
      text: 'The General Assembly\nadopts the declaration:\n\t1. Cities first.',
      adoptedOn: '2025-10-01',
      meeting: { id: meetings.assembly2025, kind: 'GENERAL_ASSEMBLY', opensOn: '2025-10-01' },
      supersedes: null,
      supersededBy: null,
    });
    const entry = await expectAudited(world.dataSource, answer, first.id, 'recordDecision', 'Decision');
    expect(entry.before).toBeNull();
    expect(entry.after).toMatchObject({ meetingId: meetings.assembly2025, number: 1, reference: 'GA-2025-10-01-1', kind: 'RESOLUTION' });

    expect(second).toMatchObject({ number: 2, reference: 'GA-2025-10-01-2' });
    expect(ofCommittee).toMatchObject({ number: 1, reference: 'EXCOM-2025-10-01-1', adoptedOn: '2025-10-01' });

    const meeting = await world.graph.query(`query($id: ID!) { meeting(id: $id) { decisions { number reference } } }`, { variables: { id: meetings.assembly2025 } });
    expect(meeting.data.meeting.decisions).toEqual([
      { number: 1, reference: 'GA-2025-10-01-1' },
      { number: 2, reference: 'GA-2025-10-01-2' },
    ]);
  });

  it('normalises the title and text to NFC, and takes a 200-character title and a 20,000-character text', async () => {
    const { nfc, longest } = await story.normalised();
    expect(nfc).toMatchObject({ title: 'São Paulo twinning', text: 'São Paulo joins.' });
    expect([longest.title.length, longest.text.length]).toEqual([200, 20_000]);
  });

  it.each([
    ['an empty title', { title: '' }],
    ['a title of blanks', { title: ' \t ' }],
    ['a title of 201 characters', { title: 't'.repeat(201) }],
    ['a title with a line feed', { title: 'Two\nlines' }],
    ['a title with a NUL', { title: 'Nul\u0000' }],
    ['an empty text', { text: '' }],
    ['a text of blank lines', { text: '\n\n\t' }],
    ['a text of 20,001 characters', { text: 'x'.repeat(20_001) }],
    ['a text with a bell', { text: 'Ring \u0007' }],
    ['a text with a lone carriage return', { text: 'One\rtwo' }],
    ['a text with a C1 control', { text: 'Next\u0085line' }],
    ['a text with half a character', { text: 'Half \ud800' }],
  ])('refuses %s as malformed, writing nothing', async (_, input) => {
    await world.refused(() => record({ meetingId: meetings.assembly2025, ...input }), 'BAD_USER_INPUT');
  });

  it('answers NOT_FOUND for an unknown, malformed or cancelled meeting and an unknown superseded decision', async () => {
    for (const meetingId of [UUID_OF_NOTHING, 'not-a-meeting', meetings.cancelled2024]) {
      await world.refused(() => record({ meetingId }), 'NOT_FOUND');
    }
    for (const supersedesDecisionId of [UUID_OF_NOTHING, 'not-a-decision']) {
      await world.refused(() => record({ meetingId: meetings.assembly2025, supersedesDecisionId }), 'NOT_FOUND');
    }
  });

  it('refuses a meeting that has not opened yet, and takes one that has', async () => {
    await refusedUnderG13({ meetingId: meetings.committee2027 }, '2027-06-15 has not opened yet');
    expect(await story.awards()).toMatchObject({ reference: 'EXCOM-2026-05-12-1' });
  });

  it('refuses an activity review or plan at a General Assembly, and takes them at an Executive Committee meeting', async () => {
    for (const kind of ['ACTIVITY_REVIEW', 'ACTIVITY_PLAN']) {
      await refusedUnderG13({ meetingId: meetings.assembly2025, kind }, "activity reviews and plans are the Executive Committee's");
    }
    const { review, plan } = await story.activities2026();
    expect(review).toMatchObject({ kind: 'ACTIVITY_REVIEW', reference: 'EXCOM-2026-05-12-2' });
    expect(plan).toMatchObject({ kind: 'ACTIVITY_PLAN', reference: 'EXCOM-2026-05-12-3' });
  });

  it('refuses a second activity review or plan in force at the same meeting', async () => {
    await story.activities2026();
    for (const kind of ['ACTIVITY_REVIEW', 'ACTIVITY_PLAN']) {
      await refusedUnderG13({ meetingId: meetings.committee2026, kind }, /already has its activity (review|plan) in force \(EXCOM-2026-05-12-[23]\)/);
    }
  });

  it('is refused to anyone but the Secretariat, writing nothing', async () => {
    const callers: Array<[string, string]> = [
      ['', 'UNAUTHENTICATED'],
      [await testTokens.member(id('Seoul')), 'FORBIDDEN'],
      [await testTokens.office('east-asia'), 'FORBIDDEN'],
      [await testTokens.office('secretariat'), 'FORBIDDEN'],
    ];
    for (const [token, code] of callers) {
      await world.refused(() => record({ meetingId: meetings.assembly2025 }, world.desk.as(token)), code);
    }
  });

  it('numbers decisions recorded at the same moment one after another', async () => {
    const answers = await story.concurrent();
    for (const answer of answers) accepted(answer);
    expect(answers.map((answer) => answer.data.recordDecision.number as number).sort()).toEqual([2, 3, 4, 5]);
  });

  it('answers a retry with the same idempotency key with the first decision, recording it once', async () => {
    const first = await record({ meetingId: meetings.committee2025, title: 'Retried', text: 'Adopted once.' }, world.desk, 'decision-retry-1');
    accepted(first);
    const before = await governanceTables(world.dataSource);
    const again = await record({ meetingId: meetings.committee2025, title: 'Retried', text: 'Adopted once.' }, world.desk, 'decision-retry-1');
    accepted(again);
    expect(again.data.recordDecision).toEqual(first.data.recordDecision);
    expect((await governanceTables(world.dataSource)).decision).toEqual(before.decision);
  });
});

describe('G13 charter issue: the activity review and plan of the last Executive Committee meeting', () => {
  it('is reported 30 days after the meeting opened, naming what is missing, until both are recorded', async () => {
    const { before, withReview, withBoth, corrected } = await story.activities2025();
    expect(before[0]).toEqual([]);
    const [missingBoth] = before[1]!;
    expect(missingBoth).toContain('The Executive Committee meeting of 2025-10-01 has no activity review and no activity plan');
    expect(withReview).toEqual([expect.stringContaining('2025-10-01 has no activity plan recorded')]);
    expect(withBoth).toEqual([]);
    expect(corrected).toEqual([]);
  });

  it('asks only of the last meeting by the date, not cancelled', async () => {
    // The meeting of 2026-05-12 has both; the one of 2027-06-15 nothing yet; the cancelled one of 2024 is never asked.
    await story.activities2026();
    expect(await g13IssuesOn('2024-07-01')).toEqual([]);
    expect(await g13IssuesOn('2026-12-31')).toEqual([]);
    expect(await g13IssuesOn('2027-07-14')).toEqual([]);
    expect(await g13IssuesOn('2027-07-15')).toEqual([expect.stringContaining('2027-06-15 has no activity review and no activity plan')]);
  });
});

describe('G13 supersession: a correction names the decision it supersedes', () => {
  it('links both ways: the correction reads supersedes, the corrected one supersededBy', async () => {
    const { review, correction } = await story.reviewCorrected();
    expect(correction.supersedes).toEqual({ id: review.id, reference: 'EXCOM-2026-05-12-2' });
    expect((await decision(review.id))!.supersededBy).toEqual({ id: correction.id, reference: correction.reference });
    expect((await decision(correction.id))!.supersededBy).toBeNull();
    // The correction is the review in force now: another without naming it is still a second one.
    await world.refused(() => record({ meetingId: meetings.committee2026, kind: 'ACTIVITY_REVIEW' }), 'CHARTER_VIOLATION', 'G13');
  });

  it('refuses a decision already superseded', async () => {
    const { review } = await story.reviewCorrected();
    await refusedUnderG13({ meetingId: meetings.committee2026, kind: 'ACTIVITY_REVIEW', supersedesDecisionId: review.id }, 'EXCOM-2026-05-12-2 is already superseded by');
  });

  it('takes a resolution of the same or an earlier meeting, and refuses one of a later meeting', async () => {
    await story.awards();
    const { answer, ofCommittee } = await story.firstOfEachMeeting();
    const sameMeeting = await recorded({ meetingId: meetings.assembly2025, title: 'Declaration, amended', text: 'Amended.', supersedesDecisionId: answer.data.recordDecision.id });
    expect(sameMeeting.supersedes!.reference).toBe('GA-2025-10-01-1');
    const laterMeeting = await recorded({ meetingId: meetings.committee2026, title: 'Budget, revised', text: 'Revised.', supersedesDecisionId: ofCommittee.id });
    expect(laterMeeting.supersedes!.reference).toBe('EXCOM-2025-10-01-1');
    const awards = (await page({ filter: { textContains: 'establishes the awards' } })).edges[0]!.node;
    await refusedUnderG13({ meetingId: meetings.assembly2025, supersedesDecisionId: awards.id }, 'a decision supersedes only one of the same or an earlier meeting');
  });

  it("never lets an Executive Committee decision supersede a General Assembly's; the Assembly may supersede the Committee's of its day", async () => {
    await story.concurrent();
    const assemblySecond = (await world.graph.query(`query($id: ID!) { meeting(id: $id) { decisions { id number } } }`, { variables: { id: meetings.assembly2025 } })).data.meeting.decisions[1];
    await refusedUnderG13({ meetingId: meetings.committee2026, supersedesDecisionId: assemblySecond.id }, 'never supersedes one of the General Assembly');
    const committeeOfTheDay = (await page({ filter: { textContains: 'Concurrent one' } })).edges[0]!.node;
    expect((await recorded({ meetingId: meetings.assembly2025, title: 'Overrides', text: 'Overridden.', supersedesDecisionId: committeeOfTheDay.id })).supersedes!.id).toBe(committeeOfTheDay.id);
  });

  it('corrects an activity review or plan only by one of the same kind at the same meeting', async () => {
    await story.concurrent();
    await story.activities2025();
    const plan2025 = (await page({ filter: { kind: 'ACTIVITY_PLAN', year: 2025 } })).edges[0]!.node;
    const resolution2025 = (await page({ filter: { textContains: 'Concurrent two' } })).edges[0]!.node;
    const refusals: DecisionInput[] = [
      // A resolution does not correct a plan, nor a plan a resolution.
      { meetingId: meetings.committee2025, kind: 'RESOLUTION', supersedesDecisionId: plan2025.id },
      { meetingId: meetings.committee2025, kind: 'ACTIVITY_PLAN', supersedesDecisionId: resolution2025.id },
      // A review does not correct a plan.
      { meetingId: meetings.committee2025, kind: 'ACTIVITY_REVIEW', supersedesDecisionId: plan2025.id },
      // A plan of another meeting does not correct it.
      { meetingId: meetings.committee2026, kind: 'ACTIVITY_PLAN', supersedesDecisionId: plan2025.id },
    ];
    for (const input of refusals) {
      await refusedUnderG13(input, 'corrected only by one of the same kind at the same meeting');
    }
    expect((await recorded({ meetingId: meetings.committee2025, kind: 'ACTIVITY_PLAN', title: 'Plan, corrected', text: 'Planned again.', supersedesDecisionId: plan2025.id })).supersedes!.id).toBe(
      plan2025.id,
    );
  });

  it('holds when two corrections of the same decision are recorded at the same moment', async () => {
    const target = await recorded({ meetingId: meetings.committee2026, title: 'To be corrected twice', text: 'Once.' });
    const answers = await Promise.all(
      ['first', 'second', 'third'].map((title) => record({ meetingId: meetings.committee2026, title: `Correction ${title}`, text: 'Corrected.', supersedesDecisionId: target.id })),
    );
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    for (const refused of answers.filter((answer) => answer.errors)) expectRefused(refused, 'CHARTER_VIOLATION', 'G13');
  });
});

describe('G13 reading decisions, by anyone', () => {
  /** The listing's order: newest opening day first, an Assembly before a Committee meeting of the same day, then by number. */
  const inListingOrder = (references: string[]): string[] =>
    [...references].sort((a, b) => {
      const [, kindA, dayA, numberA] = /^(GA|EXCOM)-(\d{4}-\d{2}-\d{2})-(\d+)$/.exec(a)!;
      const [, kindB, dayB, numberB] = /^(GA|EXCOM)-(\d{4}-\d{2}-\d{2})-(\d+)$/.exec(b)!;
      if (dayA !== dayB) return dayA! < dayB! ? 1 : -1;
      if (kindA !== kindB) return kindA === 'GA' ? -1 : 1;
      return Number(numberA) - Number(numberB);
    });

  it('answers a decision by id without a token; null for an unknown or malformed id', async () => {
    await wholeStory();
    const listedOne = (await page({ first: 1 })).edges[0]!.node;
    expect(await decision(listedOne.id)).toMatchObject({ id: listedOne.id, reference: listedOne.reference });
    expect(await decision(UUID_OF_NOTHING)).toBeNull();
    expect(await decision('not-a-decision')).toBeNull();
  });

  it('lists newest meeting first, an Assembly before the Committee meeting of its day, then by number', async () => {
    await wholeStory();
    const all = await page({ first: 200 });
    const [row] = await world.dataSource.query('SELECT count(*)::int AS n FROM governance.decision');
    expect(all.totalCount).toBe(row.n);
    const references = all.edges.map((edge) => edge.node.reference);
    expect(references).toEqual(inListingOrder(references));
    expect(references.slice(0, 2)).toEqual(['EXCOM-2026-05-12-1', 'EXCOM-2026-05-12-2']);
    expect(references.indexOf('GA-2025-10-01-1')).toBeLessThan(references.indexOf('EXCOM-2025-10-01-1'));
    expect(all.pageInfo).toEqual({ hasNextPage: false, endCursor: all.edges.at(-1)!.cursor });
  });

  it('pages through the listing with cursors, the same total on every page', async () => {
    await wholeStory();
    const all = (await page({ first: 200 })).edges.map((edge) => edge.node.reference);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const current: Page = await page({ first: 4, after });
      expect(current.totalCount).toBe(all.length);
      paged.push(...current.edges.map((edge) => edge.node.reference));
      expect(current.pageInfo.endCursor).toBe(current.edges.at(-1)?.cursor ?? null);
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
    const past = await page({ first: 4, after: (await page({ first: 200 })).pageInfo.endCursor });
    expect(past).toEqual({ totalCount: all.length, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect((await page({})).edges).toHaveLength(Math.min(50, all.length));
  });

  it('filters by kind, meeting kind, year and text, together and with paging', async () => {
    await wholeStory();
    const reviews = await page({ filter: { kind: 'ACTIVITY_REVIEW' } });
    expect(reviews.edges.length).toBeGreaterThan(0);
    expect(reviews.edges.every((edge) => edge.node.kind === 'ACTIVITY_REVIEW')).toBe(true);
    expect(reviews.totalCount).toBe(reviews.edges.length);

    const assemblies = await page({ filter: { meetingKind: 'GENERAL_ASSEMBLY' } });
    expect(assemblies.edges.every((edge) => edge.node.reference.startsWith('GA-'))).toBe(true);
    const committees = await page({ filter: { meetingKind: 'EXECUTIVE_COMMITTEE' } });
    expect(committees.edges.every((edge) => edge.node.meeting.kind === 'EXECUTIVE_COMMITTEE')).toBe(true);
    expect(assemblies.totalCount + committees.totalCount).toBe((await page({})).totalCount);

    const of2026 = await page({ filter: { year: 2026 } });
    expect(of2026.totalCount).toBeGreaterThan(0);
    expect(of2026.edges.every((edge) => edge.node.adoptedOn.startsWith('2026-'))).toBe(true);
    expect((await page({ filter: { year: 2024 } })).totalCount).toBe(0);

    // Case-insensitive, in the title or in the text.
    expect((await page({ filter: { textContains: 'SEOUL DECLARATION' } })).edges.map((edge) => edge.node.reference)).toEqual(['GA-2025-10-01-1']);
    expect((await page({ filter: { textContains: 'cities FIRST' } })).edges.map((edge) => edge.node.reference)).toEqual(['GA-2025-10-01-1']);
    expect((await page({ filter: { textContains: 'são paulo' } })).totalCount).toBe(1);
    expect((await page({ filter: { textContains: '%' } })).totalCount).toBe(0);

    const together = await page({ filter: { kind: 'RESOLUTION', meetingKind: 'EXECUTIVE_COMMITTEE', year: 2025, textContains: 'concurrent' }, first: 2 });
    expect(together.totalCount).toBe(4);
    expect(together.edges.map((edge) => edge.node.reference)).toEqual(['EXCOM-2025-10-01-2', 'EXCOM-2025-10-01-3']);
    const rest = await page({ filter: { kind: 'RESOLUTION', meetingKind: 'EXECUTIVE_COMMITTEE', year: 2025, textContains: 'concurrent' }, first: 2, after: together.pageInfo.endCursor });
    expect(rest.edges.map((edge) => edge.node.reference)).toEqual(['EXCOM-2025-10-01-4', 'EXCOM-2025-10-01-5']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  /** A cursor in the format this API writes, holding whatever a forger chose. */
  const forged = (sortKey: unknown, cursorId: unknown): string => Buffer.from(`wego:v1:${JSON.stringify([sortKey, cursorId])}`, 'utf8').toString('base64url');

  it.each([
    ['textContains empty', { filter: { textContains: '' } }],
    ['textContains of 201 characters', { filter: { textContains: 'x'.repeat(201) } }],
    ['textContains with a NUL', { filter: { textContains: 'Seoul\u0000' } }],
    ['year 0', { filter: { year: 0 } }],
    ['year 10000', { filter: { year: 10_000 } }],
    ['first 0', { first: 0 }],
    ['first 201', { first: 201 }],
    ['a cursor that is not one', { after: 'not-a-cursor' }],
    ["another listing's cursor", { after: forged('Seoul', UUID_OF_NOTHING) }],
    ['a forged cursor with a date that does not exist', { after: forged(`2027-02-30/GENERAL_ASSEMBLY/${UUID_OF_NOTHING}/1`, UUID_OF_NOTHING) }],
    ['a forged cursor with SQL', { after: forged(`2027-01-01/GENERAL_ASSEMBLY'; --/${UUID_OF_NOTHING}/1`, UUID_OF_NOTHING) }],
    ['a forged cursor with number 0', { after: forged(`2027-01-01/GENERAL_ASSEMBLY/${UUID_OF_NOTHING}/0`, UUID_OF_NOTHING) }],
  ])('refuses %s as malformed', async (_, args) => {
    expectRefused(await listed(args as Parameters<typeof listed>[0]), 'BAD_USER_INPUT');
  });

  it('takes the boundary values of the filter', async () => {
    for (const filter of [{ year: 1 }, { year: 9999 }, { textContains: 'x'.repeat(200) }, { textContains: ' ' }]) {
      expect((await listed({ filter })).errors).toBeUndefined();
    }
  });

  it('never lists a decision of a cancelled meeting', async () => {
    // Written around the API, which refuses to cancel a meeting with decisions.
    const meeting = await world.desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2023-05-10', id('Ningbo'));
    accepted(meeting);
    const meetingId = meeting.data.scheduleMeeting.id;
    const before = await page({ first: 200 });
    await world.dataSource.query(
      `INSERT INTO governance.decision (meeting_id, meeting_kind, adopted_on, number, kind, title, text) VALUES ($1, 'EXECUTIVE_COMMITTEE', '2023-05-10', 1, 'RESOLUTION', 'Hidden', 'Hidden.')`,
      [meetingId],
    );
    await world.dataSource.query(`UPDATE governance.meeting SET cancelled_at = now(), cancelled_on = current_date WHERE id = $1`, [meetingId]);
    const after = await page({ first: 200 });
    expect(after.totalCount).toBe(before.totalCount);
    expect(after.edges.map((edge) => edge.node.reference)).not.toContain('EXCOM-2023-05-10-1');
    expect((await page({ filter: { year: 2023 } })).totalCount).toBe(0);
  });
});

describe('G13 a meeting with decisions', () => {
  it('cannot be cancelled; a meeting without them can', async () => {
    await wholeStory();
    const refused = await world.refused(() => world.desk.cancelMeeting(meetings.assembly2025), 'CHARTER_VIOLATION', 'G13');
    expect(refused.errors![0]!.message).toContain('a meeting with decisions cannot be cancelled');
    accepted(await world.desk.cancelMeeting(meetings.committee2027));
    await world.refused(() => record({ meetingId: meetings.committee2027 }), 'NOT_FOUND');
  });

  it("shows its decisions in the meeting's audit trail", async () => {
    await wholeStory();
    const answer = await world.desk.send(`query($id: ID!) { meeting(id: $id) { decisions { id } auditTrail { operation entityId } } }`, { id: meetings.assembly2025 });
    accepted(answer);
    const audited = answer.data.meeting.auditTrail.filter((entry: { operation: string }) => entry.operation === 'recordDecision').map((entry: { entityId: string }) => entry.entityId);
    expect(audited.sort()).toEqual(answer.data.meeting.decisions.map((recordedDecision: { id: string }) => recordedDecision.id).sort());
  });
});
