import type { CalendarDate } from '@wego/calendar';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AuditEntryRecord as AuditEntryRecordModel, RefusedAttemptRecord as RefusedAttemptRecordModel } from '@wego/audit';
import type { MeetingRecord as MeetingRecordModel, NominationRecord as NominationRecordModel, DecisionRecord as DecisionRecordModel } from '../entities';
import type { CandidacyView as CandidacyViewModel } from '../loaders';
import type { Mandate as MandateModel } from '../domain/mandate';
import type { MemberReference as MemberReferenceModel } from '../resolvers/member-reference';
import type { CharterIssue as CharterIssueModel } from '../domain/charter-issues';
import type { Charter as CharterModel } from '../domain/charter';
import type { CharterRule as CharterRuleModel } from '@wego/rulebook';
import type { GovernanceContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD` on the wire; only real dates (2027-02-30 is refused). */
  Date: { input: CalendarDate; output: CalendarDate; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A Vice President City appointment (G10). */
export type AppointVicePresidentInput = {
  /** The appointee: a member holding an Executive Committee member mandate on `startsOn`. */
  memberId: Scalars['ID']['input'];
  /** The first day of the Vice President mandate; the appointer is the President on that day. */
  startsOn: Scalars['Date']['input'];
};

/** One recorded change: who made it, what it changed and when. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The token subject of whoever made the change. */
  actor: Scalars['String']['output'];
  /** The entity after the change, as JSON text. */
  after?: Maybe<Scalars['String']['output']>;
  /** When the change was recorded (ISO 8601 instant). */
  at: Scalars['String']['output'];
  /** The entity before the change, as JSON text; null when it was created. */
  before?: Maybe<Scalars['String']['output']>;
  /** The id of the changed entity. */
  entityId: Scalars['ID']['output'];
  /** The mutation that made the change. */
  operation: Scalars['String']['output'];
  /** The id of the request that made the change. */
  requestId: Scalars['String']['output'];
  /** The role the actor held: secretariat, office or member. */
  role: Scalars['String']['output'];
};

/** Who may keep an answer in a cache: anyone (PUBLIC) or its caller alone (PRIVATE). Read by the subgraph's cache policy only. */
export type CacheControlScope =
  /** Only the caller's own cache may keep the answer. */
  | 'PRIVATE'
  /** Any cache may keep the answer. */
  | 'PUBLIC';

/** A member's written candidacy for a position, for one General Assembly (G4-G7). */
export type Candidacy = {
  __typename?: 'Candidacy';
  /** The candidacy's id. */
  id: Scalars['ID']['output'];
  /** The General Assembly the candidacy is for. */
  meeting: Meeting;
  /** The candidate. */
  member?: Maybe<Member>;
  /** PRESIDENT or EXECUTIVE_COMMITTEE_MEMBER. */
  position: Position;
  /** The day the Secretariat received the written notice. */
  receivedOn: Scalars['Date']['output'];
  /** Where the candidacy stands; NOT_ELECTED once another candidate for the same meeting and position is elected (G7). */
  status: CandidacyStatus;
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

/** The charter the graph works with: its settings and its rulebook. */
export type Charter = {
  __typename?: 'Charter';
  /** How many members the Executive Committee may hold on any date, the President and the Executive Vice President included (G8). */
  executiveCommitteeMaxSeats: Scalars['Int']['output'];
  /** Every rule of the graph, M1-M5, O1-O3, G1-G13 in that order; every `rule` an error or a charter issue carries is one of them. */
  rules: Array<CharterRule>;
};

/** Something on a date that does not meet the charter; reported, not refused. */
export type CharterIssue = {
  __typename?: 'CharterIssue';
  /** What is wrong, in a sentence for the Secretariat. */
  message: Scalars['String']['output'];
  /** The rule concerned, e.g. G10: the id of one of `charter { rules }`. */
  rule: Scalars['String']['output'];
};

/** One rule of the rulebook: what it is called, the organisation's own words behind it, and how the graph applies it. */
export type CharterRule = {
  __typename?: 'CharterRule';
  /** The rule's id, as errors (`extensions.rule`) and charter issues name it: M1-M5 membership, O1-O3 offices, G1-G13 governance. */
  id: Scalars['String']['output'];
  /** How the graph applies the rule, in the project's own words: what is refused under it and what `charterIssues` reports. */
  reading: Scalars['String']['output'];
  /** The organisation's own words behind the rule, quoted from its overview (passages separated by " … "); null when the rule is wholly the project's choice. */
  statute?: Maybe<Scalars['String']['output']>;
  /** A short name for the rule, e.g. "Executive Committee size". */
  title: Scalars['String']['output'];
};

/** What a meeting decided (G13): a public record, never edited; a correction is a new decision that supersedes it. */
export type Decision = {
  __typename?: 'Decision';
  /** The day it was adopted: the meeting's opening day. */
  adoptedOn: Scalars['Date']['output'];
  /** The decision's id. */
  id: Scalars['ID']['output'];
  /** RESOLUTION, ACTIVITY_REVIEW or ACTIVITY_PLAN. */
  kind: DecisionKind;
  /** The meeting that decided. */
  meeting: Meeting;
  /** Its number within the meeting: 1, 2, … */
  number: Scalars['Int']['output'];
  /** How it is cited: `GA-<opening day>-<number>` or `EXCOM-<opening day>-<number>`, e.g. `EXCOM-2027-06-15-2`. */
  reference: Scalars['String']['output'];
  /** The decision that corrects this one; null while this one is in force. */
  supersededBy?: Maybe<Decision>;
  /** The decision this one corrects; null when it corrects none. */
  supersedes?: Maybe<Decision>;
  /** The text as adopted. */
  text: Scalars['String']['output'];
  /** The title. */
  title: Scalars['String']['output'];
};

/** A page of decisions. */
export type DecisionConnection = {
  __typename?: 'DecisionConnection';
  /** The decisions of this page. */
  edges: Array<DecisionEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many decisions the filter matches, on every page together. */
  totalCount: Scalars['Int']['output'];
};

/** One decision in a page, with its cursor. */
export type DecisionEdge = {
  __typename?: 'DecisionEdge';
  /** Pass as `after` to continue after this decision. */
  cursor: Scalars['String']['output'];
  /** The decision. */
  node: Decision;
};

/** Conditions on decisions; all given conditions must hold. */
export type DecisionFilter = {
  /** Only decisions of this kind. */
  kind?: InputMaybe<DecisionKind>;
  /** Only decisions of meetings of this kind. */
  meetingKind?: InputMaybe<MeetingKind>;
  /** Only decisions whose title or text contains this text, in any case (1-200 characters). */
  textContains?: InputMaybe<Scalars['String']['input']>;
  /** Only decisions adopted in this calendar year (1-9999). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** The kinds of decision (G13). */
export type DecisionKind =
  /** The Executive Committee's plan of the activities for the year ahead; one in force per meeting. */
  | 'ACTIVITY_PLAN'
  /** The Executive Committee's review of the activities carried out in the previous year; one in force per meeting. */
  | 'ACTIVITY_REVIEW'
  /** A resolution of the General Assembly or the Executive Committee. */
  | 'RESOLUTION';

/** One member holding one position from `startsOn` to `endsOn`, both inclusive. */
export type Mandate = {
  __typename?: 'Mandate';
  /** The President City that appointed this Vice President: the President of its first day (G10); null for any other mandate, and for an appointment recorded before appointers were kept where no President sat. */
  appointedBy?: Maybe<Member>;
  /** The last day of the mandate. */
  endsOn: Scalars['Date']['output'];
  /** The mandate's id; `evp:<meetingId>` for an Executive Vice President mandate, derived from the regular General Assembly its holder hosts (G9), and `evp:<meetingId>@<startsOn>` for a later run of days of the same Assembly's host. */
  id: Scalars['ID']['output'];
  /** The member holding the position. */
  member?: Maybe<Member>;
  /** The position held. */
  position: Position;
  /** Whether this Vice President appointment was revoked: it stays on record and counts nowhere, not in the committee nor on any date (G10). False for every other mandate. */
  revoked: Scalars['Boolean']['output'];
  /** The first day of the mandate. */
  startsOn: Scalars['Date']['output'];
};

/** A General Assembly or an Executive Committee meeting (G1, G2). */
export type Meeting = {
  __typename?: 'Meeting';
  /** Every accepted change to this meeting, oldest first. Secretariat only. */
  auditTrail?: Maybe<Array<AuditEntry>>;
  /** Whether the Secretariat cancelled the meeting; a cancelled meeting is listed only when asked and shapes nothing from the day it was cancelled (G9). */
  cancelled: Scalars['Boolean']['output'];
  /** The day (in Seoul) the Secretariat cancelled the meeting; null while it is not cancelled. */
  cancelledOn?: Maybe<Scalars['Date']['output']>;
  /** The candidacies for this meeting, in the order received. */
  candidacies: Array<Candidacy>;
  /** The last day a written candidacy may be received: the opening date minus one calendar month, the day clamped to that month's end (G4). General Assemblies only; null for other meetings. */
  candidacyDeadline?: Maybe<Scalars['Date']['output']>;
  /** Who chairs it (G12): the President of the opening day (for a General Assembly, of the day before it opens: the outgoing President); the Executive Vice President of the opening day when the presidency is vacant or the President is recorded absent; null when both are absent or missing, for a member recorded absent never chairs. */
  chair?: Maybe<Member>;
  /** What the meeting decided, by number (G13). */
  decisions: Array<Decision>;
  /** The member that hosts the meeting; the host of a regular General Assembly is Executive Vice President from its designation until it opens (G9). */
  host?: Maybe<Member>;
  /** Regular General Assemblies only: the day its host was designated Executive Vice President to be (G9); null for other meetings. */
  hostDesignatedOn?: Maybe<Scalars['Date']['output']>;
  /** The meeting's id. */
  id: Scalars['ID']['output'];
  /** GENERAL_ASSEMBLY or EXECUTIVE_COMMITTEE. */
  kind: MeetingKind;
  /** The members this meeting nominated for Vice President, in the order recorded (G10); always empty for a General Assembly. */
  nominations: Array<Nomination>;
  /** The day the meeting opens. */
  opensOn: Scalars['Date']['output'];
  /** False for an extraordinary meeting, which ends no term and seats no Executive Vice President (G1, G2, G3, G9). */
  regular: Scalars['Boolean']['output'];
};

/** The kinds of meeting (G1, G2). */
export type MeetingKind =
  /** A meeting of the Executive Committee: a regular one each year, an extraordinary one on any day. */
  | 'EXECUTIVE_COMMITTEE'
  /** The General Assembly of all members: a regular one every three years, an extraordinary one when convened. */
  | 'GENERAL_ASSEMBLY';

/** A city, local or regional government, institution or solution provider that belongs to WeGO. */
export type Member = {
  __typename?: 'Member';
  /** The member's id. */
  id: Scalars['ID']['output'];
  /** The member's mandates, the derived EVP ones and revoked appointments included, by start date; only those active on `activeOn` when it is given (a revoked appointment is active on no date). */
  mandates?: Maybe<Array<Mandate>>;
};


/** A city, local or regional government, institution or solution provider that belongs to WeGO. */
export type MemberMandatesArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
};

/** What the Secretariat records of WeGO's governance, and the President City's appointments (rules G1-G13, listed by `charter { rules }`). A refused change writes nothing and names its rule. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Appoints a Vice President City from the members the Executive Committee nominated, by the President City (President today and on `startsOn`) or recorded by the Secretariat for the President of `startsOn` (G10); neither the President nor the Executive Vice President can be appointed. The mandate ends with the appointee's Executive Committee mandate. */
  appointVicePresident: Mandate;
  /** Cancels a meeting that has no recorded election results, as of today; it is kept, listed only when asked, and shapes no term or Executive Vice President from today on; one that had already opened counts as never held (G3, G9). Secretariat only. */
  cancelMeeting: Meeting;
  /** Ends a recorded mandate early, for instance on resignation; a Vice President mandate sitting beside an ended Executive Committee mandate ends with it, or is revoked when it would be left without a day (G10). Secretariat only. */
  endMandate: Mandate;
  /** Records the members an Executive Committee meeting (opened on or before today) nominated for Vice President; each holds an Executive Committee member mandate on its opening day and is nominated at most once per meeting (G10). Secretariat only. */
  nominateVicePresidents: Array<Nomination>;
  /** Records who is absent from a meeting, before or after it (apologies count); replaces the meeting's list. The chair follows (G12). Secretariat only. */
  recordAttendance: Meeting;
  /** Records what a meeting that has opened decided, numbered within it and cited by its reference; a correction supersedes an earlier decision, which is never edited (G13). Secretariat only. */
  recordDecision: Decision;
  /** Records who a General Assembly elected to a position, on or after its opening date, from the valid candidacies (G7); each elected member gets a three-year mandate (G3). Within 90 days of the opening, each member elected must still be eligible today, as membership answers at that moment (G4 President, G5 Committee). May be called several times per Assembly and position, within the Executive Committee's size (G8). Secretariat only. */
  recordElectionResult: Array<Mandate>;
  /** Revokes a Vice President appointment that has not begun (its first day after today): it stays on record with `revoked: true` and counts nowhere (G10). Revoking a revoked one answers it unchanged. By the Secretariat, or by the President City that made it while it is President today. */
  revokeAppointment: Mandate;
  /** Schedules a regular or extraordinary General Assembly or Executive Committee meeting, in the past (to record history) or the future (G1, G2); the host must be a member by the opening day (G1); a regular General Assembly's host becomes Executive Vice President from its designation (G9, G8). Secretariat only. */
  scheduleMeeting: Meeting;
  /** Records a written candidacy for a General Assembly, received on or before its deadline and not before the candidate joined (G4 President, G5 Executive Committee, G6 one per member, position and Assembly). The candidate's standing is asked of membership at the moment of the write. Secretariat only. */
  submitCandidacy: Candidacy;
  /** Withdraws a candidacy before its candidate is elected (G7). Secretariat only. */
  withdrawCandidacy: Candidacy;
};


/** What the Secretariat records of WeGO's governance, and the President City's appointments (rules G1-G13, listed by `charter { rules }`). A refused change writes nothing and names its rule. */
export type MutationAppointVicePresidentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AppointVicePresidentInput;
};


/** What the Secretariat records of WeGO's governance, and the President City's appointments (rules G1-G13, listed by `charter { rules }`). A refused change writes nothing and names its rule. */
export type MutationCancelMeetingArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  meetingId: Scalars['ID']['input'];
};


/** What the Secretariat records of WeGO's governance, and the President City's appointments (rules G1-G13, listed by `charter { rules }`). A refused change writes nothing and names its rule. */
export type MutationEndMandateArgs = {
  endsOn: Scalars['Date']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  mandateId: Scalars['ID']['input'];
};


/** What the Secretariat records of WeGO's governance, and the President City's appointments (rules G1-G13, listed by `charter { rules }`). A refused change writes nothing and names its rule. */
export type MutationNominateVicePresidentsArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: NominateVicePresidentsInput;
};


/** What the Secretariat records of WeGO's governance, and the President City's appointments (rules G1-G13, listed by `charter { rules }`). A refused change writes nothing and names its rule. */
export type MutationRecordAttendanceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordAttendanceInput;
};


/** What the Secretariat records of WeGO's governance, and the President City's appointments (rules G1-G13, listed by `charter { rules }`). A refused change writes nothing and names its rule. */
export type MutationRecordDecisionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordDecisionInput;
};


/** What the Secretariat records of WeGO's governance, and the President City's appointments (rules G1-G13, listed by `charter { rules }`). A refused change writes nothing and names its rule. */
export type MutationRecordElectionResultArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordElectionResultInput;
};


/** What the Secretariat records of WeGO's governance, and the President City's appointments (rules G1-G13, listed by `charter { rules }`). A refused change writes nothing and names its rule. */
export type MutationRevokeAppointmentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  mandateId: Scalars['ID']['input'];
};


/** What the Secretariat records of WeGO's governance, and the President City's appointments (rules G1-G13, listed by `charter { rules }`). A refused change writes nothing and names its rule. */
export type MutationScheduleMeetingArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ScheduleMeetingInput;
};


/** What the Secretariat records of WeGO's governance, and the President City's appointments (rules G1-G13, listed by `charter { rules }`). A refused change writes nothing and names its rule. */
export type MutationSubmitCandidacyArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SubmitCandidacyInput;
};


/** What the Secretariat records of WeGO's governance, and the President City's appointments (rules G1-G13, listed by `charter { rules }`). A refused change writes nothing and names its rule. */
export type MutationWithdrawCandidacyArgs = {
  candidacyId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** The nominations an Executive Committee meeting made (G10). */
export type NominateVicePresidentsInput = {
  /** The Executive Committee meeting, opened on or before today. */
  meetingId: Scalars['ID']['input'];
  /** The members it nominated for Vice President: 1-50 distinct ids, each holding an Executive Committee member mandate on the meeting's opening day. */
  memberIds: Array<Scalars['ID']['input']>;
};

/** A member the Executive Committee nominated for Vice President at one of its meetings (G10); an appointment needs one. */
export type Nomination = {
  __typename?: 'Nomination';
  /** The nomination's id. */
  id: Scalars['ID']['output'];
  /** The Executive Committee meeting that made it. */
  meeting: Meeting;
  /** The member nominated. */
  member?: Maybe<Member>;
  /** The position it is nominated for: VICE_PRESIDENT. */
  position: Position;
};

/** Whether more pages follow, and where this one ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when a further page exists. */
  hasNextPage: Scalars['Boolean']['output'];
};

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

export type Query = {
  __typename?: 'Query';
  /** The charter the graph works with: its settings and its rulebook (`charter { rules { id title statute reading } }`). */
  charter: Charter;
  /** What does not meet the charter on the date (today in Seoul when omitted), computed from the record as it stands: a General Assembly or Committee meeting due and not scheduled (G1, G2), a vacant presidency (G7), fewer than five Vice Presidents (G10), an uneven spread of them (G11), a meeting without a chair (G12), an Executive Committee meeting still without its activity review or plan 30 days after it opened (G13). */
  charterIssues: Array<CharterIssue>;
  /** One decision by id; null when no decision has that id (G13). */
  decision?: Maybe<Decision>;
  /** Decisions of meetings that were not cancelled: newest meeting first (by opening day, a General Assembly before an Executive Committee meeting of the same day), then by number (G13). */
  decisions: DecisionConnection;
  /** Every mandate active on the date (today in Seoul when omitted), the derived EVP included; by position, then member name. */
  executiveCommittee: Array<Mandate>;
  /** The most recent refused attempts to change governance records, newest first. Secretariat only. */
  governanceRefusedAttempts?: Maybe<Array<RefusedAttempt>>;
  /** One meeting by id; null when no meeting has that id. */
  meeting?: Maybe<Meeting>;
  /** Meetings by opening date: those not cancelled, or every one when `includeCancelled` is true; only those of one kind when `kind` is given. */
  meetings: Array<Meeting>;
};


export type QueryCharterIssuesArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryDecisionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DecisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExecutiveCommitteeArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryGovernanceRefusedAttemptsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingsArgs = {
  includeCancelled?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<MeetingKind>;
};

/** The attendance of a meeting. */
export type RecordAttendanceInput = {
  /** The members recorded absent; an empty list records that nobody is absent. */
  absentMemberIds: Array<Scalars['ID']['input']>;
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
};

/** A decision as the Secretariat reports it (G13). */
export type RecordDecisionInput = {
  /** RESOLUTION at any meeting; ACTIVITY_REVIEW or ACTIVITY_PLAN at an Executive Committee meeting, one of each in force. */
  kind: DecisionKind;
  /** The meeting that decided: not cancelled, opened on or before today. */
  meetingId: Scalars['ID']['input'];
  /** The decision this one corrects: of the same or an earlier meeting, not a General Assembly's when this is the Executive Committee's, of the same kind and meeting when either is an activity review or plan, and not already superseded. */
  supersedesDecisionId?: InputMaybe<Scalars['ID']['input']>;
  /** The text as adopted: 1-20,000 characters after trimming, no control characters but line feeds and tabs (CRLF becomes LF). */
  text: Scalars['String']['input'];
  /** The title: 1-200 characters after trimming, no control characters. */
  title: Scalars['String']['input'];
};

/** Who a General Assembly elected to one position. */
export type RecordElectionResultInput = {
  /** The members elected, each with a submitted candidacy for this Assembly and position; one President at most. */
  electedMemberIds: Array<Scalars['ID']['input']>;
  /** The General Assembly that elected them. */
  meetingId: Scalars['ID']['input'];
  /** PRESIDENT or EXECUTIVE_COMMITTEE_MEMBER. */
  position: Position;
};

/** A change someone asked for and was refused: recorded apart from the audit trail, never as a change. */
export type RefusedAttempt = {
  __typename?: 'RefusedAttempt';
  /** The token subject of whoever asked for the change. */
  actor: Scalars['String']['output'];
  /** When the refusal was recorded (ISO 8601 instant). */
  at: Scalars['String']['output'];
  /** The error code the caller received, for example CHARTER_VIOLATION or FORBIDDEN; INTERNAL_SERVER_ERROR for a failure on our side. */
  code: Scalars['String']['output'];
  /** The id of the entity the mutation named, if it named one. */
  entityId?: Maybe<Scalars['ID']['output']>;
  /** The mutation's arguments as JSON text, cut to 4000 characters (ending with …). */
  input: Scalars['String']['output'];
  /** The message the caller received, cut to 1000 characters; `internal error` for a failure on our side, whose own message is never recorded. */
  message: Scalars['String']['output'];
  /** The mutation that was refused. */
  operation: Scalars['String']['output'];
  /** The id of the request that was refused. */
  requestId: Scalars['String']['output'];
  /** The role the actor held: secretariat, office or member. */
  role: Scalars['String']['output'];
  /** The id of the rule that refused the change (M…, O…, G…); null when no numbered rule did. */
  rule?: Maybe<Scalars['String']['output']>;
};

/** A meeting to schedule. */
export type ScheduleMeetingInput = {
  /** Regular General Assemblies only: the day its host was designated (for example at the previous Assembly), on or before today and the opening day; its Executive Vice President days start no earlier (G9). Today, or the opening day when that is earlier, when omitted. */
  hostDesignatedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The hosting member, a member on the opening day (G1); a regular General Assembly's host must be in good standing (M5, G9). */
  hostMemberId: Scalars['ID']['input'];
  /** GENERAL_ASSEMBLY or EXECUTIVE_COMMITTEE. */
  kind: MeetingKind;
  /** The day the meeting opens. */
  opensOn: Scalars['Date']['input'];
  /** False for an extraordinary meeting: it ends no term, seats no Executive Vice President and is not counted as the Committee's yearly meeting (G1, G2, G3, G9). Regular when omitted. */
  regular?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A written candidacy as the Secretariat received it. */
export type SubmitCandidacyInput = {
  /** The General Assembly the candidacy is for. */
  meetingId: Scalars['ID']['input'];
  /** The candidate. */
  memberId: Scalars['ID']['input'];
  /** PRESIDENT (G4) or EXECUTIVE_COMMITTEE_MEMBER (G5). */
  position: Position;
  /** The day the Secretariat received the written notice: not after today, and on or before the Assembly's candidacy deadline. */
  receivedOn: Scalars['Date']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Decision: Decision;
  Mandate: Mandate;
  Meeting: Meeting;
  Member: Member;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Decision:
    ( { __typename: 'Decision' }
    & GraphQLRecursivePick<FederationTypes['Decision'], {"id":true}> );
  Mandate:
    ( { __typename: 'Mandate' }
    & GraphQLRecursivePick<FederationTypes['Mandate'], {"id":true}> );
  Meeting:
    ( { __typename: 'Meeting' }
    & GraphQLRecursivePick<FederationTypes['Meeting'], {"id":true}> );
  Member:
    ( { __typename: 'Member' }
    & GraphQLRecursivePick<FederationTypes['Member'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AppointVicePresidentInput: AppointVicePresidentInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRecordModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CacheControlScope: CacheControlScope;
  Candidacy: ResolverTypeWrapper<CandidacyViewModel>;
  CandidacyStatus: CandidacyStatus;
  Charter: ResolverTypeWrapper<CharterModel>;
  CharterIssue: ResolverTypeWrapper<CharterIssueModel>;
  CharterRule: ResolverTypeWrapper<CharterRuleModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Decision: ResolverTypeWrapper<DecisionRecordModel>;
  DecisionConnection: ResolverTypeWrapper<Omit<DecisionConnection, 'edges'> & { edges: Array<ResolversTypes['DecisionEdge']> }>;
  DecisionEdge: ResolverTypeWrapper<Omit<DecisionEdge, 'node'> & { node: ResolversTypes['Decision'] }>;
  DecisionFilter: DecisionFilter;
  DecisionKind: DecisionKind;
  Mandate: ResolverTypeWrapper<MandateModel>;
  Meeting: ResolverTypeWrapper<MeetingRecordModel>;
  MeetingKind: MeetingKind;
  Member: ResolverTypeWrapper<MemberReferenceModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NominateVicePresidentsInput: NominateVicePresidentsInput;
  Nomination: ResolverTypeWrapper<NominationRecordModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Position: Position;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordAttendanceInput: RecordAttendanceInput;
  RecordDecisionInput: RecordDecisionInput;
  RecordElectionResultInput: RecordElectionResultInput;
  RefusedAttempt: ResolverTypeWrapper<RefusedAttemptRecordModel>;
  ScheduleMeetingInput: ScheduleMeetingInput;
  SubmitCandidacyInput: SubmitCandidacyInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AppointVicePresidentInput: AppointVicePresidentInput;
  ID: Scalars['ID']['output'];
  AuditEntry: AuditEntryRecordModel;
  String: Scalars['String']['output'];
  Candidacy: CandidacyViewModel;
  Charter: CharterModel;
  CharterIssue: CharterIssueModel;
  CharterRule: CharterRuleModel;
  Date: Scalars['Date']['output'];
  Decision: DecisionRecordModel;
  DecisionConnection: Omit<DecisionConnection, 'edges'> & { edges: Array<ResolversParentTypes['DecisionEdge']> };
  DecisionEdge: Omit<DecisionEdge, 'node'> & { node: ResolversParentTypes['Decision'] };
  DecisionFilter: DecisionFilter;
  Mandate: MandateModel;
  Meeting: MeetingRecordModel;
  Member: MemberReferenceModel;
  Mutation: Record<PropertyKey, never>;
  NominateVicePresidentsInput: NominateVicePresidentsInput;
  Nomination: NominationRecordModel;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RecordAttendanceInput: RecordAttendanceInput;
  RecordDecisionInput: RecordDecisionInput;
  RecordElectionResultInput: RecordElectionResultInput;
  RefusedAttempt: RefusedAttemptRecordModel;
  ScheduleMeetingInput: ScheduleMeetingInput;
  SubmitCandidacyInput: SubmitCandidacyInput;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = GovernanceContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditEntryResolvers<ContextType = GovernanceContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CandidacyResolvers<ContextType = GovernanceContext, ParentType extends ResolversParentTypes['Candidacy'] = ResolversParentTypes['Candidacy']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CandidacyStatus'], ParentType, ContextType>;
};

export type CharterResolvers<ContextType = GovernanceContext, ParentType extends ResolversParentTypes['Charter'] = ResolversParentTypes['Charter']> = {
  executiveCommitteeMaxSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['CharterRule']>, ParentType, ContextType>;
};

export type CharterIssueResolvers<ContextType = GovernanceContext, ParentType extends ResolversParentTypes['CharterIssue'] = ResolversParentTypes['CharterIssue']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CharterRuleResolvers<ContextType = GovernanceContext, ParentType extends ResolversParentTypes['CharterRule'] = ResolversParentTypes['CharterRule']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statute?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DecisionResolvers<ContextType = GovernanceContext, ParentType extends ResolversParentTypes['Decision'] = ResolversParentTypes['Decision'], FederationReferenceType extends FederationReferenceTypes['Decision'] = FederationReferenceTypes['Decision']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Decision']> | FederationReferenceType, FederationReferenceType, ContextType>;
  adoptedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DecisionKind'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supersededBy?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  supersedes?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DecisionConnectionResolvers<ContextType = GovernanceContext, ParentType extends ResolversParentTypes['DecisionConnection'] = ResolversParentTypes['DecisionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DecisionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DecisionEdgeResolvers<ContextType = GovernanceContext, ParentType extends ResolversParentTypes['DecisionEdge'] = ResolversParentTypes['DecisionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Decision'], ParentType, ContextType>;
};

export type MandateResolvers<ContextType = GovernanceContext, ParentType extends ResolversParentTypes['Mandate'] = ResolversParentTypes['Mandate'], FederationReferenceType extends FederationReferenceTypes['Mandate'] = FederationReferenceTypes['Mandate']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Mandate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appointedBy?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = GovernanceContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting'], FederationReferenceType extends FederationReferenceTypes['Meeting'] = FederationReferenceTypes['Meeting']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Meeting']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditTrail?: Resolver<Maybe<Array<ResolversTypes['AuditEntry']>>, ParentType, ContextType>;
  cancelled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cancelledOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  candidacies?: Resolver<Array<ResolversTypes['Candidacy']>, ParentType, ContextType>;
  candidacyDeadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  chair?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  host?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  hostDesignatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeetingKind'], ParentType, ContextType>;
  nominations?: Resolver<Array<ResolversTypes['Nomination']>, ParentType, ContextType>;
  opensOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  regular?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MemberResolvers<ContextType = GovernanceContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member'], FederationReferenceType extends FederationReferenceTypes['Member'] = FederationReferenceTypes['Member']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Member']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mandates?: Resolver<Maybe<Array<ResolversTypes['Mandate']>>, ParentType, ContextType, Partial<MemberMandatesArgs>>;
};

export type MutationResolvers<ContextType = GovernanceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  appointVicePresident?: Resolver<ResolversTypes['Mandate'], ParentType, ContextType, RequireFields<MutationAppointVicePresidentArgs, 'input'>>;
  cancelMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationCancelMeetingArgs, 'meetingId'>>;
  endMandate?: Resolver<ResolversTypes['Mandate'], ParentType, ContextType, RequireFields<MutationEndMandateArgs, 'endsOn' | 'mandateId'>>;
  nominateVicePresidents?: Resolver<Array<ResolversTypes['Nomination']>, ParentType, ContextType, RequireFields<MutationNominateVicePresidentsArgs, 'input'>>;
  recordAttendance?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationRecordAttendanceArgs, 'input'>>;
  recordDecision?: Resolver<ResolversTypes['Decision'], ParentType, ContextType, RequireFields<MutationRecordDecisionArgs, 'input'>>;
  recordElectionResult?: Resolver<Array<ResolversTypes['Mandate']>, ParentType, ContextType, RequireFields<MutationRecordElectionResultArgs, 'input'>>;
  revokeAppointment?: Resolver<ResolversTypes['Mandate'], ParentType, ContextType, RequireFields<MutationRevokeAppointmentArgs, 'mandateId'>>;
  scheduleMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationScheduleMeetingArgs, 'input'>>;
  submitCandidacy?: Resolver<ResolversTypes['Candidacy'], ParentType, ContextType, RequireFields<MutationSubmitCandidacyArgs, 'input'>>;
  withdrawCandidacy?: Resolver<ResolversTypes['Candidacy'], ParentType, ContextType, RequireFields<MutationWithdrawCandidacyArgs, 'candidacyId'>>;
};

export type NominationResolvers<ContextType = GovernanceContext, ParentType extends ResolversParentTypes['Nomination'] = ResolversParentTypes['Nomination']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GovernanceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GovernanceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  charter?: Resolver<ResolversTypes['Charter'], ParentType, ContextType>;
  charterIssues?: Resolver<Array<ResolversTypes['CharterIssue']>, ParentType, ContextType, Partial<QueryCharterIssuesArgs>>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType, RequireFields<QueryDecisionArgs, 'id'>>;
  decisions?: Resolver<ResolversTypes['DecisionConnection'], ParentType, ContextType, Partial<QueryDecisionsArgs>>;
  executiveCommittee?: Resolver<Array<ResolversTypes['Mandate']>, ParentType, ContextType, Partial<QueryExecutiveCommitteeArgs>>;
  governanceRefusedAttempts?: Resolver<Maybe<Array<ResolversTypes['RefusedAttempt']>>, ParentType, ContextType, Partial<QueryGovernanceRefusedAttemptsArgs>>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingsArgs, 'includeCancelled'>>;
};

export type RefusedAttemptResolvers<ContextType = GovernanceContext, ParentType extends ResolversParentTypes['RefusedAttempt'] = ResolversParentTypes['RefusedAttempt']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  input?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GovernanceContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Candidacy?: CandidacyResolvers<ContextType>;
  Charter?: CharterResolvers<ContextType>;
  CharterIssue?: CharterIssueResolvers<ContextType>;
  CharterRule?: CharterRuleResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Decision?: DecisionResolvers<ContextType>;
  DecisionConnection?: DecisionConnectionResolvers<ContextType>;
  DecisionEdge?: DecisionEdgeResolvers<ContextType>;
  Mandate?: MandateResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Nomination?: NominationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RefusedAttempt?: RefusedAttemptResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GovernanceContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
