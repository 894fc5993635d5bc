import { accepted, dataOf, graphql, testTokens, type GraphQLCaller, type GraphQLResponse, type PublicApi, type ResultOf, type TypedDocument } from '@wego/testing';

graphql(`
  fragment DeskMandate on Mandate { id position startsOn endsOn member { id name } }
`);
graphql(`
  fragment DeskNomination on Nomination { id position member { id name } meeting { id opensOn } }
`);
graphql(`
  fragment DeskMeeting on Meeting {
    id kind regular opensOn hostDesignatedOn cancelled cancelledOn candidacyDeadline host { id name } chair { id name }
  }
`);
graphql(`
  fragment DeskDecision on Decision { id number reference kind title adoptedOn meeting { id } supersedes { id } supersededBy { id } }
`);
graphql(`
  fragment DeskCandidacy on Candidacy { id position receivedOn status member { id name } meeting { id } }
`);

const MEMBER_IDS = graphql(`query DeskMemberIds { members(first: 200) { edges { node { id name } } } }`);
const SCHEDULE_MEETING = graphql(`mutation DeskScheduleMeeting($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ...DeskMeeting } }`);
const CANCEL_MEETING = graphql(`mutation DeskCancelMeeting($id: ID!) { cancelMeeting(meetingId: $id) { ...DeskMeeting } }`);
const SUBMIT_CANDIDACY = graphql(`mutation DeskSubmitCandidacy($input: SubmitCandidacyInput!) { submitCandidacy(input: $input) { ...DeskCandidacy } }`);
const WITHDRAW_CANDIDACY = graphql(`mutation DeskWithdrawCandidacy($id: ID!) { withdrawCandidacy(candidacyId: $id) { ...DeskCandidacy } }`);
const RECORD_ELECTION_RESULT = graphql(`mutation DeskRecordElectionResult($input: RecordElectionResultInput!) { recordElectionResult(input: $input) { ...DeskMandate } }`);
const APPOINT_VICE_PRESIDENT = graphql(`mutation DeskAppointVicePresident($input: AppointVicePresidentInput!) { appointVicePresident(input: $input) { ...DeskMandate } }`);
const NOMINATE_VICE_PRESIDENTS = graphql(`mutation DeskNominateVicePresidents($input: NominateVicePresidentsInput!) { nominateVicePresidents(input: $input) { ...DeskNomination } }`);
const REVOKE_APPOINTMENT = graphql(`mutation DeskRevokeAppointment($id: ID!) { revokeAppointment(mandateId: $id) { ...DeskMandate revoked } }`);
const RECORD_DECISION = graphql(`mutation DeskRecordDecision($input: RecordDecisionInput!) { recordDecision(input: $input) { ...DeskDecision } }`);
const END_MANDATE = graphql(`mutation DeskEndMandate($id: ID!, $endsOn: Date!) { endMandate(mandateId: $id, endsOn: $endsOn) { ...DeskMandate } }`);
const RECORD_ATTENDANCE = graphql(`mutation DeskRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { ...DeskMeeting } }`);
const COMMITTEE_ON = graphql(`query DeskCommitteeOn($on: Date) { executiveCommittee(on: $on) { ...DeskMandate } }`);
const CHARTER_ISSUES_ON = graphql(`query DeskCharterIssuesOn($on: Date) { charterIssues(on: $on) { rule message } }`);
const MEETING = graphql(`query DeskMeeting($id: ID!) { meeting(id: $id) { ...DeskMeeting candidacies { ...DeskCandidacy } } }`);
const ASSESS_FEE = graphql(`mutation DeskAssessFee($input: AssessFeeInput!) { assessFee(input: $input) { outstanding } }`);
const SET_MEMBER_STATUS = graphql(`mutation DeskSetMemberStatus($id: ID!, $status: MembershipStatus!) { setMemberStatus(memberId: $id, status: $status) { id } }`);
const REGISTER_MEMBER = graphql(`mutation DeskRegisterMember($input: RegisterMemberInput!) { registerMember(input: $input) { id } }`);
const MANDATES_OF = graphql(`query DeskMandatesOf($id: ID!) { member(id: $id) { mandates { id position startsOn endsOn revoked } } }`);

