/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A Vice President City appointment (G10). */
export type AppointVicePresidentInput = {
  /** The appointee: a member holding an Executive Committee member mandate on `startsOn`. */
  memberId: string | number;
  /** The first day of the Vice President mandate; the appointer is the President on that day. */
  startsOn: string;
};

/** A fee assessment for one member and calendar year. */
export type AssessFeeInput = {
  /** Whole US dollars, zero or more. */
  amountDue: number;
  /** The member assessed. */
  memberId: string | number;
  /** The calendar year. */
  year: number;
};

/** Where a candidacy stands (G7). */
export type CandidacyStatus =
  /** The candidate was elected. */
  | 'ELECTED'
  /** Another candidate was elected for the same meeting and position. */
  | 'NOT_ELECTED'
  /** Received; no result recorded yet for its meeting and position. */
  | 'SUBMITTED'
  /** Withdrawn by the Secretariat before any election. */
  | 'WITHDRAWN';

/** The kinds of decision (G13). */
export type DecisionKind =
  /** The Executive Committee's plan of the activities for the year ahead; one in force per meeting. */
  | 'ACTIVITY_PLAN'
  /** The Executive Committee's review of the activities carried out in the previous year; one in force per meeting. */
  | 'ACTIVITY_REVIEW'
  /** A resolution of the General Assembly or the Executive Committee. */
  | 'RESOLUTION';

/** The kinds of meeting (G1, G2). */
export type MeetingKind =
  /** A meeting of the Executive Committee: a regular one each year, an extraordinary one on any day. */
  | 'EXECUTIVE_COMMITTEE'
  /** The General Assembly of all members: a regular one every three years, an extraordinary one when convened. */
  | 'GENERAL_ASSEMBLY';

/** What kind of body a member is (M1). */
export type MemberKind =
  /** A city or other local government. */
  | 'CITY'
  /** A national or regional institution. */
  | 'INSTITUTION'
  /** A province, state, prefecture or département. */
  | 'REGIONAL_GOVERNMENT'
  /** A smart tech solution provider. */
  | 'TECH_SOLUTION_PROVIDER';

/** Membership categories (M1). */
export type MembershipCategory =
  /** National and regional institutions. */
  | 'ASSOCIATE'
  /** City and other local governments. */
  | 'FULL'
  /** Smart tech solution providers. */
  | 'INDUSTRY';

/** A member's standing in the organisation (M3). */
export type MembershipStatus =
  /** A member in good order. */
  | 'ACTIVE'
  /** Suspended by the Secretariat. */
  | 'SUSPENDED'
  /** No longer a member; its history is kept. */
  | 'WITHDRAWN';

/** The nominations an Executive Committee meeting made (G10). */
export type NominateVicePresidentsInput = {
  /** The Executive Committee meeting, opened on or before today. */
  meetingId: string | number;
  /** The members it nominated for Vice President: 1-50 distinct ids, each holding an Executive Committee member mandate on the meeting's opening day. */
  memberIds: Array<string | number>;
};

/** What kind of office an office is (O1). */
export type OfficeKind =
  /** A regional office supporting the Secretariat in one region. */
  | 'REGIONAL_OFFICE'
  /** The WeGO Secretariat in Seoul, which administers the organisation. */
  | 'SECRETARIAT';

/** Positions in the governing bodies, in the order the Executive Committee lists them. */
export type Position =
  /** A member of the Executive Committee, elected by the General Assembly. */
  | 'EXECUTIVE_COMMITTEE_MEMBER'
  /** The Executive Vice President City: the host of the next General Assembly (G9). */
  | 'EXECUTIVE_VICE_PRESIDENT'
  /** The President City, elected by the General Assembly; it chairs all WeGO meetings (G12). */
  | 'PRESIDENT'
  /** A Vice President City, appointed by the President City from the Executive Committee (G10). */
  | 'VICE_PRESIDENT';

