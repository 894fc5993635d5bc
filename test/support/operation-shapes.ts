import { Lexer, Source, TokenKind } from 'graphql';

const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

// A path the graph allows as deep as one likes: a member's office serves members, who have an office...
const NESTING = ['members(first: 1)', 'edges', 'node', 'office'];
// The scalar that ends the path under each step of NESTING.
const LEAF = ['totalCount', 'cursor', 'name', 'name'];

/** A valid query whose fields nest exactly `depth` levels deep (a root field is level 1). */
export function queryOfDepth(depth: number): string {
  const objects = range(depth - 1).map((level) => NESTING[level % NESTING.length]!);
  return `{ ${objects.map((field) => `${field} { `).join('')}${LEAF[(depth - 2) % LEAF.length]}${' }'.repeat(objects.length)} }`;
}

/** A valid query with exactly `count` aliased fields. */
export function queryWithAliases(count: number): string {
  return `{ ${range(count).map((index) => `seats${index}: charter { executiveCommitteeMaxSeats }`).join(' ')} }`;
}

/** A valid query with exactly `count` directives. */
export function queryWithDirectives(count: number): string {
  return `{ offices { ${range(count).map(() => 'name @include(if: true)').join(' ')} } }`;
}

/** How many lexical tokens the parser counts in a document. */
export function tokenCount(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/** The operation that documents of queryOfTokens ask to run. */
export const OPERATION_AMONG_TOKENS = 'Offices';

/**
 * A valid document of exactly `count` tokens (at least 8): the operation Offices and as many small
 * operations as it takes. Repeating one field instead would trip graphql-js's own budget for
 * comparing same-named fields long before the token limit.
 */
export function queryOfTokens(count: number): string {
  // `query Offices { offices { name } }` is 8 tokens, each `query PadN { __typename }` 5, each extra `name` 1.
  const pads = Math.floor((count - 8) / 5);
  const names = ['name', ...range(count - 8 - pads * 5).map(() => 'name')];
  const offices = `query ${OPERATION_AMONG_TOKENS} { offices { ${names.join(' ')} } }`;
  return [offices, ...range(pads).map((index) => `query Pad${index} { __typename }`)].join('\n');
}

// members(first: 200) { edges { node { <4 scalars> } } } costs (2 + 1.5 × (2 + 1.5 × (2 + 1.5 × 4))) × 200 = 4,600;
// with first: N it costs 23 × N; each __typename at the root costs 1.
const FULL_PAGE = 4600;
const PER_MEMBER = 23;
const page = (alias: string, first: number): string =>
  `${alias}: members(first: ${first}) { edges { node { id name category countryCode } } }`;

/** A valid query that costs exactly `cost` (up to 15 pages of members): full pages, one partial page, then __typename. */
export function queryOfCost(cost: number): string {
  const fullPages = Math.floor(cost / FULL_PAGE);
  const rest = cost - fullPages * FULL_PAGE;
  const partial = Math.floor(rest / PER_MEMBER);
  const fields = range(fullPages).map((index) => page(`page${index}`, 200));
  if (partial > 0) fields.push(page('partial', partial));
  fields.push(...range(rest - partial * PER_MEMBER).map(() => '__typename'));
  return `{ ${fields.join(' ')} }`;
}
