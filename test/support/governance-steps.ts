import fc from 'fast-check';
import { addDays, earlierOf, type CalendarDate } from '@wego/calendar';
import type { GraphQLResponse } from '@wego/testing';
import type { DeskWrites, GovernanceDesk } from './governance-desk';
import type { MandateInHistory } from './governance-history';
import type { SteppingClock } from './stepping-clock';

/** An id no record has: a step that finds nothing to name sends it, and is refused. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

export interface KnownMeeting {
  id: string;
  kind: string;
  opensOn: CalendarDate;
  candidacyDeadline: CalendarDate | null;
  cancelled: boolean;
}

export interface KnownCandidacy {
  id: string;
  meetingId: string;
  memberId: string;
  position: string;
}

/** A member an Executive Committee meeting nominated for Vice President. */
export interface KnownNomination {
  meetingId: string;
  opensOn: CalendarDate;
  memberId: string;
}

export interface KnownDecision {
  id: string;
  meetingId: string;
  opensOn: CalendarDate;
  kind: string;
}

/**
 * What the steps of one run have recorded so far, as far as a later step needs it to name
 * something: the meetings and candidacies accepted, the mandates last read of the members followed.
 */
export class GovernanceWorld {
  meetings: KnownMeeting[] = [];
  candidacies: KnownCandidacy[] = [];
  nominations: KnownNomination[] = [];
  decisions: KnownDecision[] = [];
  mandates: MandateInHistory[] = [];

  constructor(
    readonly desk: GovernanceDesk,
    readonly clock: SteppingClock,
    /** The members every step chooses from, and whose mandates the history follows, by id. */
    private readonly members: ReadonlyMap<string, string>,
  ) {}

  get memberIds(): string[] {
    return [...this.members.keys()];
  }

  nameOf(memberId: string): string {
    return this.members.get(memberId) ?? memberId;
  }

  today(): CalendarDate {
    return this.clock.today();
  }

  member(index: number): string {
    const ids = this.memberIds;
    return ids[index % ids.length]!;
  }

  /** The meetings not cancelled, that a step other than a cancellation names. */
  standingMeetings(kind?: string): KnownMeeting[] {
    return this.meetings.filter((meeting) => !meeting.cancelled && (!kind || meeting.kind === kind));
  }

  /** A meeting as a report names it. */
  describe(meeting: KnownMeeting | undefined): string {
    return meeting ? `the ${meeting.kind === 'GENERAL_ASSEMBLY' ? 'Assembly' : 'Committee meeting'} opening ${meeting.opensOn}` : 'an unknown meeting';
  }
}

/** What a step did: how to read it in a report, its answer, and the earlier date it names if accepted. */
export interface StepOutcome {
  description: string;
  /** The mutation's answer; none for a step that only moves today. */
  answer: GraphQLResponse | null;
  /** Why the step may change an earlier day's answer once accepted; null when it names no date before today. */
  namesEarlierDate: string | null;
  /**
   * For a step that names an earlier date by writing a past meeting's own record: the meetings
   * whose decisions it may change. The excuse then covers those decisions alone, and every other
   * answer about the past is still compared.
   */
  decisionsOf?: string[];
}

/** One kind of step: how fast-check draws it, and how it is taken on the graph. */
export interface StepKind<Step> {
  arbitrary: fc.Arbitrary<Step>;
  /** How often it is drawn beside the other kinds. */
  weight: number;
  take(world: GovernanceWorld, step: Step): Promise<StepOutcome>;
}

function pick<T>(list: readonly T[], index: number): T | undefined {
  return list.length === 0 ? undefined : list[index % list.length];
}

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

const earlier = (date: string | null | undefined, today: CalendarDate): boolean => date !== null && date !== undefined && date < today;

/** What the accepted write answered, as its document types it; null when refused. */
function accepted<Write extends keyof DeskWrites>(answer: GraphQLResponse, write: Write): DeskWrites[Write] | null {
  return answer.errors ? null : (answer.data as Record<Write, DeskWrites[Write]>)[write];
}