/** The attendance of a meeting. */
export type RecordAttendanceInput = {
  /** The members recorded absent; an empty list records that nobody is absent. */
  absentMemberIds: Array<string | number>;
  /** The meeting. */
  meetingId: string | number;
};

/** A decision as the Secretariat reports it (G13). */
export type RecordDecisionInput = {
  /** RESOLUTION at any meeting; ACTIVITY_REVIEW or ACTIVITY_PLAN at an Executive Committee meeting, one of each in force. */
  kind: DecisionKind;
  /** The meeting that decided: not cancelled, opened on or before today. */
  meetingId: string | number;
  /** The decision this one corrects: of the same or an earlier meeting, not a General Assembly's when this is the Executive Committee's, of the same kind and meeting when either is an activity review or plan, and not already superseded. */
  supersedesDecisionId?: string | number | null | undefined;
  /** The text as adopted: 1-20,000 characters after trimming, no control characters but line feeds and tabs (CRLF becomes LF). */
  text: string;
  /** The title: 1-200 characters after trimming, no control characters. */
  title: string;
};

/** Who a General Assembly elected to one position. */
export type RecordElectionResultInput = {
  /** The members elected, each with a submitted candidacy for this Assembly and position; one President at most. */
  electedMemberIds: Array<string | number>;
  /** The General Assembly that elected them. */
  meetingId: string | number;
  /** PRESIDENT or EXECUTIVE_COMMITTEE_MEMBER. */
  position: Position;
};

/** The regions WeGO's regional offices support (O1). */
export type Region =
  /** East Asia; the office is in Chengdu, China. */
  | 'EAST_ASIA'
  /** Eurasia; the office is in Ulyanovsk Region, Russia. */
  | 'EURASIA'
  /** Latin America; the office is in Mexico City, Mexico. */
  | 'LATIN_AMERICA'
  /** The Mediterranean; the office is in Beyoğlu, Turkey. */
  | 'MEDITERRANEAN';

/** A new member. */
export type RegisterMemberInput = {
  /** Must match the kind (M1). */
  category: MembershipCategory;
  /** ISO 3166-1 alpha-2 code, upper case. */
  countryCode: string;
  /** The day the member joined; today (Seoul) when omitted, never after today. */
  joinedOn?: string | null | undefined;
  /** What kind of body the member is. */
  kind: MemberKind;
  /** 1-200 characters after trimming; no control characters. */
  name: string;
};

/** A meeting to schedule. */
export type ScheduleMeetingInput = {
  /** Regular General Assemblies only: the day its host was designated (for example at the previous Assembly), on or before today and the opening day; its Executive Vice President days start no earlier (G9). Today, or the opening day when that is earlier, when omitted. */
  hostDesignatedOn?: string | null | undefined;
  /** The hosting member, a member on the opening day (G1); a regular General Assembly's host must be in good standing (M5, G9). */
  hostMemberId: string | number;
  /** GENERAL_ASSEMBLY or EXECUTIVE_COMMITTEE. */
  kind: MeetingKind;
  /** The day the meeting opens. */
  opensOn: string;
  /** False for an extraordinary meeting: it ends no term, seats no Executive Vice President and is not counted as the Committee's yearly meeting (G1, G2, G3, G9). Regular when omitted. */
  regular?: boolean | null | undefined;
};

/** A written candidacy as the Secretariat received it. */
export type SubmitCandidacyInput = {
  /** The General Assembly the candidacy is for. */
  meetingId: string | number;
  /** The candidate. */
  memberId: string | number;
  /** PRESIDENT (G4) or EXECUTIVE_COMMITTEE_MEMBER (G5). */
  position: Position;
  /** The day the Secretariat received the written notice: not after today, and on or before the Assembly's candidacy deadline. */
  receivedOn: string;
};

export type GracefulMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type GracefulMembersQuery = { members: { totalCount: number } };

export type MaskedOfficesAndMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MaskedOfficesAndMeetingsQuery = { offices: Array<{ name: string }>, meetings: Array<{ id: string, opensOn: string }> };

export type RestartRegisterMutationVariables = Exact<{
  name: string;
}>;


