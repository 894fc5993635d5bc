import { graphql } from '@wego/testing';

/** The query of the README: founding members with office and mandates, and the offices. */
export const FOUNDING_MEMBERS_AND_OFFICES_DOCUMENT = graphql(`query FoundingMembersAndOffices {
  members(filter: { foundingMember: true }, first: 200) {
    totalCount
    edges { node { name countryCode category office { kind name region city } mandates { position startsOn } } }
  }
  offices { kind name city region coveredCountryCodes members(first: 5) { totalCount } }
}`);

/** Its text as the README shows it: an anonymous query. */
export const FOUNDING_MEMBERS_AND_OFFICES: string = FOUNDING_MEMBERS_AND_OFFICES_DOCUMENT.toString().trim().replace(/^query FoundingMembersAndOffices /, '');

const FOUNDING_FILTER = 'filter: {foundingMember: true}, ';
if (!FOUNDING_MEMBERS_AND_OFFICES.includes(FOUNDING_FILTER)) throw new Error(`the README query no longer reads ${FOUNDING_FILTER}`);

/** The same over every member: the query the N+1 guard measures. */
export const ALL_MEMBERS_AND_OFFICES = FOUNDING_MEMBERS_AND_OFFICES.replace(FOUNDING_FILTER, '');