/** The record drawn among `records`, and the answer of the write sent about it: an id no record has when there is none, which is refused. */
async function sendAbout<Known extends { id: string }>(
  records: readonly Known[],
  index: number,
  send: (id: string) => Promise<GraphQLResponse>,
): Promise<{ drawn: Known | undefined; answer: GraphQLResponse }> {
  const drawn = pick(records, index);
  return { drawn, answer: await send(drawn?.id ?? UNKNOWN_ID) };
}

const scheduleMeeting: StepKind<{ body: string; regular: boolean; opensInDays: number; host: number; designatedDaysEarlier: number | null }> = {
  weight: 4,
  arbitrary: fc.record({
    body: fc.constantFrom('GENERAL_ASSEMBLY', 'EXECUTIVE_COMMITTEE'),
    // Regular meetings are the common case: three in four.
    regular: fc.constantFrom(true, true, true, false),
    // Opening today is where the past ends: drawn one time in five.
    opensInDays: fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.integer({ min: -1500, max: 1200 }), weight: 4 }),
    host: fc.nat(15),
    designatedDaysEarlier: fc.option(fc.integer({ min: 0, max: 1200 }), { freq: 3 }),
  }),
  async take(world, step) {
    const today = world.today();
    const opensOn = addDays(today, step.opensInDays);
    // A designation is drawn for Assemblies alone; an extraordinary one then shows it refused.
    const designated = step.body === 'GENERAL_ASSEMBLY' && step.designatedDaysEarlier !== null;
    const hostDesignatedOn = designated ? addDays(earlierOf(today, opensOn), -step.designatedDaysEarlier!) : undefined;
    const options = { ...(step.regular ? {} : { regular: false }), ...(hostDesignatedOn ? { hostDesignatedOn } : {}) };
    const answer = await world.desk.scheduleMeeting(step.body, opensOn, world.member(step.host), options);
    const meeting = accepted(answer, 'scheduleMeeting');
    if (meeting) {
      world.meetings.push({ id: meeting.id, kind: meeting.kind, opensOn: meeting.opensOn as CalendarDate, candidacyDeadline: meeting.candidacyDeadline as CalendarDate | null, cancelled: false });
    }
    return {
      description: `scheduleMeeting ${step.body} opening ${opensOn}, host ${world.nameOf(world.member(step.host))} ${JSON.stringify(options)}`,
      answer,
      namesEarlierDate: earlier(opensOn, today) ? `opens on ${opensOn}` : earlier(hostDesignatedOn, today) ? `host designated on ${hostDesignatedOn}` : null,
    };
  },
};

const cancelMeeting: StepKind<{ meeting: number }> = {
  weight: 2,
  arbitrary: fc.record({ meeting: fc.nat(20) }),
  async take(world, step) {
    const { drawn: meeting, answer } = await sendAbout(world.meetings, step.meeting, (id) => world.desk.cancelMeeting(id));
    if (meeting && !answer.errors) meeting.cancelled = true;
    return {
      description: `cancelMeeting ${world.describe(meeting)}`,
      answer,
      // Cancelling a meeting that already opened corrects it.
      namesEarlierDate: earlier(meeting?.opensOn, world.today()) ? `the meeting opened on ${meeting!.opensOn}` : null,
    };
  },
};

const POSITIONS_ELECTED = ['PRESIDENT', 'EXECUTIVE_COMMITTEE_MEMBER'];