export type RestartRegisterMutation = { registerMember: { id: string } };

export type OfficesAndMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficesAndMembersQuery = { offices: Array<{ id: string, members: { totalCount: number } | null }> };

export type TimeoutMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type TimeoutMembersQuery = { members: { totalCount: number } };

export type DroppedCancelMeetingMutationVariables = Exact<{ [key: string]: never; }>;


export type DroppedCancelMeetingMutation = { cancelMeeting: { id: string } };

export type FailingSetOfficeCoverageMutationVariables = Exact<{ [key: string]: never; }>;


export type FailingSetOfficeCoverageMutation = { setOfficeCoverage: { id: string } };

export type FoundingAssessFeeMutationVariables = Exact<{
  id: string | number;
}>;


export type FoundingAssessFeeMutation = { assessFee: { outstanding: number } };

export type FoundingFeesOfQueryVariables = Exact<{
  id: string | number;
}>;


export type FoundingFeesOfQuery = { member: { name: string, feesFullyPaid: boolean | null, office: { region: Region | null } | null, fees: Array<{ year: number, outstanding: number }> | null } | null };

export type FoundingOfficeMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundingOfficeMembersQuery = { office: { members: { totalCount: number, edges: Array<{ node: { name: string } }>, pageInfo: { hasNextPage: boolean } } | null } | null };

export type LoadRegisterMutationVariables = Exact<{
  name: string;
}>;


export type LoadRegisterMutation = { registerMember: { id: string, name: string } };

export type FailoverRegisterMutationVariables = Exact<{
  input: RegisterMemberInput;
  key?: string | null | undefined;
}>;


export type FailoverRegisterMutation = { registerMember: { id: string, name: string } };

export type FailoverDecideMutationVariables = Exact<{
  input: RecordDecisionInput;
  key?: string | null | undefined;
}>;


export type FailoverDecideMutation = { recordDecision: { id: string, title: string } };

export type FailoverReadQueryVariables = Exact<{ [key: string]: never; }>;


export type FailoverReadQuery = { members: { totalCount: number, edges: Array<{ node: { id: string, name: string, office: { name: string } | null } }> }, meetings: Array<{ id: string, opensOn: string }> };

export type FoundingMembersAndOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundingMembersAndOfficesQuery = { members: { totalCount: number, edges: Array<{ node: { name: string, countryCode: string, category: MembershipCategory, office: { kind: OfficeKind, name: string, region: Region | null, city: string } | null, mandates: Array<{ position: Position, startsOn: string }> | null } }> }, offices: Array<{ kind: OfficeKind, name: string, city: string, region: Region | null, coveredCountryCodes: Array<string>, members: { totalCount: number } | null }> };

export type DeskMandateFragment = { id: string, position: Position, startsOn: string, endsOn: string, member: { id: string, name: string } | null };

export type DeskNominationFragment = { id: string, position: Position, member: { id: string, name: string } | null, meeting: { id: string, opensOn: string } };

export type DeskMeetingFragment = { id: string, kind: MeetingKind, regular: boolean, opensOn: string, hostDesignatedOn: string | null, cancelled: boolean, cancelledOn: string | null, candidacyDeadline: string | null, host: { id: string, name: string } | null, chair: { id: string, name: string } | null };

export type DeskDecisionFragment = { id: string, number: number, reference: string, kind: DecisionKind, title: string, adoptedOn: string, meeting: { id: string }, supersedes: { id: string } | null, supersededBy: { id: string } | null };

export type DeskCandidacyFragment = { id: string, position: Position, receivedOn: string, status: CandidacyStatus, member: { id: string, name: string } | null, meeting: { id: string } };

export type DeskMemberIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskMemberIdsQuery = { members: { edges: Array<{ node: { id: string, name: string } }> } };

export type DeskScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type DeskScheduleMeetingMutation = { scheduleMeeting: { id: string, kind: MeetingKind, regular: boolean, opensOn: string, hostDesignatedOn: string | null, cancelled: boolean, cancelledOn: string | null, candidacyDeadline: string | null, host: { id: string, name: string } | null, chair: { id: string, name: string } | null } };

