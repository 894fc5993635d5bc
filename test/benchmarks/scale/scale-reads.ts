import { FOUNDING_MEMBERS_AND_OFFICES } from '../../support/founding-query';

/** One read of the fixed set measured at 50 and at 10,000 members. */
export interface ScaleRead {
  name: string;
  query: string;
  /** Whether the read is the Secretariat's (fees, audit trail); anonymous otherwise. */
  secretariat: boolean;
  /** The variables of the read, given one member's id. */
  variables(memberId: string): Record<string, unknown>;
  /** How much dearer at 10,000 members than at 50 the read may be. */
  allowedRatio: number;
}

/** A day inside the governance history of the fixture. */
export const HISTORY_DAY = '2024-06-01';

const none = () => ({});

export const SCALE_READS: readonly ScaleRead[] = [
  { name: 'README query', query: FOUNDING_MEMBERS_AND_OFFICES, secretariat: false, variables: none, allowedRatio: 1.25 },
  {
    name: 'members(first: 200) with office and mandates',
    query: '{ members(first: 200) { totalCount edges { node { name countryCode office { name } mandates { position startsOn endsOn } } } } }',
    secretariat: false,
    variables: none,
    allowedRatio: 1.25,
  },
  {
    name: 'members(filter: { nameContains })',
    query: '{ members(filter: { nameContains: "an" }, first: 20) { totalCount edges { node { name countryCode } } } }',
    secretariat: false,
    variables: none,
    allowedRatio: 2,
  },
  {
    name: "every office's members(first: 5)",
    query: '{ offices { name members(first: 5) { totalCount edges { node { name countryCode } } pageInfo { hasNextPage endCursor } } } }',
    secretariat: false,
    variables: none,
    allowedRatio: 1.25,
  },
  {
    name: 'executiveCommittee(on:)',
    query: `{ executiveCommittee(on: "${HISTORY_DAY}") { position startsOn endsOn member { name office { name } } } }`,
    secretariat: false,
    variables: none,
    allowedRatio: 1.25,
  },
  { name: 'charterIssues(on:)', query: `{ charterIssues(on: "${HISTORY_DAY}") { rule message } }`, secretariat: false, variables: none, allowedRatio: 1.25 },
  {
    name: 'meetings with candidacies',
    query: '{ meetings { opensOn kind regular candidacies { position status receivedOn member { name } } } }',
    secretariat: false,
    variables: none,
    allowedRatio: 1.25,
  },
  {
    name: 'one member with fees and audit trail (Secretariat)',
    query: 'query($id: ID!) { member(id: $id) { name status feesFullyPaid fees { year amountDue amountPaid outstanding } auditTrail { at operation } } }',
    secretariat: true,
    variables: (memberId) => ({ id: memberId }),
    allowedRatio: 1.25,
  },
];
