import { FIRST_EDITION_MANDATES, FIRST_EDITION_MEETINGS, FIRST_EDITION_MEMBERS, type FirstEditionMeeting } from './first-edition-history';

/**
 * The fixed set of questions asked of the governance subgraph about the first-edition history,
 * in the first release's schema only: asked of that release to record its answers, then of this
 * one after the migration. It imports nothing else at run time, for the same reason as the history.
 */
export interface Question {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Asked with a Secretariat token (the audit trail, the refused attempts); anonymously otherwise. */
  asSecretariat: boolean;
}

const MANDATE = 'id position startsOn endsOn member { id }';
const CANDIDACY = 'id member { id } position receivedOn status meeting { id }';
const MEETING = `id kind opensOn host { id } candidacyDeadline chair { id } cancelled candidacies { ${CANDIDACY} }`;
const AUDIT_ENTRY = 'at actor role operation entityId before after requestId';

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return shifted.toISOString().slice(0, 10);
}

/**
 * The dates the committee and the charter are read on: twice a year over the whole history, and
 * around each event (each meeting's eve, opening day and morrow; the first EVP day; the early end;
 * the vacancy; the appointments; today).
 */
export function questionDates(): string[] {
  const dates = new Set<string>(['2014-09-11', '2014-09-12', '2017-10-01', '2020-09-15', '2022-01-31', '2022-02-01', '2023-08-24', '2023-08-25', '2024-04-01', '2026-11-27']);
  for (let year = 2014; year <= 2028; year++) {
    dates.add(`${year}-01-01`);
    dates.add(`${year}-07-01`);
  }
  for (const meeting of Object.values(FIRST_EDITION_MEETINGS)) for (const shift of [-1, 0, 1]) dates.add(addDays(meeting.opensOn, shift));
  return [...dates].sort();
}

const MEMBER_DATES = ['2017-09-12', '2020-08-25', '2022-02-01', '2023-11-07', '2024-03-12', '2026-11-27', '2027-02-16'];

const anonymous = (name: string, query: string, variables: Record<string, unknown> = {}): Question => ({ name, query, variables, asSecretariat: false });

export function firstEditionQuestions(): Question[] {
  const memberRepresentations = Object.values(FIRST_EDITION_MEMBERS).map(({ id }) => ({ __typename: 'Member', id }));
  const meetingKeys = Object.keys(FIRST_EDITION_MEETINGS) as FirstEditionMeeting[];
  const assemblyIds = Object.values(FIRST_EDITION_MEETINGS).filter((meeting) => meeting.kind === 'GENERAL_ASSEMBLY').map((meeting) => meeting.id);
  const mandateIds = [
    ...Object.values(FIRST_EDITION_MANDATES).map((mandate) => mandate.id),
    ...assemblyIds.map((id) => `evp:${id}`),
    '30000000-0000-4000-8000-999999999999',
  ];
  return [
    anonymous('meetings', `{ meetings { ${MEETING} } }`),
    anonymous('meetings(GENERAL_ASSEMBLY)', `{ meetings(kind: GENERAL_ASSEMBLY) { ${MEETING} } }`),
    anonymous('meetings(EXECUTIVE_COMMITTEE)', `{ meetings(kind: EXECUTIVE_COMMITTEE) { ${MEETING} } }`),
    ...meetingKeys.map((key) => ({
      name: `meeting(${key})`,
      query: `query($id: ID!) { meeting(id: $id) { ${MEETING} auditTrail { ${AUDIT_ENTRY} } } }`,
      variables: { id: FIRST_EDITION_MEETINGS[key].id },
      asSecretariat: true,
    })),
    anonymous('_entities(Meeting)', `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Meeting { ${MEETING} } } }`, {
      representations: meetingKeys.map((key) => ({ __typename: 'Meeting', id: FIRST_EDITION_MEETINGS[key].id })),
    }),
    anonymous('_entities(Mandate)', `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Mandate { ${MANDATE} } } }`, {
      representations: mandateIds.map((id) => ({ __typename: 'Mandate', id })),
    }),
    anonymous('Member.mandates', `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Member { id mandates { ${MANDATE} } } } }`, {
      representations: memberRepresentations,
    }),
    ...MEMBER_DATES.map((on) =>
      anonymous(`Member.mandates(activeOn: ${on})`, `query($representations: [_Any!]!, $on: Date) { _entities(representations: $representations) { ... on Member { id mandates(activeOn: $on) { ${MANDATE} } } } }`, {
        representations: memberRepresentations,
        on,
      }),
    ),
    ...questionDates().map((on) => anonymous(`executiveCommittee(${on})`, `query($on: Date) { executiveCommittee(on: $on) { ${MANDATE} } }`, { on })),
    ...questionDates().map((on) => anonymous(`charterIssues(${on})`, `query($on: Date) { charterIssues(on: $on) { rule message } }`, { on })),
    anonymous('charter', '{ charter { executiveCommitteeMaxSeats } }'),
    { name: 'governanceRefusedAttempts', query: `{ governanceRefusedAttempts(first: 10) { at actor role operation entityId input code rule message requestId } }`, variables: {}, asSecretariat: true },
  ];
}
