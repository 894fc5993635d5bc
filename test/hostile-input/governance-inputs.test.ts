import { startedForThisFile } from '@wego/testing';
import { startGraph } from '../support/graph-under-test';
import { expectAccepted, GovernanceDesk } from '../support/governance-desk';
import { dateValues, enumValues, freeTextValues, identifierValues, idListValues, multilineTextValues, wholeInputValues, type HostileValue } from './hostile-values';
import { fuzzEachField, inputMutation, type MutationUnderFuzz } from './mutation-fuzz';
import { enumValue } from './wire-values';

const graph = startedForThisFile(startGraph);
let token = '';
let ids = new Map<string, string>();
const id = (name: string): string => ids.get(name) ?? `unknown member ${name}`;

/** What the valid calls name: Assemblies past and to come, a committee meeting, a mandate. */
const records = { pastAssembly: '', nextAssembly: '', committeeMeeting: '', pastCommitteeMeeting: '', committeeMandate: '' };

// Today is 2026-11-27 (TODAY of the graph under test).
beforeAll(async () => {
  const desk = await GovernanceDesk.asSecretariat(graph.query);
  token = desk.token;
  ids = await desk.memberIds();
  const scheduled = async (kind: string, opensOn: string, host: string): Promise<string> => {
    const answer = await desk.scheduleMeeting(kind, opensOn, id(host));
    expectAccepted(answer);
    return answer.data.scheduleMeeting.id;
  };
  records.pastAssembly = await scheduled('GENERAL_ASSEMBLY', '2025-10-01', 'Seoul');
  records.nextAssembly = await scheduled('GENERAL_ASSEMBLY', '2027-03-31', 'Seoul');
  records.committeeMeeting = await scheduled('EXECUTIVE_COMMITTEE', '2027-05-12', 'Nanjing');
  for (const [member, position] of [['Lisbon', 'PRESIDENT'], ['Chengdu', 'EXECUTIVE_COMMITTEE_MEMBER'], ['Tashkent', 'EXECUTIVE_COMMITTEE_MEMBER']] as const) {
    expectAccepted(await desk.submitCandidacy(records.pastAssembly, id(member), position, '2025-08-01'));
  }
  expectAccepted(await desk.recordElectionResult(records.pastAssembly, 'PRESIDENT', [id('Lisbon')]));
  const elected = await desk.recordElectionResult(records.pastAssembly, 'EXECUTIVE_COMMITTEE_MEMBER', [id('Chengdu')]);
  expectAccepted(elected);
  records.committeeMandate = elected.data.recordElectionResult[0].id;
  records.pastCommitteeMeeting = await scheduled('EXECUTIVE_COMMITTEE', '2026-06-10', 'Nanjing');
});

const context = () => ({ graph, token });
const MEETING = 'id kind opensOn';
const MANDATE = 'id position startsOn endsOn';

/** A position that GraphQL accepts and a General Assembly does not elect. */
const unelectedPositions = (): HostileValue[] => [
  { label: 'VICE_PRESIDENT, which no Assembly elects', value: enumValue('VICE_PRESIDENT'), outcome: 'malformed' },
  { label: 'EXECUTIVE_VICE_PRESIDENT, which no Assembly elects', value: enumValue('EXECUTIVE_VICE_PRESIDENT'), outcome: 'malformed' },
];

const UUID_OF_NOTHING = '00000000-0000-4000-8000-00000000beef';
const decisionOfPastAssembly = () => ({ meetingId: records.pastAssembly, kind: enumValue('RESOLUTION'), title: 'Smart city declaration', text: 'The Assembly adopts\nthe declaration.' });

/** A mutation whose one argument is the id of a record, fuzzed from an id that names nothing unless `base` says otherwise. */
function byId(mutation: string, argument: string, selection: string, base: () => string = () => UUID_OF_NOTHING): MutationUnderFuzz {
  return { mutation, argumentTypes: { [argument]: 'ID!' }, selection, base: () => ({ [argument]: base() }), hostile: { [argument]: identifierValues() } };
}