const submitCandidacy: StepKind<{ meeting: number; member: number; position: string; daysBeforeDeadline: number }> = {
  weight: 5,
  arbitrary: fc.record({ meeting: fc.nat(20), member: fc.nat(15), position: fc.constantFrom(...POSITIONS_ELECTED), daysBeforeDeadline: fc.nat(60) }),
  async take(world, step) {
    const today = world.today();
    const assembly = pick(world.standingMeetings('GENERAL_ASSEMBLY'), step.meeting);
    const receivedOn = addDays(earlierOf(today, assembly?.candidacyDeadline ?? today), -step.daysBeforeDeadline);
    const memberId = world.member(step.member);
    const answer = await world.desk.submitCandidacy(assembly?.id ?? UNKNOWN_ID, memberId, step.position, receivedOn);
    const candidacy = accepted(answer, 'submitCandidacy');
    if (candidacy && assembly) world.candidacies.push({ id: candidacy.id, meetingId: assembly.id, memberId, position: step.position });
    return {
      description: `submitCandidacy ${step.position} of ${world.nameOf(memberId)} for ${world.describe(assembly)}, received ${receivedOn}`,
      answer,
      // A candidacy is no answer about a date; none of them is excused.
      namesEarlierDate: null,
    };
  },
};

const withdrawCandidacy: StepKind<{ candidacy: number }> = {
  weight: 1,
  arbitrary: fc.record({ candidacy: fc.nat(30) }),
  async take(world, step) {
    const { drawn: candidacy, answer } = await sendAbout(world.candidacies, step.candidacy, (id) => world.desk.withdrawCandidacy(id));
    return { description: `withdrawCandidacy ${candidacy ? `${candidacy.position} of ${world.nameOf(candidacy.memberId)}` : 'unknown'}`, answer, namesEarlierDate: null };
  },
};

const recordElectionResult: StepKind<{ candidacy: number; count: number }> = {
  weight: 4,
  arbitrary: fc.record({ candidacy: fc.nat(30), count: fc.integer({ min: 1, max: 3 }) }),
  async take(world, step) {
    // Elects the candidacy drawn, and the next ones of its Assembly and position up to `count`.
    // Candidacies of Assemblies that have opened first: results are recorded on or after the opening.
    const standing = new Set(world.standingMeetings('GENERAL_ASSEMBLY').map((meeting) => meeting.id));
    const open = new Set(world.standingMeetings('GENERAL_ASSEMBLY').filter((meeting) => meeting.opensOn <= world.today()).map((meeting) => meeting.id));
    const electable = world.candidacies.filter((candidacy) => open.has(candidacy.meetingId));
    const drawn = pick(electable.length > 0 ? electable : world.candidacies.filter((candidacy) => standing.has(candidacy.meetingId)), step.candidacy);
    const assembly = world.meetings.find((meeting) => meeting.id === drawn?.meetingId);
    const position = drawn?.position ?? 'EXECUTIVE_COMMITTEE_MEMBER';
    const rivals = world.candidacies.filter((candidacy) => candidacy.meetingId === drawn?.meetingId && candidacy.position === position);
    const from = Math.max(0, rivals.findIndex((candidacy) => candidacy.id === drawn?.id));
    const count = position === 'PRESIDENT' ? 1 : step.count;
    const elected = drawn ? [...new Set(Array.from({ length: count }, (_, index) => rivals[(from + index) % rivals.length]!.memberId))] : [world.member(step.candidacy)];
    const answer = await world.desk.recordElectionResult(assembly?.id ?? UNKNOWN_ID, position, elected);
    return {
      description: `recordElectionResult ${position} at ${assembly ? `the Assembly opening ${assembly.opensOn}` : 'unknown'}: ${elected.map((id) => world.nameOf(id)).join(', ')}`,
      answer,
      namesEarlierDate: earlier(assembly?.opensOn, world.today()) ? `the Assembly opened on ${assembly!.opensOn}` : null,
    };
  },
};

