import { startedForThisFile } from '@wego/testing';
import { startGraph } from '../support/graph-under-test';
import { expectAccepted, GovernanceDesk } from '../support/governance-desk';
import { dateValues, enumValues, freeTextValues, identifierValues, idListValues, multilineTextValues, wholeInputValues, type HostileValue } from './hostile-values';
import { fuzzEachField, type MutationUnderFuzz } from './mutation-fuzz';
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

const scheduleCommitteeMeeting: MutationUnderFuzz = {
  mutation: 'scheduleMeeting',
  title: 'scheduleMeeting (an Executive Committee meeting)',
  argumentTypes: { input: 'ScheduleMeetingInput!' },
  selection: MEETING,
  base: () => ({ input: { kind: enumValue('EXECUTIVE_COMMITTEE'), opensOn: '2040-05-01', hostMemberId: id('Nanjing') } }),
  hostile: {
    input: wholeInputValues({ kind: enumValue('EXECUTIVE_COMMITTEE'), opensOn: '2040-05-01', hostMemberId: '00000000-0000-4000-8000-00000000beef' }),
    'input.kind': enumValues('EXECUTIVE_COMMITTEE'),
    'input.opensOn': dateValues(),
    // governance sends it on to membership: the near-limit id grows on the way
    'input.hostMemberId': identifierValues({ nearBodyLimit: true }),
  },
};

/** The same mutation for a General Assembly, whose date shapes the Executive Vice President's mandate (G9). */
const scheduleGeneralAssembly: MutationUnderFuzz = {
  mutation: 'scheduleMeeting',
  title: 'scheduleMeeting (a General Assembly)',
  argumentTypes: { input: 'ScheduleMeetingInput!' },
  selection: `${MEETING} candidacyDeadline`,
  base: () => ({ input: { kind: enumValue('GENERAL_ASSEMBLY'), opensOn: '2045-10-01', hostMemberId: id('Seoul') } }),
  hostile: { 'input.opensOn': dateValues() },
};

const cancelMeeting: MutationUnderFuzz = {
  mutation: 'cancelMeeting',
  argumentTypes: { meetingId: 'ID!' },
  selection: MEETING,
  base: () => ({ meetingId: records.committeeMeeting }),
  hostile: { meetingId: identifierValues() },
};

const submitCandidacy: MutationUnderFuzz = {
  mutation: 'submitCandidacy',
  argumentTypes: { input: 'SubmitCandidacyInput!' },
  selection: 'id status',
  base: () => ({
    input: { meetingId: records.nextAssembly, memberId: id('Nanjing'), position: enumValue('EXECUTIVE_COMMITTEE_MEMBER'), receivedOn: '2026-11-01' },
  }),
  hostile: {
    input: wholeInputValues({ meetingId: records.nextAssembly, memberId: '00000000-0000-4000-8000-00000000beef', position: enumValue('PRESIDENT'), receivedOn: '2026-11-01' }),
    'input.meetingId': identifierValues(),
    'input.memberId': identifierValues(),
    'input.position': [...enumValues('EXECUTIVE_COMMITTEE_MEMBER'), ...unelectedPositions()],
    'input.receivedOn': dateValues(),
  },
};

const withdrawCandidacy: MutationUnderFuzz = {
  mutation: 'withdrawCandidacy',
  argumentTypes: { candidacyId: 'ID!' },
  selection: 'id status',
  base: () => ({ candidacyId: '00000000-0000-4000-8000-00000000beef' }),
  hostile: { candidacyId: identifierValues() },
};

const recordElectionResult: MutationUnderFuzz = {
  mutation: 'recordElectionResult',
  argumentTypes: { input: 'RecordElectionResultInput!' },
  selection: MANDATE,
  base: () => ({ input: { meetingId: records.pastAssembly, position: enumValue('EXECUTIVE_COMMITTEE_MEMBER'), electedMemberIds: [id('Tashkent')] } }),
  hostile: {
    input: wholeInputValues({ meetingId: records.pastAssembly, position: enumValue('EXECUTIVE_COMMITTEE_MEMBER'), electedMemberIds: ['00000000-0000-4000-8000-00000000beef'] }),
    'input.meetingId': identifierValues(),
    'input.position': [...enumValues('EXECUTIVE_COMMITTEE_MEMBER'), ...unelectedPositions()],
    // A member without a candidacy is refused under G7, not as an unknown member.
    'input.electedMemberIds': idListValues({ empty: 'malformed', unknown: 'refused', tooMany: 'malformed' }),
  },
};

