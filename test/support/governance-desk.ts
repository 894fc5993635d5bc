import { testTokens, type GraphQLCaller, type GraphQLResponse } from '@wego/testing';

const MANDATE = 'id position startsOn endsOn member { id name }';
const NOMINATION = 'id position member { id name } meeting { id opensOn }';
const MEETING = 'id kind regular opensOn hostDesignatedOn cancelled cancelledOn candidacyDeadline host { id name } chair { id name }';
const DECISION = 'id number reference kind title adoptedOn meeting { id } supersedes { id } supersededBy { id }';
const CANDIDACY = 'id position receivedOn status member { id name } meeting { id }';

/**
 * The governance mutations as a Secretariat officer sends them through the gateway, each giving
 * back the whole answer so that a test can read the data or the refusal.
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
    const answer = await this.query(`{ members(first: 200) { edges { node { id name } } } }`);
    return new Map((answer.data.members.edges as Array<{ node: { id: string; name: string } }>).map(({ node }) => [node.name, node.id]));
  }

  /** `options`: `regular: false` for an extraordinary meeting; `hostDesignatedOn` for a regular General Assembly (G9). */
  scheduleMeeting(kind: string, opensOn: string, hostMemberId: string, options: { regular?: boolean; hostDesignatedOn?: string } = {}): Promise<GraphQLResponse> {
    return this.send(`mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ${MEETING} } }`, {
      input: { kind, opensOn, hostMemberId, ...options },
    });
  }

  cancelMeeting(meetingId: string): Promise<GraphQLResponse> {
    return this.send(`mutation($id: ID!) { cancelMeeting(meetingId: $id) { ${MEETING} } }`, { id: meetingId });
  }

  submitCandidacy(meetingId: string, memberId: string, position: string, receivedOn: string): Promise<GraphQLResponse> {
    return this.send(`mutation($input: SubmitCandidacyInput!) { submitCandidacy(input: $input) { ${CANDIDACY} } }`, {
      input: { meetingId, memberId, position, receivedOn },
    });
  }

  withdrawCandidacy(candidacyId: string): Promise<GraphQLResponse> {
    return this.send(`mutation($id: ID!) { withdrawCandidacy(candidacyId: $id) { ${CANDIDACY} } }`, { id: candidacyId });
  }

  recordElectionResult(meetingId: string, position: string, electedMemberIds: string[]): Promise<GraphQLResponse> {
    return this.send(`mutation($input: RecordElectionResultInput!) { recordElectionResult(input: $input) { ${MANDATE} } }`, {
      input: { meetingId, position, electedMemberIds },
    });
  }

  appointVicePresident(memberId: string, startsOn: string): Promise<GraphQLResponse> {
    return this.send(`mutation($input: AppointVicePresidentInput!) { appointVicePresident(input: $input) { ${MANDATE} } }`, {
      input: { memberId, startsOn },
    });
  }

  nominateVicePresidents(meetingId: string, memberIds: string[]): Promise<GraphQLResponse> {
    return this.send(`mutation($input: NominateVicePresidentsInput!) { nominateVicePresidents(input: $input) { ${NOMINATION} } }`, {
      input: { meetingId, memberIds },
    });
  }

  revokeAppointment(mandateId: string): Promise<GraphQLResponse> {
    return this.send(`mutation($id: ID!) { revokeAppointment(mandateId: $id) { ${MANDATE} revoked } }`, { id: mandateId });
  }

  recordDecision(meetingId: string, kind: string, title: string, text: string, supersedesDecisionId?: string): Promise<GraphQLResponse> {
    return this.send(`mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { ${DECISION} } }`, {
      input: { meetingId, kind, title, text, ...(supersedesDecisionId ? { supersedesDecisionId } : {}) },
    });
  }

  endMandate(mandateId: string, endsOn: string): Promise<GraphQLResponse> {
    return this.send(`mutation($id: ID!, $endsOn: Date!) { endMandate(mandateId: $id, endsOn: $endsOn) { ${MANDATE} } }`, { id: mandateId, endsOn });
  }

  recordAttendance(meetingId: string, absentMemberIds: string[]): Promise<GraphQLResponse> {
    return this.send(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { ${MEETING} } }`, {
      input: { meetingId, absentMemberIds },
    });
  }

  /** Every mandate active on the date, as `executiveCommittee(on:)` lists them. */
  async committeeOn(on: string): Promise<Array<{ id: string; position: string; startsOn: string; endsOn: string; member: { id: string; name: string } }>> {
    const answer = await this.query(`query($on: Date) { executiveCommittee(on: $on) { ${MANDATE} } }`, { variables: { on } });
    return answer.data.executiveCommittee;
  }

  /** The charter issues about Vice Presidents alone (G10, G11), whatever else a test's history leaves open. */
  async vicePresidentIssuesOn(on: string): Promise<Array<{ rule: string; message: string }>> {
    return (await this.charterIssuesOn(on)).filter((issue) => issue.rule === 'G10' || issue.rule === 'G11');
  }

  async charterIssuesOn(on: string): Promise<Array<{ rule: string; message: string }>> {
    const answer = await this.query(`query($on: Date) { charterIssues(on: $on) { rule message } }`, { variables: { on } });
    return answer.data.charterIssues;
  }

  async meeting(id: string): Promise<GraphQLResponse> {
    return this.send(`query($id: ID!) { meeting(id: $id) { ${MEETING} candidacies { ${CANDIDACY} } } }`, { id });
  }

  /** Assesses a year's fee that the member leaves unpaid: its fees are then not fully paid (M4, M5). */
  async leaveFeeUnpaid(memberId: string, year: number): Promise<void> {
    const answer = await this.send(`mutation($input: AssessFeeInput!) { assessFee(input: $input) { outstanding } }`, {
      input: { memberId, year, amountDue: 1000 },
    });
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  }

  async setMemberStatus(memberId: string, status: string): Promise<void> {
    const answer = await this.send(`mutation($id: ID!, $status: MembershipStatus!) { setMemberStatus(memberId: $id, status: $status) { id } }`, {
      id: memberId,
      status,
    });
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  }

  send(query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> {
    return this.query(query, { variables, token: this.token });
  }

  /** Registers a member (membership's registerMember) and gives back its id. */
  async registerMember(name: string, category: string, kind: string, countryCode: string, joinedOn?: string): Promise<string> {
    const answer = await this.send(`mutation($input: RegisterMemberInput!) { registerMember(input: $input) { id } }`, {
      input: { name, category, kind, countryCode, ...(joinedOn ? { joinedOn } : {}) },
    });
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data.registerMember.id;
  }

  /** Every mandate of a member, the derived EVP ones included, as `Member.mandates` lists them. */
  async mandatesOf(memberId: string): Promise<Array<{ id: string; position: string; startsOn: string; endsOn: string; revoked: boolean }>> {
    const answer = await this.query(`query($id: ID!) { member(id: $id) { mandates { id position startsOn endsOn revoked } } }`, { variables: { id: memberId } });
    return answer.data.member.mandates;
  }
}

/** The answer was refused with this code (and rule), and carries no data. */
export function expectRefused(answer: GraphQLResponse, code: string, rule?: string): void {
  expect(answer.errors?.[0]?.extensions).toMatchObject({ code, ...(rule ? { rule } : {}) });
  expect(answer.data ?? null).toBeNull();
}

/** The answer was accepted: no error. */
export function expectAccepted(answer: GraphQLResponse): void {
  expect(answer.errors).toBeUndefined();
}