export type DeskCancelMeetingMutationVariables = Exact<{
  id: string | number;
}>;


export type DeskCancelMeetingMutation = { cancelMeeting: { id: string, kind: MeetingKind, regular: boolean, opensOn: string, hostDesignatedOn: string | null, cancelled: boolean, cancelledOn: string | null, candidacyDeadline: string | null, host: { id: string, name: string } | null, chair: { id: string, name: string } | null } };

export type DeskSubmitCandidacyMutationVariables = Exact<{
  input: SubmitCandidacyInput;
}>;


export type DeskSubmitCandidacyMutation = { submitCandidacy: { id: string, position: Position, receivedOn: string, status: CandidacyStatus, member: { id: string, name: string } | null, meeting: { id: string } } };

export type DeskWithdrawCandidacyMutationVariables = Exact<{
  id: string | number;
}>;


export type DeskWithdrawCandidacyMutation = { withdrawCandidacy: { id: string, position: Position, receivedOn: string, status: CandidacyStatus, member: { id: string, name: string } | null, meeting: { id: string } } };

export type DeskRecordElectionResultMutationVariables = Exact<{
  input: RecordElectionResultInput;
}>;


export type DeskRecordElectionResultMutation = { recordElectionResult: Array<{ id: string, position: Position, startsOn: string, endsOn: string, member: { id: string, name: string } | null }> };

export type DeskAppointVicePresidentMutationVariables = Exact<{
  input: AppointVicePresidentInput;
}>;


export type DeskAppointVicePresidentMutation = { appointVicePresident: { id: string, position: Position, startsOn: string, endsOn: string, member: { id: string, name: string } | null } };

export type DeskNominateVicePresidentsMutationVariables = Exact<{
  input: NominateVicePresidentsInput;
}>;


export type DeskNominateVicePresidentsMutation = { nominateVicePresidents: Array<{ id: string, position: Position, member: { id: string, name: string } | null, meeting: { id: string, opensOn: string } }> };

export type DeskRevokeAppointmentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeskRevokeAppointmentMutation = { revokeAppointment: { revoked: boolean, id: string, position: Position, startsOn: string, endsOn: string, member: { id: string, name: string } | null } };

export type DeskRecordDecisionMutationVariables = Exact<{
  input: RecordDecisionInput;
}>;


export type DeskRecordDecisionMutation = { recordDecision: { id: string, number: number, reference: string, kind: DecisionKind, title: string, adoptedOn: string, meeting: { id: string }, supersedes: { id: string } | null, supersededBy: { id: string } | null } };

export type DeskEndMandateMutationVariables = Exact<{
  id: string | number;
  endsOn: string;
}>;


export type DeskEndMandateMutation = { endMandate: { id: string, position: Position, startsOn: string, endsOn: string, member: { id: string, name: string } | null } };

export type DeskRecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type DeskRecordAttendanceMutation = { recordAttendance: { id: string, kind: MeetingKind, regular: boolean, opensOn: string, hostDesignatedOn: string | null, cancelled: boolean, cancelledOn: string | null, candidacyDeadline: string | null, host: { id: string, name: string } | null, chair: { id: string, name: string } | null } };

export type DeskCommitteeOnQueryVariables = Exact<{
  on?: string | null | undefined;
}>;


export type DeskCommitteeOnQuery = { executiveCommittee: Array<{ id: string, position: Position, startsOn: string, endsOn: string, member: { id: string, name: string } | null }> };

export type DeskCharterIssuesOnQueryVariables = Exact<{
  on?: string | null | undefined;
}>;


export type DeskCharterIssuesOnQuery = { charterIssues: Array<{ rule: string, message: string }> };