const appointVicePresident: StepKind<{ mandate: number; permilleRun: number; ahead: boolean }> = {
  weight: 3,
  // One appointment in two is dated after today, where a revocation may undo it.
  arbitrary: fc.record({ mandate: fc.nat(20), permilleRun: fc.nat(1000), ahead: fc.boolean() }),
  async take(world, step) {
    // An appointment needs a nomination (G10): the seats of nominated members are drawn first, and
    // the first day lies this share of the way from the later of the seat's start and the
    // nominating meeting (and tomorrow, for one ahead) to the seat's end.
    const today = world.today();
    const seats = world.mandates.filter((mandate) => mandate.position === 'EXECUTIVE_COMMITTEE_MEMBER');
    const nominationFor = (seat: MandateInHistory) =>
      world.nominations.filter((nomination) => nomination.memberId === seat.memberId && nomination.opensOn <= seat.endsOn).sort((first, second) => second.opensOn.localeCompare(first.opensOn))[0];
    const nominated = seats.filter((seat) => nominationFor(seat) !== undefined);
    const seat = pick(nominated.length > 0 ? nominated : seats, step.mandate);
    const memberId = seat?.memberId ?? world.member(step.mandate);
    const earliest = seat ? [seat.startsOn, nominationFor(seat)?.opensOn ?? seat.startsOn, step.ahead ? addDays(today, 1) : seat.startsOn].sort().at(-1)! : today;
    const startsOn = seat && earliest <= seat.endsOn ? addDays(earliest as CalendarDate, Math.floor((daysBetween(earliest, seat.endsOn) * step.permilleRun) / 1000)) : today;
    const answer = await world.desk.appointVicePresident(memberId, startsOn);
    return {
      description: `appointVicePresident ${world.nameOf(memberId)} from ${startsOn}`,
      answer,
      namesEarlierDate: earlier(startsOn, today) ? `starts on ${startsOn}` : null,
    };
  },
};

const nominateVicePresidents: StepKind<{ meeting: number; members: number[]; anyMember: boolean }> = {
  weight: 3,
  arbitrary: fc.record({
    meeting: fc.nat(20),
    members: fc.uniqueArray(fc.nat(15), { minLength: 1, maxLength: 3 }),
    // Members seated on the opening day are the common case; one draw in four names any member.
    anyMember: fc.constantFrom(false, false, false, true),
  }),
  async take(world, step) {
    const today = world.today();
    const committees = world.standingMeetings('EXECUTIVE_COMMITTEE');
    const opened = committees.filter((meeting) => meeting.opensOn <= today);
    const meeting = pick(opened.length > 0 ? opened : committees, step.meeting);
    const seated = meeting
      ? [...new Set(world.mandates.filter((mandate) => mandate.position === 'EXECUTIVE_COMMITTEE_MEMBER' && mandate.startsOn <= meeting.opensOn && meeting.opensOn <= mandate.endsOn).map((mandate) => mandate.memberId))]
      : [];
    // Seated members not yet nominated there first; a second nomination at one meeting is refused.
    const fresh = seated.filter((memberId) => !world.nominations.some((nomination) => nomination.meetingId === meeting?.id && nomination.memberId === memberId));
    const pool = step.anyMember || seated.length === 0 ? world.memberIds : fresh.length > 0 ? fresh : seated;
    const nominees = [...new Set(step.members.map((index) => pool[index % pool.length]!))];
    const answer = await world.desk.nominateVicePresidents(meeting?.id ?? UNKNOWN_ID, nominees);
    if (meeting && !answer.errors) world.nominations.push(...nominees.map((memberId) => ({ meetingId: meeting.id, opensOn: meeting.opensOn, memberId })));
    const past = earlier(meeting?.opensOn, today);
    return {
      description: `nominateVicePresidents at ${world.describe(meeting)}: ${nominees.map((id) => world.nameOf(id)).join(', ')}`,
      answer,
      // A past meeting's record; the history reads no nominations, so every answer is still compared.
      namesEarlierDate: past ? `nominations of the meeting opened on ${meeting!.opensOn}` : null,
      decisionsOf: past ? [] : undefined,
    };
  },
};

