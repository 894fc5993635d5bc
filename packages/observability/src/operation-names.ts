/** Any other name counts as `other`, so no caller can add label values (and series) of its own making. */
export const KNOWN_OPERATIONS: ReadonlySet<string> = new Set([
  'FoundingMembersAndOffices',
  'Charter',
  'Members',
  'CharterIssues',
  'Decisions',
  'ExecutiveCommittee',
  'IntrospectionQuery',
]);

export const OTHER_OPERATION = 'other';

// The gateway names the part of an operation it sends a subgraph `<name>__<subgraph>__<n>`.
const SUBGRAPH_PART = /__[a-z_]+__\d+$/;

/** The label for an operation name as a caller sent it. */
export function operationLabel(name: string | undefined): string {
  if (!name) return OTHER_OPERATION;
  const operation = name.replace(SUBGRAPH_PART, '');
  return KNOWN_OPERATIONS.has(operation) ? operation : OTHER_OPERATION;
}