/** What the desk's writes answer when accepted, each as its document types it. */
export interface DeskWrites {
  scheduleMeeting: ResultOf<typeof SCHEDULE_MEETING>['scheduleMeeting'];
  submitCandidacy: ResultOf<typeof SUBMIT_CANDIDACY>['submitCandidacy'];
  recordDecision: ResultOf<typeof RECORD_DECISION>['recordDecision'];
}

/** A mandate as the committee lists it: every seat is held by a member the graph names. */
function withMember<T extends { id: string; member: { id: string; name: string } | null }>(mandate: T): T & { member: { id: string; name: string } } {
  if (!mandate.member) throw new Error(`mandate ${mandate.id} names no member`);
  return { ...mandate, member: mandate.member };
}

/**
 * The governance mutations as a Secretariat officer sends them through the gateway, each giving
 * back the whole answer so that a test can read the data or the refusal. The documents are typed;
 * the answers stay untyped for the tests that read them.
 */
export class GovernanceDesk {
  private constructor(
    private readonly query: GraphQLCaller,
    readonly token: string,
  ) {}

  static async asSecretariat(query: GraphQLCaller): Promise<GovernanceDesk> {
    return new GovernanceDesk(query, await testTokens.secretariat());
  }

  /** The same desk acting with another token (a member, an office, or none). */
  as(token: string): GovernanceDesk {
    return new GovernanceDesk(this.query, token);
  }

  /** The ids of the seeded members, by name. */
  async memberIds(): Promise<Map<string, string>> {
    const { members } = dataOf(await this.query(MEMBER_IDS));
    return new Map(members.edges.map(({ node }) => [node.name, node.id]));
  }

  /** `options`: `regular: false` for an extraordinary meeting; `hostDesignatedOn` for a regular General Assembly (G9). */
  scheduleMeeting(kind: string, opensOn: string, hostMemberId: string, options: { regular?: boolean; hostDesignatedOn?: string } = {}): Promise<GraphQLResponse> {
    return this.send(SCHEDULE_MEETING, { input: { kind: kind as PublicApi.MeetingKind, opensOn, hostMemberId, ...options } });
  }

  cancelMeeting(meetingId: string): Promise<GraphQLResponse> {
    return this.send(CANCEL_MEETING, { id: meetingId });
  }

  submitCandidacy(meetingId: string, memberId: string, position: string, receivedOn: string): Promise<GraphQLResponse> {
    return this.send(SUBMIT_CANDIDACY, { input: { meetingId, memberId, position: position as PublicApi.Position, receivedOn } });
  }

  withdrawCandidacy(candidacyId: string): Promise<GraphQLResponse> {
    return this.send(WITHDRAW_CANDIDACY, { id: candidacyId });
  }

  recordElectionResult(meetingId: string, position: string, electedMemberIds: string[]): Promise<GraphQLResponse> {
    return this.send(RECORD_ELECTION_RESULT, { input: { meetingId, position: position as PublicApi.Position, electedMemberIds } });
  }

  appointVicePresident(memberId: string, startsOn: string): Promise<GraphQLResponse> {
    return this.send(APPOINT_VICE_PRESIDENT, { input: { memberId, startsOn } });
  }

  nominateVicePresidents(meetingId: string, memberIds: string[]): Promise<GraphQLResponse> {
    return this.send(NOMINATE_VICE_PRESIDENTS, { input: { meetingId, memberIds } });
  }

  revokeAppointment(mandateId: string): Promise<GraphQLResponse> {
    return this.send(REVOKE_APPOINTMENT, { id: mandateId });
  }

