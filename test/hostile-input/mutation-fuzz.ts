import type { GraphUnderTest } from '../support/graph-under-test';
import { changedTables, databaseFingerprint } from './database-fingerprint';
import { ABSENT, type HostileValue, type Outcome } from './hostile-values';
import { postOperation, type RawAnswer } from './raw-request';
import { codesOf, problemsOf, wasRefused } from './safe-answer';
import { graphqlLiteral, jsonText } from './wire-values';

/** One mutation as the fuzzer sends it: a valid call, and per field the hostile values to put in its place. */
export interface MutationUnderFuzz {
  mutation: string;
  /** How its tests are headed when one mutation is fuzzed from more than one valid call. */
  title?: string;
  /** Each argument and its GraphQL type, e.g. `{ input: 'RegisterMemberInput!' }`. */
  argumentTypes: Record<string, string>;
  /** What an answer selects. */
  selection: string;
  /** The arguments of a call the Secretariat may make; each case replaces one field. */
  base: () => Record<string, unknown>;
  /** Field path (`input.name`, `memberId`, `input` for the whole argument) → hostile values. */
  hostile: Record<string, HostileValue[]>;
  /** What else an accepted answer must meet, given the hostile value; a list of what is wrong. */
  whenAccepted?: (answer: RawAnswer, path: string, value: unknown) => Promise<string[]>;
}

/** One request the fuzzer sends. */
export interface FuzzCase {
  path: string;
  hostile: HostileValue;
  /** `variables`: the value travels in the variables; `inline`: written in the document. */
  form: 'variables' | 'inline';
}

const MALFORMED_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);

/** Every third value short enough is also written inline: a sample, the long ones saying nothing more there. */
const INLINE_UP_TO = 300;

// Governance asks membership about a member id at the moment of the write; when membership does
// not answer within 3 s (a loaded machine) the honest answer is UNAVAILABLE.
const NAMES_NOTHING_CODES = new Set([...MALFORMED_CODES, 'NOT_FOUND', 'UNAVAILABLE']);

function expectedCodes(outcome: Outcome): Set<string> | null {
  if (outcome === 'malformed') return MALFORMED_CODES;
  if (outcome === 'names-nothing') return NAMES_NOTHING_CODES;
  return null;
}

/** `args` with the value at `path` replaced (or left out, for ABSENT); the rest shared, not copied. */
export function withValueAt(args: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const copy: Record<string, unknown> = { ...args };
  const next = rest.length === 0 ? value : withValueAt((args[head] ?? {}) as Record<string, unknown>, rest.join('.'), value);
  if (next === ABSENT) delete copy[head];
  else Object.defineProperty(copy, head, { value: next, enumerable: true, configurable: true, writable: true });
  return copy;
}

export function casesOf(spec: MutationUnderFuzz, path: string): FuzzCase[] {
  return spec.hostile[path]!.flatMap((hostile, index) => {
    const inline = index % 3 === 0 && hostile.value !== ABSENT && jsonText(hostile.value).length <= INLINE_UP_TO;
    return [{ path, hostile, form: 'variables' as const }, ...(inline ? [{ path, hostile, form: 'inline' as const }] : [])];
  });
}

export function describeCase(fuzzCase: FuzzCase): string {
  return `${fuzzCase.path} = ${fuzzCase.hostile.label} (${fuzzCase.form})`;
}

function send(graph: GraphUnderTest, spec: MutationUnderFuzz, fuzzCase: FuzzCase, token: string): Promise<RawAnswer> {
  const args = withValueAt(spec.base(), fuzzCase.path, fuzzCase.hostile.value);
  const names = Object.keys(spec.argumentTypes);
  if (fuzzCase.form === 'inline') {
    const written = names.filter((name) => name in args).map((name) => `${name}: ${graphqlLiteral(args[name])}`);
    return postOperation(graph.gateway.url, `mutation { ${spec.mutation}(${written.join(', ')}) { ${spec.selection} } }`, '{}', { token });
  }
  const declared = names.map((name) => `$${name}: ${spec.argumentTypes[name]}`).join(', ');
  const passed = names.map((name) => `${name}: $${name}`).join(', ');
  return postOperation(graph.gateway.url, `mutation(${declared}) { ${spec.mutation}(${passed}) { ${spec.selection} } }`, jsonText(args), { token });
}

/** What is wrong with the answer to one case, the database aside: a 5xx, an unexpected code, internals in an error, another outcome. */
function answerProblems(fuzzCase: FuzzCase, answer: RawAnswer): string[] {
  const problems = problemsOf(answer);
  const codes = codesOf(answer);
  const expected = expectedCodes(fuzzCase.hostile.outcome);
  const refused = wasRefused(answer);
  if (fuzzCase.hostile.outcome !== 'either' && !refused && !answer.hung) problems.push(`accepted, but should have been refused: ${answer.text.slice(0, 200)}`);
  if (refused && expected && !codes.every((code) => expected.has(code))) problems.push(`refused with ${codes.join(', ')}; expected one of ${[...expected].join(', ')}`);
  return problems;
}