export type DeskMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type DeskMeetingQuery = { meeting: { id: string, kind: MeetingKind, regular: boolean, opensOn: string, hostDesignatedOn: string | null, cancelled: boolean, cancelledOn: string | null, candidacyDeadline: string | null, candidacies: Array<{ id: string, position: Position, receivedOn: string, status: CandidacyStatus, member: { id: string, name: string } | null, meeting: { id: string } }>, host: { id: string, name: string } | null, chair: { id: string, name: string } | null } | null };

export type DeskAssessFeeMutationVariables = Exact<{
  input: AssessFeeInput;
}>;


export type DeskAssessFeeMutation = { assessFee: { outstanding: number } };

export type DeskSetMemberStatusMutationVariables = Exact<{
  id: string | number;
  status: MembershipStatus;
}>;


export type DeskSetMemberStatusMutation = { setMemberStatus: { id: string } };

export type DeskRegisterMemberMutationVariables = Exact<{
  input: RegisterMemberInput;
}>;


export type DeskRegisterMemberMutation = { registerMember: { id: string } };

export type DeskMandatesOfQueryVariables = Exact<{
  id: string | number;
}>;


export type DeskMandatesOfQuery = { member: { mandates: Array<{ id: string, position: Position, startsOn: string, endsOn: string, revoked: boolean }> | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DeskMandateFragmentDoc = new TypedDocumentString(`
    fragment DeskMandate on Mandate {
  id
  position
  startsOn
  endsOn
  member {
    id
    name
  }
}
    `, {"fragmentName":"DeskMandate"}) as unknown as TypedDocumentString<DeskMandateFragment, unknown>;
export const DeskNominationFragmentDoc = new TypedDocumentString(`
    fragment DeskNomination on Nomination {
  id
  position
  member {
    id
    name
  }
  meeting {
    id
    opensOn
  }
}
    `, {"fragmentName":"DeskNomination"}) as unknown as TypedDocumentString<DeskNominationFragment, unknown>;
export const DeskMeetingFragmentDoc = new TypedDocumentString(`
    fragment DeskMeeting on Meeting {
  id
  kind
  regular
  opensOn
  hostDesignatedOn
  cancelled
  cancelledOn
  candidacyDeadline
  host {
    id
    name
  }
  chair {
    id
    name
  }
}
    `, {"fragmentName":"DeskMeeting"}) as unknown as TypedDocumentString<DeskMeetingFragment, unknown>;
export const DeskDecisionFragmentDoc = new TypedDocumentString(`
    fragment DeskDecision on Decision {
  id
  number
  reference
  kind
  title
  adoptedOn
  meeting {
    id
  }
  supersedes {
    id
  }
  supersededBy {
    id
  }
}
    `, {"fragmentName":"DeskDecision"}) as unknown as TypedDocumentString<DeskDecisionFragment, unknown>;
export const DeskCandidacyFragmentDoc = new TypedDocumentString(`
    fragment DeskCandidacy on Candidacy {
  id
  position
  receivedOn
  status
  member {
    id
    name
  }
  meeting {
    id
  }
}
    `, {"fragmentName":"DeskCandidacy"}) as unknown as TypedDocumentString<DeskCandidacyFragment, unknown>;
export const GracefulMembersDocument = new TypedDocumentString(`
    query GracefulMembers {
  members(filter: {nameContains: "Graceful"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GracefulMembersQuery, GracefulMembersQueryVariables>;
export const MaskedOfficesAndMeetingsDocument = new TypedDocumentString(`
    query MaskedOfficesAndMeetings {
  offices {
    name
  }
  meetings {
    id
    opensOn
  }
}
    `) as unknown as TypedDocumentString<MaskedOfficesAndMeetingsQuery, MaskedOfficesAndMeetingsQueryVariables>;
export const RestartRegisterDocument = new TypedDocumentString(`
    mutation RestartRegister($name: String!) {
  registerMember(
    input: {name: $name, category: FULL, kind: CITY, countryCode: "KR"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestartRegisterMutation, RestartRegisterMutationVariables>;
export const OfficesAndMembersDocument = new TypedDocumentString(`
    query OfficesAndMembers {
  offices {
    id
    members(first: 1) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<OfficesAndMembersQuery, OfficesAndMembersQueryVariables>;
export const TimeoutMembersDocument = new TypedDocumentString(`
    query TimeoutMembers {
  members {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<TimeoutMembersQuery, TimeoutMembersQueryVariables>;
export const DroppedCancelMeetingDocument = new TypedDocumentString(`
    mutation DroppedCancelMeeting {
  cancelMeeting(meetingId: "00000000-0000-4000-8000-000000000001") {
    id
  }
}
    `) as unknown as TypedDocumentString<DroppedCancelMeetingMutation, DroppedCancelMeetingMutationVariables>;
export const FailingSetOfficeCoverageDocument = new TypedDocumentString(`
    mutation FailingSetOfficeCoverage {
  setOfficeCoverage(officeId: "east-asia", countryCodes: ["CN"]) {
    id
  }
}
    `) as unknown as TypedDocumentString<FailingSetOfficeCoverageMutation, FailingSetOfficeCoverageMutationVariables>;
export const FoundingAssessFeeDocument = new TypedDocumentString(`
    mutation FoundingAssessFee($id: ID!) {
  assessFee(input: {memberId: $id, year: 2026, amountDue: 1000}) {
    outstanding
  }
}
    `) as unknown as TypedDocumentString<FoundingAssessFeeMutation, FoundingAssessFeeMutationVariables>;
export const FoundingFeesOfDocument = new TypedDocumentString(`
    query FoundingFeesOf($id: ID!) {
  member(id: $id) {
    name
    office {
      region
    }
    fees {
      year
      outstanding
    }
    feesFullyPaid
  }
}
    `) as unknown as TypedDocumentString<FoundingFeesOfQuery, FoundingFeesOfQueryVariables>;
export const FoundingOfficeMembersDocument = new TypedDocumentString(`
    query FoundingOfficeMembers {
  office(id: "east-asia") {
    members(first: 3) {
      totalCount
      edges {
        node {
          name
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FoundingOfficeMembersQuery, FoundingOfficeMembersQueryVariables>;
export const LoadRegisterDocument = new TypedDocumentString(`
    mutation LoadRegister($name: String!) {
  registerMember(
    input: {name: $name, category: FULL, kind: CITY, countryCode: "KR"}
  ) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<LoadRegisterMutation, LoadRegisterMutationVariables>;
export const FailoverRegisterDocument = new TypedDocumentString(`
    mutation FailoverRegister($input: RegisterMemberInput!, $key: String) {
  registerMember(input: $input, idempotencyKey: $key) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<FailoverRegisterMutation, FailoverRegisterMutationVariables>;
export const FailoverDecideDocument = new TypedDocumentString(`
    mutation FailoverDecide($input: RecordDecisionInput!, $key: String) {
  recordDecision(input: $input, idempotencyKey: $key) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<FailoverDecideMutation, FailoverDecideMutationVariables>;
export const FailoverReadDocument = new TypedDocumentString(`
    query FailoverRead {
  members(first: 10) {
    totalCount
    edges {
      node {
        id
        name
        office {
          name
        }
      }
    }
  }
  meetings {
    id
    opensOn
  }
}
    `) as unknown as TypedDocumentString<FailoverReadQuery, FailoverReadQueryVariables>;
export const FoundingMembersAndOfficesDocument = new TypedDocumentString(`
    query FoundingMembersAndOffices {
  members(filter: {foundingMember: true}, first: 200) {
    totalCount
    edges {
      node {
        name
        countryCode
        category
        office {
          kind
          name
          region
          city
        }
        mandates {
          position
          startsOn
        }
      }
    }
  }
  offices {
    kind
    name
    city
    region
    coveredCountryCodes
    members(first: 5) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<FoundingMembersAndOfficesQuery, FoundingMembersAndOfficesQueryVariables>;
export const DeskMemberIdsDocument = new TypedDocumentString(`
    query DeskMemberIds {
  members(first: 200) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskMemberIdsQuery, DeskMemberIdsQueryVariables>;
export const DeskScheduleMeetingDocument = new TypedDocumentString(`
    mutation DeskScheduleMeeting($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) {
    ...DeskMeeting
  }
}
    fragment DeskMeeting on Meeting {
  id
  kind
  regular
  opensOn
  hostDesignatedOn
  cancelled
  cancelledOn
  candidacyDeadline
  host {
    id
    name
  }
  chair {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeskScheduleMeetingMutation, DeskScheduleMeetingMutationVariables>;
export const DeskCancelMeetingDocument = new TypedDocumentString(`
    mutation DeskCancelMeeting($id: ID!) {
  cancelMeeting(meetingId: $id) {
    ...DeskMeeting
  }
}
    fragment DeskMeeting on Meeting {
  id
  kind
  regular
  opensOn
  hostDesignatedOn
  cancelled
  cancelledOn
  candidacyDeadline
  host {
    id
    name
  }
  chair {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeskCancelMeetingMutation, DeskCancelMeetingMutationVariables>;
export const DeskSubmitCandidacyDocument = new TypedDocumentString(`
    mutation DeskSubmitCandidacy($input: SubmitCandidacyInput!) {
  submitCandidacy(input: $input) {
    ...DeskCandidacy
  }
}
    fragment DeskCandidacy on Candidacy {
  id
  position
  receivedOn
  status
  member {
    id
    name
  }
  meeting {
    id
  }
}`) as unknown as TypedDocumentString<DeskSubmitCandidacyMutation, DeskSubmitCandidacyMutationVariables>;
export const DeskWithdrawCandidacyDocument = new TypedDocumentString(`
    mutation DeskWithdrawCandidacy($id: ID!) {
  withdrawCandidacy(candidacyId: $id) {
    ...DeskCandidacy
  }
}
    fragment DeskCandidacy on Candidacy {
  id
  position
  receivedOn
  status
  member {
    id
    name
  }
  meeting {
    id
  }
}`) as unknown as TypedDocumentString<DeskWithdrawCandidacyMutation, DeskWithdrawCandidacyMutationVariables>;
export const DeskRecordElectionResultDocument = new TypedDocumentString(`
    mutation DeskRecordElectionResult($input: RecordElectionResultInput!) {
  recordElectionResult(input: $input) {
    ...DeskMandate
  }
}
    fragment DeskMandate on Mandate {
  id
  position
  startsOn
  endsOn
  member {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeskRecordElectionResultMutation, DeskRecordElectionResultMutationVariables>;
export const DeskAppointVicePresidentDocument = new TypedDocumentString(`
    mutation DeskAppointVicePresident($input: AppointVicePresidentInput!) {
  appointVicePresident(input: $input) {
    ...DeskMandate
  }
}
    fragment DeskMandate on Mandate {
  id
  position
  startsOn
  endsOn
  member {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeskAppointVicePresidentMutation, DeskAppointVicePresidentMutationVariables>;
export const DeskNominateVicePresidentsDocument = new TypedDocumentString(`
    mutation DeskNominateVicePresidents($input: NominateVicePresidentsInput!) {
  nominateVicePresidents(input: $input) {
    ...DeskNomination
  }
}
    fragment DeskNomination on Nomination {
  id
  position
  member {
    id
    name
  }
  meeting {
    id
    opensOn
  }
}`) as unknown as TypedDocumentString<DeskNominateVicePresidentsMutation, DeskNominateVicePresidentsMutationVariables>;
export const DeskRevokeAppointmentDocument = new TypedDocumentString(`
    mutation DeskRevokeAppointment($id: ID!) {
  revokeAppointment(mandateId: $id) {
    ...DeskMandate
    revoked
  }
}
    fragment DeskMandate on Mandate {
  id
  position
  startsOn
  endsOn
  member {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeskRevokeAppointmentMutation, DeskRevokeAppointmentMutationVariables>;
export const DeskRecordDecisionDocument = new TypedDocumentString(`
    mutation DeskRecordDecision($input: RecordDecisionInput!) {
  recordDecision(input: $input) {
    ...DeskDecision
  }
}
    fragment DeskDecision on Decision {
  id
  number
  reference
  kind
  title
  adoptedOn
  meeting {
    id
  }
  supersedes {
    id
  }
  supersededBy {
    id
  }
}`) as unknown as TypedDocumentString<DeskRecordDecisionMutation, DeskRecordDecisionMutationVariables>;
export const DeskEndMandateDocument = new TypedDocumentString(`
    mutation DeskEndMandate($id: ID!, $endsOn: Date!) {
  endMandate(mandateId: $id, endsOn: $endsOn) {
    ...DeskMandate
  }
}
    fragment DeskMandate on Mandate {
  id
  position
  startsOn
  endsOn
  member {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeskEndMandateMutation, DeskEndMandateMutationVariables>;
export const DeskRecordAttendanceDocument = new TypedDocumentString(`
    mutation DeskRecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    ...DeskMeeting
  }
}
    fragment DeskMeeting on Meeting {
  id
  kind
  regular
  opensOn
  hostDesignatedOn
  cancelled
  cancelledOn
  candidacyDeadline
  host {
    id
    name
  }
  chair {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeskRecordAttendanceMutation, DeskRecordAttendanceMutationVariables>;
export const DeskCommitteeOnDocument = new TypedDocumentString(`
    query DeskCommitteeOn($on: Date) {
  executiveCommittee(on: $on) {
    ...DeskMandate
  }
}
    fragment DeskMandate on Mandate {
  id
  position
  startsOn
  endsOn
  member {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeskCommitteeOnQuery, DeskCommitteeOnQueryVariables>;
export const DeskCharterIssuesOnDocument = new TypedDocumentString(`
    query DeskCharterIssuesOn($on: Date) {
  charterIssues(on: $on) {
    rule
    message
  }
}
    `) as unknown as TypedDocumentString<DeskCharterIssuesOnQuery, DeskCharterIssuesOnQueryVariables>;
export const DeskMeetingDocument = new TypedDocumentString(`
    query DeskMeeting($id: ID!) {
  meeting(id: $id) {
    ...DeskMeeting
    candidacies {
      ...DeskCandidacy
    }
  }
}
    fragment DeskMeeting on Meeting {
  id
  kind
  regular
  opensOn
  hostDesignatedOn
  cancelled
  cancelledOn
  candidacyDeadline
  host {
    id
    name
  }
  chair {
    id
    name
  }
}
fragment DeskCandidacy on Candidacy {
  id
  position
  receivedOn
  status
  member {
    id
    name
  }
  meeting {
    id
  }
}`) as unknown as TypedDocumentString<DeskMeetingQuery, DeskMeetingQueryVariables>;
export const DeskAssessFeeDocument = new TypedDocumentString(`
    mutation DeskAssessFee($input: AssessFeeInput!) {
  assessFee(input: $input) {
    outstanding
  }
}
    `) as unknown as TypedDocumentString<DeskAssessFeeMutation, DeskAssessFeeMutationVariables>;
export const DeskSetMemberStatusDocument = new TypedDocumentString(`
    mutation DeskSetMemberStatus($id: ID!, $status: MembershipStatus!) {
  setMemberStatus(memberId: $id, status: $status) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeskSetMemberStatusMutation, DeskSetMemberStatusMutationVariables>;
export const DeskRegisterMemberDocument = new TypedDocumentString(`
    mutation DeskRegisterMember($input: RegisterMemberInput!) {
  registerMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeskRegisterMemberMutation, DeskRegisterMemberMutationVariables>;
export const DeskMandatesOfDocument = new TypedDocumentString(`
    query DeskMandatesOf($id: ID!) {
  member(id: $id) {
    mandates {
      id
      position
      startsOn
      endsOn
      revoked
    }
  }
}
    `) as unknown as TypedDocumentString<DeskMandatesOfQuery, DeskMandatesOfQueryVariables>;