  recordDecision(meetingId: string, kind: string, title: string, text: string, supersedesDecisionId?: string): Promise<GraphQLResponse> {
    return this.send(RECORD_DECISION, { input: { meetingId, kind: kind as PublicApi.DecisionKind, title, text, ...(supersedesDecisionId ? { supersedesDecisionId } : {}) } });
  }

  endMandate(mandateId: string, endsOn: string): Promise<GraphQLResponse> {
    return this.send(END_MANDATE, { id: mandateId, endsOn });
  }

  recordAttendance(meetingId: string, absentMemberIds: string[]): Promise<GraphQLResponse> {
    return this.send(RECORD_ATTENDANCE, { input: { meetingId, absentMemberIds } });
  }

  /** Every mandate active on the date, as `executiveCommittee(on:)` lists them. */
  async committeeOn(on: string): Promise<Array<{ id: string; position: string; startsOn: string; endsOn: string; member: { id: string; name: string } }>> {
    return dataOf(await this.query(COMMITTEE_ON, { variables: { on } })).executiveCommittee.map(withMember);
  }

  /** The charter issues about Vice Presidents alone (G10, G11), whatever else a test's history leaves open. */
  async vicePresidentIssuesOn(on: string): Promise<Array<{ rule: string; message: string }>> {
    return (await this.charterIssuesOn(on)).filter((issue) => issue.rule === 'G10' || issue.rule === 'G11');
  }

  async charterIssuesOn(on: string): Promise<Array<{ rule: string; message: string }>> {
    return dataOf(await this.query(CHARTER_ISSUES_ON, { variables: { on } })).charterIssues;
  }

  meeting(id: string): Promise<GraphQLResponse> {
    return this.send(MEETING, { id });
  }

  /** Assesses a year's fee that the member leaves unpaid: its fees are then not fully paid (M4, M5). */
  async leaveFeeUnpaid(memberId: string, year: number): Promise<void> {
    accepted(await this.send(ASSESS_FEE, { input: { memberId, year, amountDue: 1000 } }), 'assessFee');
  }

  async setMemberStatus(memberId: string, status: string): Promise<void> {
    accepted(await this.send(SET_MEMBER_STATUS, { id: memberId, status: status as PublicApi.MembershipStatus }), 'setMemberStatus');
  }

  /** Sends a document with the desk's token: a typed one gives a typed answer. */
  send<TData, TVariables>(document: TypedDocument<TData, TVariables>, variables: TVariables): Promise<GraphQLResponse<TData>>;
  send(query: string, variables: Record<string, unknown>): Promise<GraphQLResponse>;
  send(document: string | TypedDocument<unknown, never>, variables: never): Promise<GraphQLResponse> {
    return this.query(document as string, { variables, token: this.token });
  }

  /** Registers a member (membership's registerMember) and gives back its id. */
  async registerMember(name: string, category: string, kind: string, countryCode: string, joinedOn?: string): Promise<string> {
    const input = { name, category: category as PublicApi.MembershipCategory, kind: kind as PublicApi.MemberKind, countryCode, ...(joinedOn ? { joinedOn } : {}) };
    return dataOf(accepted(await this.send(REGISTER_MEMBER, { input }), 'registerMember')).registerMember.id;
  }

  /** Every mandate of a member, the derived EVP ones included, as `Member.mandates` lists them. */
  async mandatesOf(memberId: string): Promise<Array<{ id: string; position: string; startsOn: string; endsOn: string; revoked: boolean }>> {
    const { member } = dataOf(await this.query(MANDATES_OF, { variables: { id: memberId } }));
    if (!member?.mandates) throw new Error(`no mandates read of member ${memberId}`);
    return member.mandates;
  }
}

// Re-exported for the desk's users; the check itself is @wego/testing's.
export { expectRefused } from '@wego/testing';

/** The answer was accepted: no error. */
export function expectAccepted(answer: GraphQLResponse): void {
  expect(answer.errors).toBeUndefined();
}
