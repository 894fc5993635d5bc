/** The query of the README: founding members with office and mandates, and the offices. */
export const FOUNDING_MEMBERS_AND_OFFICES = `{
  members(filter: { foundingMember: true }, first: 200) {
    totalCount
    edges { node { name countryCode category office { kind name region city } mandates { position startsOn } } }
  }
  offices { kind name city region coveredCountryCodes members(first: 5) { totalCount } }
}`;

/** The same over every member: the query the N+1 guard measures. */
export const ALL_MEMBERS_AND_OFFICES = FOUNDING_MEMBERS_AND_OFFICES.replace('filter: { foundingMember: true }, ', '');