/** Each governance mutation, a valid call of it, and the hostile values of each of its fields. */
const GOVERNANCE_MUTATIONS: MutationUnderFuzz[] = [
  inputMutation(
    'scheduleMeeting',
    MEETING,
    () => ({ kind: enumValue('EXECUTIVE_COMMITTEE'), opensOn: '2040-05-01', hostMemberId: id('Nanjing') }),
    {
      input: wholeInputValues({ kind: enumValue('EXECUTIVE_COMMITTEE'), opensOn: '2040-05-01', hostMemberId: UUID_OF_NOTHING }),
      kind: enumValues('EXECUTIVE_COMMITTEE'),
      opensOn: dateValues(),
      // governance sends it on to membership: the near-limit id grows on the way
      hostMemberId: identifierValues({ nearBodyLimit: true }),
    },
    { title: 'scheduleMeeting (an Executive Committee meeting)' },
  ),
  // The same mutation for a General Assembly, whose date shapes the Executive Vice President's mandate (G9).
  inputMutation('scheduleMeeting', `${MEETING} candidacyDeadline`, () => ({ kind: enumValue('GENERAL_ASSEMBLY'), opensOn: '2045-10-01', hostMemberId: id('Seoul') }), { opensOn: dateValues() }, { title: 'scheduleMeeting (a General Assembly)' }),
  byId('cancelMeeting', 'meetingId', MEETING, () => records.committeeMeeting),
  inputMutation(
    'submitCandidacy',
    'id status',
    () => ({ meetingId: records.nextAssembly, memberId: id('Nanjing'), position: enumValue('EXECUTIVE_COMMITTEE_MEMBER'), receivedOn: '2026-11-01' }),
    {
      input: wholeInputValues({ meetingId: records.nextAssembly, memberId: UUID_OF_NOTHING, position: enumValue('PRESIDENT'), receivedOn: '2026-11-01' }),
      meetingId: identifierValues(),
      memberId: identifierValues(),
      position: [...enumValues('EXECUTIVE_COMMITTEE_MEMBER'), ...unelectedPositions()],
      receivedOn: dateValues(),
    },
  ),
  byId('withdrawCandidacy', 'candidacyId', 'id status'),
  inputMutation('recordElectionResult', MANDATE, () => ({ meetingId: records.pastAssembly, position: enumValue('EXECUTIVE_COMMITTEE_MEMBER'), electedMemberIds: [id('Tashkent')] }), {
    input: wholeInputValues({ meetingId: records.pastAssembly, position: enumValue('EXECUTIVE_COMMITTEE_MEMBER'), electedMemberIds: [UUID_OF_NOTHING] }),
    meetingId: identifierValues(),
    position: [...enumValues('EXECUTIVE_COMMITTEE_MEMBER'), ...unelectedPositions()],
    // A member without a candidacy is refused under G7, not as an unknown member.
    electedMemberIds: idListValues({ empty: 'malformed', unknown: 'refused', tooMany: 'malformed' }),
  }),
  inputMutation('appointVicePresident', MANDATE, () => ({ memberId: id('Chengdu'), startsOn: '2026-12-01' }), {
    input: wholeInputValues({ memberId: UUID_OF_NOTHING, startsOn: '2026-12-01' }),
    memberId: identifierValues(),
    startsOn: dateValues(),
  }),
  inputMutation('nominateVicePresidents', 'id position member { id }', () => ({ meetingId: records.pastCommitteeMeeting, memberIds: [id('Chengdu')] }), {
    input: wholeInputValues({ meetingId: UUID_OF_NOTHING, memberIds: [id('Chengdu')] }),
    meetingId: identifierValues(),
    memberIds: idListValues({ empty: 'malformed', unknown: 'names-nothing', tooMany: 'malformed' }),
  }),
  byId('revokeAppointment', 'mandateId', `${MANDATE} revoked`),
  {
    mutation: 'endMandate',
    argumentTypes: { mandateId: 'ID!', endsOn: 'Date!' },
    selection: MANDATE,
    base: () => ({ mandateId: records.committeeMandate, endsOn: '2026-12-31' }),
    hostile: { mandateId: identifierValues(), endsOn: dateValues() },
  },
  inputMutation('recordAttendance', MEETING, () => ({ meetingId: records.committeeMeeting, absentMemberIds: [] }), {
    input: wholeInputValues({ meetingId: UUID_OF_NOTHING, absentMemberIds: [] }),
    meetingId: identifierValues(),
    absentMemberIds: idListValues({ empty: 'either', unknown: 'names-nothing', tooMany: 'malformed' }),
  }),
  inputMutation('recordDecision', 'id number reference kind title text adoptedOn', decisionOfPastAssembly, {
    input: wholeInputValues({ ...decisionOfPastAssembly(), meetingId: UUID_OF_NOTHING }),
    meetingId: identifierValues(),
    // A General Assembly adopts no activity review (G13).
    kind: [...enumValues('RESOLUTION'), { label: 'ACTIVITY_REVIEW, which no Assembly adopts', value: enumValue('ACTIVITY_REVIEW'), outcome: 'refused' }],
    title: freeTextValues(),
    text: multilineTextValues(20_000),
    supersedesDecisionId: identifierValues({ optional: true }),
  }),
];

describe('hostile values for every governance mutation input, sent by the Secretariat', () => {
  fuzzEachField(GOVERNANCE_MUTATIONS, context);
});