const revokeAppointment: StepKind<{ mandate: number; notBegunFirst: boolean }> = {
  weight: 2,
  arbitrary: fc.record({ mandate: fc.nat(20), notBegunFirst: fc.constantFrom(true, true, true, false) }),
  async take(world, step) {
    const today = world.today();
    const appointments = world.mandates.filter((mandate) => mandate.position === 'VICE_PRESIDENT');
    // Appointments not yet begun are the ones revoked; one already begun shows the refusal (G10).
    const notBegun = appointments.filter((mandate) => mandate.startsOn > today);
    const drawnFrom = step.notBegunFirst && notBegun.length > 0 ? notBegun : appointments;
    const { drawn: mandate, answer } = await sendAbout(drawnFrom, step.mandate, (id) => world.desk.revokeAppointment(id));
    return {
      description: `revokeAppointment ${mandate ? `of ${world.nameOf(mandate.memberId)} (${mandate.startsOn} to ${mandate.endsOn})` : 'unknown'}`,
      answer,
      // Only an appointment whose first day is after today is revoked: no earlier date is named.
      namesEarlierDate: null,
    };
  },
};

const DECISION_KINDS = ['RESOLUTION', 'ACTIVITY_REVIEW', 'ACTIVITY_PLAN'];

const recordDecision: StepKind<{ meeting: number; decisionKind: string; supersedes: number | null }> = {
  weight: 3,
  arbitrary: fc.record({
    meeting: fc.nat(20),
    decisionKind: fc.constantFrom(...DECISION_KINDS),
    // A correction of a known decision one time in three.
    supersedes: fc.oneof({ withCrossShrink: true }, { arbitrary: fc.constant(null), weight: 2 }, { arbitrary: fc.nat(20), weight: 1 }),
  }),
  async take(world, step) {
    const today = world.today();
    // Meetings that have opened first: a decision is recorded on or after the opening (G13).
    const opened = world.standingMeetings().filter((meeting) => meeting.opensOn <= today);
    const meeting = pick(opened.length > 0 ? opened : world.standingMeetings(), step.meeting);
    const superseded = step.supersedes === null ? undefined : pick(world.decisions, step.supersedes);
    // A review or a plan is corrected only by one of its kind.
    const kind = superseded && superseded.kind !== 'RESOLUTION' ? superseded.kind : step.decisionKind;
    const answer = await world.desk.recordDecision(meeting?.id ?? UNKNOWN_ID, kind, `${kind} ${world.decisions.length + 1}`, 'The meeting decides.', superseded?.id);
    const decision = accepted(answer, 'recordDecision');
    if (decision && meeting) world.decisions.push({ id: decision.id, meetingId: meeting.id, opensOn: meeting.opensOn, kind });
    const supersededMeeting = world.meetings.find((known) => known.id === superseded?.meetingId);
    const pastRecords = [meeting, supersededMeeting].filter((known): known is KnownMeeting => earlier(known?.opensOn, today));
    return {
      description: `recordDecision ${kind} at ${world.describe(meeting)}${superseded ? `, superseding a decision of ${world.describe(supersededMeeting)}` : ''}`,
      answer,
      // A decision of a meeting that opened before today, or one that supersedes such a meeting's
      // decision, is that past meeting's record: what it decided may change, nothing else.
      namesEarlierDate: pastRecords.length > 0 ? `a record of the meeting opened on ${pastRecords.map((known) => known.opensOn).join(' and ')}` : null,
      decisionsOf: pastRecords.length > 0 ? [...new Set(pastRecords.map((known) => known.id))] : undefined,
    };
  },
};

const endMandate: StepKind<{ mandate: number; permilleRun: number }> = {
  weight: 3,
  arbitrary: fc.record({ mandate: fc.nat(30), permilleRun: fc.nat(1000) }),
  async take(world, step) {
    // The new last day lies within the mandate, this share of the way through it.
    // The EVP's mandates follow the Assemblies and are never ended (G9): only recorded mandates are drawn.
    const mandate = pick(world.mandates.filter((recorded) => recorded.position !== 'EXECUTIVE_VICE_PRESIDENT'), step.mandate);
    const endsOn = mandate
      ? addDays(mandate.startsOn as CalendarDate, Math.floor((daysBetween(mandate.startsOn, mandate.endsOn) * step.permilleRun) / 1000))
      : world.today();
    const answer = await world.desk.endMandate(mandate?.id ?? UNKNOWN_ID, endsOn);
    return {
      description: `endMandate ${mandate ? `${mandate.position} of ${world.nameOf(mandate.memberId)} (${mandate.startsOn} to ${mandate.endsOn})` : 'unknown'} on ${endsOn}`,
      answer,
      namesEarlierDate: earlier(endsOn, world.today()) ? `ends on ${endsOn}` : null,
    };
  },
};

