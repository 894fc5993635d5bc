/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query GracefulMembers { members(filter: { nameContains: \"Graceful\" }) { totalCount } }": typeof types.GracefulMembersDocument,
    "query MaskedOfficesAndMeetings { offices { name } meetings { id opensOn } }": typeof types.MaskedOfficesAndMeetingsDocument,
    "mutation RestartRegister($name: String!) { registerMember(input: { name: $name, category: FULL, kind: CITY, countryCode: \"KR\" }) { id } }": typeof types.RestartRegisterDocument,
    "query OfficesAndMembers { offices { id members(first: 1) { totalCount } } }": typeof types.OfficesAndMembersDocument,
    "query TimeoutMembers { members { totalCount } }": typeof types.TimeoutMembersDocument,
    "mutation DroppedCancelMeeting { cancelMeeting(meetingId: \"00000000-0000-4000-8000-000000000001\") { id } }": typeof types.DroppedCancelMeetingDocument,
    "mutation FailingSetOfficeCoverage { setOfficeCoverage(officeId: \"east-asia\", countryCodes: [\"CN\"]) { id } }": typeof types.FailingSetOfficeCoverageDocument,
    "mutation FoundingAssessFee($id: ID!) { assessFee(input: { memberId: $id, year: 2026, amountDue: 1000 }) { outstanding } }": typeof types.FoundingAssessFeeDocument,
    "query FoundingFeesOf($id: ID!) { member(id: $id) { name office { region } fees { year outstanding } feesFullyPaid } }": typeof types.FoundingFeesOfDocument,
    "query FoundingOfficeMembers { office(id: \"east-asia\") { members(first: 3) { totalCount edges { node { name } } pageInfo { hasNextPage } } } }": typeof types.FoundingOfficeMembersDocument,
    "mutation LoadRegister($name: String!) { registerMember(input: { name: $name, category: FULL, kind: CITY, countryCode: \"KR\" }) { id name } }": typeof types.LoadRegisterDocument,
    "mutation FailoverRegister($input: RegisterMemberInput!, $key: String) { registerMember(input: $input, idempotencyKey: $key) { id name } }": typeof types.FailoverRegisterDocument,
    "mutation FailoverDecide($input: RecordDecisionInput!, $key: String) { recordDecision(input: $input, idempotencyKey: $key) { id title } }": typeof types.FailoverDecideDocument,
    "query FailoverRead { members(first: 10) { totalCount edges { node { id name office { name } } } } meetings { id opensOn } }": typeof types.FailoverReadDocument,
    "query FoundingMembersAndOffices {\n  members(filter: { foundingMember: true }, first: 200) {\n    totalCount\n    edges { node { name countryCode category office { kind name region city } mandates { position startsOn } } }\n  }\n  offices { kind name city region coveredCountryCodes members(first: 5) { totalCount } }\n}": typeof types.FoundingMembersAndOfficesDocument,
    "\n  fragment DeskMandate on Mandate { id position startsOn endsOn member { id name } }\n": typeof types.DeskMandateFragmentDoc,
    "\n  fragment DeskNomination on Nomination { id position member { id name } meeting { id opensOn } }\n": typeof types.DeskNominationFragmentDoc,
    "\n  fragment DeskMeeting on Meeting {\n    id kind regular opensOn hostDesignatedOn cancelled cancelledOn candidacyDeadline host { id name } chair { id name }\n  }\n": typeof types.DeskMeetingFragmentDoc,
    "\n  fragment DeskDecision on Decision { id number reference kind title adoptedOn meeting { id } supersedes { id } supersededBy { id } }\n": typeof types.DeskDecisionFragmentDoc,
    "\n  fragment DeskCandidacy on Candidacy { id position receivedOn status member { id name } meeting { id } }\n": typeof types.DeskCandidacyFragmentDoc,
    "query DeskMemberIds { members(first: 200) { edges { node { id name } } } }": typeof types.DeskMemberIdsDocument,
    "mutation DeskScheduleMeeting($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ...DeskMeeting } }": typeof types.DeskScheduleMeetingDocument,
    "mutation DeskCancelMeeting($id: ID!) { cancelMeeting(meetingId: $id) { ...DeskMeeting } }": typeof types.DeskCancelMeetingDocument,
    "mutation DeskSubmitCandidacy($input: SubmitCandidacyInput!) { submitCandidacy(input: $input) { ...DeskCandidacy } }": typeof types.DeskSubmitCandidacyDocument,
    "mutation DeskWithdrawCandidacy($id: ID!) { withdrawCandidacy(candidacyId: $id) { ...DeskCandidacy } }": typeof types.DeskWithdrawCandidacyDocument,
    "mutation DeskRecordElectionResult($input: RecordElectionResultInput!) { recordElectionResult(input: $input) { ...DeskMandate } }": typeof types.DeskRecordElectionResultDocument,
    "mutation DeskAppointVicePresident($input: AppointVicePresidentInput!) { appointVicePresident(input: $input) { ...DeskMandate } }": typeof types.DeskAppointVicePresidentDocument,
    "mutation DeskNominateVicePresidents($input: NominateVicePresidentsInput!) { nominateVicePresidents(input: $input) { ...DeskNomination } }": typeof types.DeskNominateVicePresidentsDocument,
    "mutation DeskRevokeAppointment($id: ID!) { revokeAppointment(mandateId: $id) { ...DeskMandate revoked } }": typeof types.DeskRevokeAppointmentDocument,
    "mutation DeskRecordDecision($input: RecordDecisionInput!) { recordDecision(input: $input) { ...DeskDecision } }": typeof types.DeskRecordDecisionDocument,
    "mutation DeskEndMandate($id: ID!, $endsOn: Date!) { endMandate(mandateId: $id, endsOn: $endsOn) { ...DeskMandate } }": typeof types.DeskEndMandateDocument,
    "mutation DeskRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { ...DeskMeeting } }": typeof types.DeskRecordAttendanceDocument,
    "query DeskCommitteeOn($on: Date) { executiveCommittee(on: $on) { ...DeskMandate } }": typeof types.DeskCommitteeOnDocument,
    "query DeskCharterIssuesOn($on: Date) { charterIssues(on: $on) { rule message } }": typeof types.DeskCharterIssuesOnDocument,
    "query DeskMeeting($id: ID!) { meeting(id: $id) { ...DeskMeeting candidacies { ...DeskCandidacy } } }": typeof types.DeskMeetingDocument,
    "mutation DeskAssessFee($input: AssessFeeInput!) { assessFee(input: $input) { outstanding } }": typeof types.DeskAssessFeeDocument,
    "mutation DeskSetMemberStatus($id: ID!, $status: MembershipStatus!) { setMemberStatus(memberId: $id, status: $status) { id } }": typeof types.DeskSetMemberStatusDocument,
    "mutation DeskRegisterMember($input: RegisterMemberInput!) { registerMember(input: $input) { id } }": typeof types.DeskRegisterMemberDocument,
    "query DeskMandatesOf($id: ID!) { member(id: $id) { mandates { id position startsOn endsOn revoked } } }": typeof types.DeskMandatesOfDocument,
};
const documents: Documents = {
    "query GracefulMembers { members(filter: { nameContains: \"Graceful\" }) { totalCount } }": types.GracefulMembersDocument,
    "query MaskedOfficesAndMeetings { offices { name } meetings { id opensOn } }": types.MaskedOfficesAndMeetingsDocument,
    "mutation RestartRegister($name: String!) { registerMember(input: { name: $name, category: FULL, kind: CITY, countryCode: \"KR\" }) { id } }": types.RestartRegisterDocument,
    "query OfficesAndMembers { offices { id members(first: 1) { totalCount } } }": types.OfficesAndMembersDocument,
    "query TimeoutMembers { members { totalCount } }": types.TimeoutMembersDocument,
    "mutation DroppedCancelMeeting { cancelMeeting(meetingId: \"00000000-0000-4000-8000-000000000001\") { id } }": types.DroppedCancelMeetingDocument,
    "mutation FailingSetOfficeCoverage { setOfficeCoverage(officeId: \"east-asia\", countryCodes: [\"CN\"]) { id } }": types.FailingSetOfficeCoverageDocument,
    "mutation FoundingAssessFee($id: ID!) { assessFee(input: { memberId: $id, year: 2026, amountDue: 1000 }) { outstanding } }": types.FoundingAssessFeeDocument,
    "query FoundingFeesOf($id: ID!) { member(id: $id) { name office { region } fees { year outstanding } feesFullyPaid } }": types.FoundingFeesOfDocument,
    "query FoundingOfficeMembers { office(id: \"east-asia\") { members(first: 3) { totalCount edges { node { name } } pageInfo { hasNextPage } } } }": types.FoundingOfficeMembersDocument,
    "mutation LoadRegister($name: String!) { registerMember(input: { name: $name, category: FULL, kind: CITY, countryCode: \"KR\" }) { id name } }": types.LoadRegisterDocument,
    "mutation FailoverRegister($input: RegisterMemberInput!, $key: String) { registerMember(input: $input, idempotencyKey: $key) { id name } }": types.FailoverRegisterDocument,
    "mutation FailoverDecide($input: RecordDecisionInput!, $key: String) { recordDecision(input: $input, idempotencyKey: $key) { id title } }": types.FailoverDecideDocument,
    "query FailoverRead { members(first: 10) { totalCount edges { node { id name office { name } } } } meetings { id opensOn } }": types.FailoverReadDocument,
    "query FoundingMembersAndOffices {\n  members(filter: { foundingMember: true }, first: 200) {\n    totalCount\n    edges { node { name countryCode category office { kind name region city } mandates { position startsOn } } }\n  }\n  offices { kind name city region coveredCountryCodes members(first: 5) { totalCount } }\n}": types.FoundingMembersAndOfficesDocument,
    "\n  fragment DeskMandate on Mandate { id position startsOn endsOn member { id name } }\n": types.DeskMandateFragmentDoc,
    "\n  fragment DeskNomination on Nomination { id position member { id name } meeting { id opensOn } }\n": types.DeskNominationFragmentDoc,
    "\n  fragment DeskMeeting on Meeting {\n    id kind regular opensOn hostDesignatedOn cancelled cancelledOn candidacyDeadline host { id name } chair { id name }\n  }\n": types.DeskMeetingFragmentDoc,
    "\n  fragment DeskDecision on Decision { id number reference kind title adoptedOn meeting { id } supersedes { id } supersededBy { id } }\n": types.DeskDecisionFragmentDoc,
    "\n  fragment DeskCandidacy on Candidacy { id position receivedOn status member { id name } meeting { id } }\n": types.DeskCandidacyFragmentDoc,
    "query DeskMemberIds { members(first: 200) { edges { node { id name } } } }": types.DeskMemberIdsDocument,
    "mutation DeskScheduleMeeting($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ...DeskMeeting } }": types.DeskScheduleMeetingDocument,
    "mutation DeskCancelMeeting($id: ID!) { cancelMeeting(meetingId: $id) { ...DeskMeeting } }": types.DeskCancelMeetingDocument,
    "mutation DeskSubmitCandidacy($input: SubmitCandidacyInput!) { submitCandidacy(input: $input) { ...DeskCandidacy } }": types.DeskSubmitCandidacyDocument,
    "mutation DeskWithdrawCandidacy($id: ID!) { withdrawCandidacy(candidacyId: $id) { ...DeskCandidacy } }": types.DeskWithdrawCandidacyDocument,
    "mutation DeskRecordElectionResult($input: RecordElectionResultInput!) { recordElectionResult(input: $input) { ...DeskMandate } }": types.DeskRecordElectionResultDocument,
    "mutation DeskAppointVicePresident($input: AppointVicePresidentInput!) { appointVicePresident(input: $input) { ...DeskMandate } }": types.DeskAppointVicePresidentDocument,
    "mutation DeskNominateVicePresidents($input: NominateVicePresidentsInput!) { nominateVicePresidents(input: $input) { ...DeskNomination } }": types.DeskNominateVicePresidentsDocument,
    "mutation DeskRevokeAppointment($id: ID!) { revokeAppointment(mandateId: $id) { ...DeskMandate revoked } }": types.DeskRevokeAppointmentDocument,
    "mutation DeskRecordDecision($input: RecordDecisionInput!) { recordDecision(input: $input) { ...DeskDecision } }": types.DeskRecordDecisionDocument,
    "mutation DeskEndMandate($id: ID!, $endsOn: Date!) { endMandate(mandateId: $id, endsOn: $endsOn) { ...DeskMandate } }": types.DeskEndMandateDocument,
    "mutation DeskRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { ...DeskMeeting } }": types.DeskRecordAttendanceDocument,
    "query DeskCommitteeOn($on: Date) { executiveCommittee(on: $on) { ...DeskMandate } }": types.DeskCommitteeOnDocument,
    "query DeskCharterIssuesOn($on: Date) { charterIssues(on: $on) { rule message } }": types.DeskCharterIssuesOnDocument,
    "query DeskMeeting($id: ID!) { meeting(id: $id) { ...DeskMeeting candidacies { ...DeskCandidacy } } }": types.DeskMeetingDocument,
    "mutation DeskAssessFee($input: AssessFeeInput!) { assessFee(input: $input) { outstanding } }": types.DeskAssessFeeDocument,
    "mutation DeskSetMemberStatus($id: ID!, $status: MembershipStatus!) { setMemberStatus(memberId: $id, status: $status) { id } }": types.DeskSetMemberStatusDocument,
    "mutation DeskRegisterMember($input: RegisterMemberInput!) { registerMember(input: $input) { id } }": types.DeskRegisterMemberDocument,
    "query DeskMandatesOf($id: ID!) { member(id: $id) { mandates { id position startsOn endsOn revoked } } }": types.DeskMandatesOfDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GracefulMembers { members(filter: { nameContains: \"Graceful\" }) { totalCount } }"): typeof import('./graphql').GracefulMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MaskedOfficesAndMeetings { offices { name } meetings { id opensOn } }"): typeof import('./graphql').MaskedOfficesAndMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestartRegister($name: String!) { registerMember(input: { name: $name, category: FULL, kind: CITY, countryCode: \"KR\" }) { id } }"): typeof import('./graphql').RestartRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OfficesAndMembers { offices { id members(first: 1) { totalCount } } }"): typeof import('./graphql').OfficesAndMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimeoutMembers { members { totalCount } }"): typeof import('./graphql').TimeoutMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DroppedCancelMeeting { cancelMeeting(meetingId: \"00000000-0000-4000-8000-000000000001\") { id } }"): typeof import('./graphql').DroppedCancelMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FailingSetOfficeCoverage { setOfficeCoverage(officeId: \"east-asia\", countryCodes: [\"CN\"]) { id } }"): typeof import('./graphql').FailingSetOfficeCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoundingAssessFee($id: ID!) { assessFee(input: { memberId: $id, year: 2026, amountDue: 1000 }) { outstanding } }"): typeof import('./graphql').FoundingAssessFeeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundingFeesOf($id: ID!) { member(id: $id) { name office { region } fees { year outstanding } feesFullyPaid } }"): typeof import('./graphql').FoundingFeesOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundingOfficeMembers { office(id: \"east-asia\") { members(first: 3) { totalCount edges { node { name } } pageInfo { hasNextPage } } } }"): typeof import('./graphql').FoundingOfficeMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoadRegister($name: String!) { registerMember(input: { name: $name, category: FULL, kind: CITY, countryCode: \"KR\" }) { id name } }"): typeof import('./graphql').LoadRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FailoverRegister($input: RegisterMemberInput!, $key: String) { registerMember(input: $input, idempotencyKey: $key) { id name } }"): typeof import('./graphql').FailoverRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FailoverDecide($input: RecordDecisionInput!, $key: String) { recordDecision(input: $input, idempotencyKey: $key) { id title } }"): typeof import('./graphql').FailoverDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FailoverRead { members(first: 10) { totalCount edges { node { id name office { name } } } } meetings { id opensOn } }"): typeof import('./graphql').FailoverReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundingMembersAndOffices {\n  members(filter: { foundingMember: true }, first: 200) {\n    totalCount\n    edges { node { name countryCode category office { kind name region city } mandates { position startsOn } } }\n  }\n  offices { kind name city region coveredCountryCodes members(first: 5) { totalCount } }\n}"): typeof import('./graphql').FoundingMembersAndOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskMandate on Mandate { id position startsOn endsOn member { id name } }\n"): typeof import('./graphql').DeskMandateFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskNomination on Nomination { id position member { id name } meeting { id opensOn } }\n"): typeof import('./graphql').DeskNominationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskMeeting on Meeting {\n    id kind regular opensOn hostDesignatedOn cancelled cancelledOn candidacyDeadline host { id name } chair { id name }\n  }\n"): typeof import('./graphql').DeskMeetingFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskDecision on Decision { id number reference kind title adoptedOn meeting { id } supersedes { id } supersededBy { id } }\n"): typeof import('./graphql').DeskDecisionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskCandidacy on Candidacy { id position receivedOn status member { id name } meeting { id } }\n"): typeof import('./graphql').DeskCandidacyFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeskMemberIds { members(first: 200) { edges { node { id name } } } }"): typeof import('./graphql').DeskMemberIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskScheduleMeeting($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ...DeskMeeting } }"): typeof import('./graphql').DeskScheduleMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskCancelMeeting($id: ID!) { cancelMeeting(meetingId: $id) { ...DeskMeeting } }"): typeof import('./graphql').DeskCancelMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskSubmitCandidacy($input: SubmitCandidacyInput!) { submitCandidacy(input: $input) { ...DeskCandidacy } }"): typeof import('./graphql').DeskSubmitCandidacyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskWithdrawCandidacy($id: ID!) { withdrawCandidacy(candidacyId: $id) { ...DeskCandidacy } }"): typeof import('./graphql').DeskWithdrawCandidacyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskRecordElectionResult($input: RecordElectionResultInput!) { recordElectionResult(input: $input) { ...DeskMandate } }"): typeof import('./graphql').DeskRecordElectionResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskAppointVicePresident($input: AppointVicePresidentInput!) { appointVicePresident(input: $input) { ...DeskMandate } }"): typeof import('./graphql').DeskAppointVicePresidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskNominateVicePresidents($input: NominateVicePresidentsInput!) { nominateVicePresidents(input: $input) { ...DeskNomination } }"): typeof import('./graphql').DeskNominateVicePresidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskRevokeAppointment($id: ID!) { revokeAppointment(mandateId: $id) { ...DeskMandate revoked } }"): typeof import('./graphql').DeskRevokeAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskRecordDecision($input: RecordDecisionInput!) { recordDecision(input: $input) { ...DeskDecision } }"): typeof import('./graphql').DeskRecordDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskEndMandate($id: ID!, $endsOn: Date!) { endMandate(mandateId: $id, endsOn: $endsOn) { ...DeskMandate } }"): typeof import('./graphql').DeskEndMandateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { ...DeskMeeting } }"): typeof import('./graphql').DeskRecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeskCommitteeOn($on: Date) { executiveCommittee(on: $on) { ...DeskMandate } }"): typeof import('./graphql').DeskCommitteeOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeskCharterIssuesOn($on: Date) { charterIssues(on: $on) { rule message } }"): typeof import('./graphql').DeskCharterIssuesOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeskMeeting($id: ID!) { meeting(id: $id) { ...DeskMeeting candidacies { ...DeskCandidacy } } }"): typeof import('./graphql').DeskMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskAssessFee($input: AssessFeeInput!) { assessFee(input: $input) { outstanding } }"): typeof import('./graphql').DeskAssessFeeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskSetMemberStatus($id: ID!, $status: MembershipStatus!) { setMemberStatus(memberId: $id, status: $status) { id } }"): typeof import('./graphql').DeskSetMemberStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeskRegisterMember($input: RegisterMemberInput!) { registerMember(input: $input) { id } }"): typeof import('./graphql').DeskRegisterMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeskMandatesOf($id: ID!) { member(id: $id) { mandates { id position startsOn endsOn revoked } } }"): typeof import('./graphql').DeskMandatesOfDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