const appointVicePresident: MutationUnderFuzz = {
  mutation: 'appointVicePresident',
  argumentTypes: { input: 'AppointVicePresidentInput!' },
  selection: MANDATE,
  base: () => ({ input: { memberId: id('Chengdu'), startsOn: '2026-12-01' } }),
  hostile: {
    input: wholeInputValues({ memberId: '00000000-0000-4000-8000-00000000beef', startsOn: '2026-12-01' }),
    'input.memberId': identifierValues(),
    'input.startsOn': dateValues(),
  },
};

const nominateVicePresidents: MutationUnderFuzz = {
  mutation: 'nominateVicePresidents',
  argumentTypes: { input: 'NominateVicePresidentsInput!' },
  selection: 'id position member { id }',
  base: () => ({ input: { meetingId: records.pastCommitteeMeeting, memberIds: [id('Chengdu')] } }),
  hostile: {
    input: wholeInputValues({ meetingId: '00000000-0000-4000-8000-00000000beef', memberIds: [id('Chengdu')] }),
    'input.meetingId': identifierValues(),
    'input.memberIds': idListValues({ empty: 'malformed', unknown: 'names-nothing', tooMany: 'malformed' }),
  },
};

const revokeAppointment: MutationUnderFuzz = {
  mutation: 'revokeAppointment',
  argumentTypes: { mandateId: 'ID!' },
  selection: `${MANDATE} revoked`,
  base: () => ({ mandateId: '00000000-0000-4000-8000-00000000beef' }),
  hostile: { mandateId: identifierValues() },
};

const endMandate: MutationUnderFuzz = {
  mutation: 'endMandate',
  argumentTypes: { mandateId: 'ID!', endsOn: 'Date!' },
  selection: MANDATE,
  base: () => ({ mandateId: records.committeeMandate, endsOn: '2026-12-31' }),
  hostile: { mandateId: identifierValues(), endsOn: dateValues() },
};

const recordAttendance: MutationUnderFuzz = {
  mutation: 'recordAttendance',
  argumentTypes: { input: 'RecordAttendanceInput!' },
  selection: MEETING,
  base: () => ({ input: { meetingId: records.committeeMeeting, absentMemberIds: [] } }),
  hostile: {
    input: wholeInputValues({ meetingId: '00000000-0000-4000-8000-00000000beef', absentMemberIds: [] }),
    'input.meetingId': identifierValues(),
    'input.absentMemberIds': idListValues({ empty: 'either', unknown: 'names-nothing', tooMany: 'malformed' }),
  },
};

const decisionOfPastAssembly = () => ({ meetingId: records.pastAssembly, kind: enumValue('RESOLUTION'), title: 'Smart city declaration', text: 'The Assembly adopts\nthe declaration.' });

const recordDecision: MutationUnderFuzz = {
  mutation: 'recordDecision',
  argumentTypes: { input: 'RecordDecisionInput!' },
  selection: 'id number reference kind title text adoptedOn',
  base: () => ({ input: decisionOfPastAssembly() }),
  hostile: {
    input: wholeInputValues({ ...decisionOfPastAssembly(), meetingId: '00000000-0000-4000-8000-00000000beef' }),
    'input.meetingId': identifierValues(),
    // A General Assembly adopts no activity review (G13).
    'input.kind': [...enumValues('RESOLUTION'), { label: 'ACTIVITY_REVIEW, which no Assembly adopts', value: enumValue('ACTIVITY_REVIEW'), outcome: 'refused' }],
    'input.title': freeTextValues(),
    'input.text': multilineTextValues(20_000),
    'input.supersedesDecisionId': identifierValues({ optional: true }),
  },
};

describe('hostile values for every governance mutation input, sent by the Secretariat', () => {
  for (const spec of [
    scheduleCommitteeMeeting,
    scheduleGeneralAssembly,
    cancelMeeting,
    submitCandidacy,
    withdrawCandidacy,
    recordElectionResult,
    appointVicePresident,
    nominateVicePresidents,
    revokeAppointment,
    endMandate,
    recordAttendance,
    recordDecision,
  ]) {
    fuzzEachField(spec, context);
  }
});