const recordAttendance: StepKind<{ meeting: number; absent: number[] }> = {
  weight: 3,
  arbitrary: fc.record({ meeting: fc.nat(20), absent: fc.uniqueArray(fc.nat(15), { maxLength: 4 }) }),
  async take(world, step) {
    const meeting = pick(world.standingMeetings(), step.meeting);
    const absent = [...new Set(step.absent.map((index) => world.member(index)))].sort();
    const answer = await world.desk.recordAttendance(meeting?.id ?? UNKNOWN_ID, absent);
    return {
      description: `recordAttendance ${world.describe(meeting)}: absent ${absent.map((id) => world.nameOf(id)).join(', ') || 'none'}`,
      answer,
      // Attendance of a meeting that already opened corrects it.
      namesEarlierDate: earlier(meeting?.opensOn, world.today()) ? `the meeting opened on ${meeting!.opensOn}` : null,
    };
  },
};

const todayAdvances: StepKind<{ days: number }> = {
  weight: 4,
  arbitrary: fc.record({ days: fc.integer({ min: 1, max: 500 }) }),
  async take(world, step) {
    const from = world.today();
    const to = world.clock.advanceBy(step.days);
    return { description: `today advances ${step.days} days, from ${from} to ${to}`, answer: null, namesEarlierDate: null };
  },
};

const todayReachesAMeeting: StepKind<{ meeting: number }> = {
  weight: 2,
  arbitrary: fc.record({ meeting: fc.nat(5) }),
  async take(world, step) {
    // Today becomes the opening day of one of the next meetings, where an election or a roll call is not yet history.
    const from = world.today();
    const coming = world.standingMeetings().filter((meeting) => meeting.opensOn > from).sort((first, second) => first.opensOn.localeCompare(second.opensOn));
    const meeting = coming[Math.min(step.meeting, coming.length - 1)];
    world.clock.advanceTo(meeting?.opensOn ?? addDays(from, 1));
    return { description: `today reaches ${world.describe(meeting)}, from ${from} to ${world.today()}`, answer: null, namesEarlierDate: null };
  },
};

/**
 * Every kind of step the history is put through, by name. A mutation merged into the graph later
 * joins as one more entry.
 */
export const GOVERNANCE_STEPS = {
  scheduleMeeting,
  cancelMeeting,
  submitCandidacy,
  withdrawCandidacy,
  recordElectionResult,
  appointVicePresident,
  endMandate,
  recordAttendance,
  nominateVicePresidents,
  revokeAppointment,
  recordDecision,
  todayAdvances,
  todayReachesAMeeting,
};

type StepOf<Kind> = Kind extends StepKind<infer Step> ? Step : never;
type StepName = keyof typeof GOVERNANCE_STEPS;

/** A step of any kind, tagged with its kind's name. */
export type GovernanceStep = { [Name in StepName]: { kind: Name } & StepOf<(typeof GOVERNANCE_STEPS)[Name]> }[StepName];

/** Any step, each kind drawn by its weight, tagged with its kind's name. */
export const governanceStep: fc.Arbitrary<GovernanceStep> = fc.oneof(
  ...Object.entries(GOVERNANCE_STEPS).map(([kind, stepKind]) => ({
    weight: stepKind.weight,
    arbitrary: (stepKind.arbitrary as fc.Arbitrary<object>).map((step) => ({ kind, ...step }) as GovernanceStep),
  })),
);

/** Takes a step drawn by `governanceStep` on the graph. */
export function takeStep(world: GovernanceWorld, step: GovernanceStep): Promise<StepOutcome> {
  const { kind, ...rest } = step;
  return (GOVERNANCE_STEPS[kind] as StepKind<typeof rest>).take(world, rest);
}