/** Sends one case alone, the database fingerprinted around it, and says what is wrong. */
async function problemsOfCase(graph: GraphUnderTest, spec: MutationUnderFuzz, fuzzCase: FuzzCase, token: string): Promise<string[]> {
  const before = await databaseFingerprint(graph);
  const answer = await send(graph, spec, fuzzCase, token);
  const problems = answerProblems(fuzzCase, answer);
  if (wasRefused(answer) || answer.hung) {
    const changed = changedTables(before, await databaseFingerprint(graph));
    if (changed.length > 0) problems.push(`refused, yet changed ${changed.join(', ')}`);
  } else if (spec.whenAccepted) {
    problems.push(...(await spec.whenAccepted(answer, fuzzCase.path, fuzzCase.hostile.value)));
  }
  return problems.map((problem) => `${describeCase(fuzzCase)}: ${problem}`);
}

/** How many of the cases that must all be refused are in flight at once. */
const IN_FLIGHT = 4;

async function answersOf(graph: GraphUnderTest, spec: MutationUnderFuzz, cases: FuzzCase[], token: string): Promise<RawAnswer[]> {
  const answers: RawAnswer[] = new Array(cases.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < cases.length) {
      const index = next++;
      answers[index] = await send(graph, spec, cases[index]!, token);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return answers;
}

/**
 * What is wrong with any of the cases. Those that must be refused go several at a time, with the
 * database fingerprinted around them all (and, should it have changed, again one by one to name
 * the culprit); those that may be accepted go one at a time, fingerprinted around each.
 */
export async function problemsOfCases(graph: GraphUnderTest, spec: MutationUnderFuzz, cases: FuzzCase[], token: string): Promise<string[]> {
  const problems: string[] = [];
  const mustRefuse = cases.filter((fuzzCase) => fuzzCase.hostile.outcome !== 'either');
  const before = await databaseFingerprint(graph);
  const answers = await answersOf(graph, spec, mustRefuse, token);
  mustRefuse.forEach((fuzzCase, index) => problems.push(...answerProblems(fuzzCase, answers[index]!).map((problem) => `${describeCase(fuzzCase)}: ${problem}`)));
  const changed = changedTables(before, await databaseFingerprint(graph));
  if (changed.length > 0) {
    const culprits: string[] = [];
    for (const fuzzCase of mustRefuse) culprits.push(...(await problemsOfCase(graph, spec, fuzzCase, token)).filter((problem) => problem.includes('changed')));
    problems.push(...(culprits.length > 0 ? culprits : [`${mustRefuse.length} refused calls together changed ${changed.join(', ')}`]));
  }
  for (const fuzzCase of cases.filter((candidate) => candidate.hostile.outcome === 'either')) problems.push(...(await problemsOfCase(graph, spec, fuzzCase, token)));
  return problems;
}

/**
 * A mutation whose one argument is `input` (of the type named after it, `assessFee` taking
 * `AssessFeeInput!`), written as a row: what it selects, a valid input, and the hostile values of
 * each field of the input; those under `input` stand for the whole of it.
 */
export function inputMutation(
  mutation: string,
  selection: string,
  input: () => Record<string, unknown>,
  hostile: Record<string, HostileValue[]>,
  more: Pick<MutationUnderFuzz, 'title' | 'whenAccepted'> = {},
): MutationUnderFuzz {
  return {
    mutation,
    ...more,
    argumentTypes: { input: `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!` },
    selection,
    base: () => ({ input: input() }),
    hostile: Object.fromEntries(Object.entries(hostile).map(([field, values]) => [field === 'input' ? field : `input.${field}`, values])),
  };
}

/**
 * For each mutation, one test per field, sending every hostile value of that field (as variables,
 * and written inline when short).
 */
export function fuzzEachField(specs: MutationUnderFuzz[], context: () => { graph: GraphUnderTest; token: string }): void {
  describe.each(specs.map((spec) => [spec.title ?? spec.mutation, spec] as const))('%s', (_, spec) => {
    const fields = Object.keys(spec.hostile).map((path) => {
      const cases = casesOf(spec, path);
      return [`${path}: ${cases.length} hostile requests, none answered 5xx, with internals, or changing anything when refused`, cases] as const;
    });
    it.each(fields)('%s', async (_title, cases) => {
      const { graph, token } = context();
      expect(await problemsOfCases(graph, spec, cases, token)).toEqual([]);
    });
  });
}
