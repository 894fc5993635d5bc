/** Request bodies of hostile shape, as a client would send them to the gateway. */

const operation = (query: string, extra: Record<string, unknown> = {}): string => JSON.stringify({ query, ...extra });

const repeated = (count: number, make: (index: number) => string): string => Array.from({ length: count }, (_, index) => make(index)).join(' ');

/** Members, their office, the office's members, and so on `hops` times, `wide` members at each step; fees at the bottom. */
export function federationHops(hops: number, wide: number): string {
  let inner = 'name fees { year amountDue }';
  for (let hop = 0; hop < hops; hop += 1) inner = `name office { members(first: ${wide}) { edges { node { ${inner} } } } }`;
  return operation(`{ members(first: ${wide}) { edges { node { ${inner} } } } }`);
}

export function deepIntrospection(levels: number): string {
  return operation(`{ __schema { types { name fields { name type { ${'name ofType { '.repeat(levels)}name${' }'.repeat(levels)} } } } } }`);
}

export function nestedSelections(levels: number): string {
  return operation(`{ ${'offices { '.repeat(levels)}id${' }'.repeat(levels)} }`);
}

export function aliases(count: number, field: string): string {
  return operation(`{ ${repeated(count, (index) => `a${index}: ${field}`)} }`);
}

export function sameField(count: number, field: string, parent?: string): string {
  const fields = repeated(count, () => field);
  return operation(parent ? `{ ${parent} { ${fields} } }` : `{ ${fields} }`);
}

/** One response name for fields that cannot be merged: the validator compares them pair by pair. */
export function conflictingAliases(count: number): string {
  return operation(`{ ${repeated(count, (index) => `m: member(id: "${index}") { id }`)} }`);
}

export const FRAGMENTS_SPREADING_EACH_OTHER = operation(
  `{ members(first: 1) { edges { node { ...A } } } } fragment A on Member { name ...B } fragment B on Member { id ...A }`,
);

export const FRAGMENT_SPREADING_ITSELF = operation(`{ members(first: 1) { edges { node { ...A } } } } fragment A on Member { name ...A }`);

/** Each fragment spreads the next twice: 2^levels spreads if expanded naively. */
export function doublingFragments(levels: number): string {
  const fragments = repeated(levels, (index) => `fragment F${index} on Member { name ${index + 1 < levels ? `...F${index + 1} ...F${index + 1}` : ''} office { name } }`);
  return operation(`{ members(first: 200) { edges { node { ...F0 } } } } ${fragments}`);
}

export function repeatedDirective(count: number, directive: string): string {
  return operation(`{ offices ${repeated(count, () => directive)} { id } }`);
}

export function directivePerField(count: number): string {
  return operation(`{ ${repeated(count, (index) => `a${index}: charter @skip(if: false) @include(if: true) { executiveCommitteeMaxSeats }`)} }`);
}

export function batch(count: number, query: string): string {
  return JSON.stringify(Array.from({ length: count }, () => ({ query })));
}

export function manyOperations(count: number, operationName?: string): string {
  return operation(repeated(count, (index) => `query Q${index} { offices { id } }`), operationName ? { operationName } : {});
}

export function aliasedMutations(count: number, mutation: (index: number) => string): string {
  return operation(`mutation { ${repeated(count, (index) => `a${index}: ${mutation(index)}`)} }`);
}

export function nestedListArgument(levels: number): string {
  return operation(`{ member(id: ${'['.repeat(levels)}"x"${']'.repeat(levels)}) { id } }`);
}

export function nestedListVariable(levels: number): string {
  return `{"query":"query($id: ID!) { member(id: $id) { id } }","variables":{"id":${'['.repeat(levels)}"x"${']'.repeat(levels)}}}`;
}

export function nestedInputVariable(levels: number): string {
  return `{"query":"mutation($input: RegisterMemberInput!) { registerMember(input: $input) { id } }","variables":{"input":${'{"name":'.repeat(levels)}"x"${'}'.repeat(levels)}}}`;
}

export { operation };
