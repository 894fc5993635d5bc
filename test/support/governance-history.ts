import { addDays, type CalendarDate } from '@wego/calendar';
import type { GraphQLCaller } from '@wego/testing';

/** A mandate as the history reads it: whose, which position, from and to. */
export interface MandateInHistory {
  id: string;
  position: string;
  memberId: string;
  startsOn: string;
  endsOn: string;
}

export interface MeetingInHistory {
  id: string;
  kind: string;
  regular: boolean;
  opensOn: string;
  hostDesignatedOn: string | null;
  cancelledOn: string | null;
  /** What the meeting answers that history keeps (its chair, its decisions), as read. */
  answers: Record<string, unknown>;
}

/** What the graph answers about every date at once: the raw material of the past of any today. */
export interface GovernanceRecord {
  /** `executiveCommittee(on:)`, by date. */
  committeeOn: Record<string, MandateInHistory[]>;
  /** Every meeting, cancelled ones included, with its chair and decisions. */
  meetings: MeetingInHistory[];
  /** `Member.mandates` of each member followed, by member id. */
  mandatesOf: Record<string, MandateInHistory[]>;
}

/**
 * What may not change once it lies before `today`: the committee of each past date, the chair and
 * the decisions of each meeting that opened, each member's mandates as far as they ran. A mandate
 * still running is read up to yesterday, since what is still to come of it may change.
 */
export interface PastOf {
  before: string;
  committeeOn: Record<string, MandateInHistory[]>;
  meetings: Array<Pick<MeetingInHistory, 'id' | 'kind' | 'opensOn' | 'answers'>>;
  mandatesOf: Record<string, MandateInHistory[]>;
}

/** What a meeting answers that may not change once it opened: its chair, and its decisions with what corrects them. */
const MEETING_ANSWERS = 'chair { id } decisions { id reference kind title supersededBy { id } }';
const MEETING_FIELDS = `id kind regular opensOn hostDesignatedOn cancelledOn ${MEETING_ANSWERS}`;
const MANDATE_FIELDS = 'id position startsOn endsOn member { id }';
const DATE_SLOTS = 16;

interface MandateAnswer {
  id: string;
  position: string;
  startsOn: string;
  endsOn: string;
  member: { id: string } | null;
}

const mandateOf = (answer: MandateAnswer, memberId?: string): MandateInHistory => ({
  id: answer.id,
  position: answer.position,
  memberId: memberId ?? answer.member?.id ?? 'no member',
  startsOn: answer.startsOn,
  endsOn: answer.endsOn,
});

const byStartThenId = (first: MandateInHistory, second: MandateInHistory): number =>
  first.startsOn.localeCompare(second.startsOn) || first.id.localeCompare(second.id);

/**
 * Reads, in one operation, the committee on each of `dates`, every meeting with its chair and decisions, and the
 * mandates of `memberIds`.
 */
export async function readGovernanceRecord(query: GraphQLCaller, dates: readonly string[], memberIds: readonly string[]): Promise<GovernanceRecord> {
  const days = [...new Set(dates)].sort();
  // The gateway plans each new operation text anew, which costs far more than the reading: the
  // dates fill slots in blocks of DATE_SLOTS, a repeated date being read once by the subgraph.
  const slots = Array.from({ length: Math.ceil(days.length / DATE_SLOTS) * DATE_SLOTS }, (_, index) => days[index] ?? days[0]!);
  const committees = slots.map((_, index) => `c${index}: executiveCommittee(on: $d${index}) { ${MANDATE_FIELDS} }`);
  const members = memberIds.map((_, index) => `m${index}: member(id: $m${index}) { mandates { ${MANDATE_FIELDS} } }`);
  const parameters = [...slots.map((_, index) => `$d${index}: Date`), ...memberIds.map((_, index) => `$m${index}: ID!`)];
  const variables = {
    ...Object.fromEntries(slots.map((day, index) => [`d${index}`, day])),
    ...Object.fromEntries(memberIds.map((id, index) => [`m${index}`, id])),
  };
  const operation = `query(${parameters.join(', ')}) { meetings(includeCancelled: true) { ${MEETING_FIELDS} } ${committees.join(' ')} ${members.join(' ')} }`;
  const answer = await query(operation, { variables });
  if (answer.errors) throw new Error(`reading the record failed: ${JSON.stringify(answer.errors)}`);
  const data = answer.data as Record<string, unknown>;
  return {
    committeeOn: Object.fromEntries(days.map((day, index) => [day, (data[`c${index}`] as MandateAnswer[]).map((mandate) => mandateOf(mandate))])),
    meetings: (data.meetings as Array<Omit<MeetingInHistory, 'answers'> & Record<string, unknown>>).map(
      ({ id, kind, regular, opensOn, hostDesignatedOn, cancelledOn, ...answers }) => ({ id, kind, regular, opensOn, hostDesignatedOn, cancelledOn, answers }),
    ),
    mandatesOf: Object.fromEntries(
      memberIds.map((id, index) => {
        const member = data[`m${index}`] as { mandates: MandateAnswer[] | null } | null;
        return [id, (member?.mandates ?? []).map((mandate) => mandateOf(mandate, id)).sort(byStartThenId)];
      }),
    ),
  };
}

/** The part of `record` that lies before `today`. */
export function pastOf(record: GovernanceRecord, today: CalendarDate): PastOf {
  const yesterday = addDays(today, -1);
  const asFarAsRun = (mandate: MandateInHistory): MandateInHistory => ({ ...mandate, endsOn: mandate.endsOn < today ? mandate.endsOn : yesterday });
  return {
    before: today,
    committeeOn: Object.fromEntries(
      Object.entries(record.committeeOn)
        .filter(([day]) => day < today)
        .map(([day, mandates]) => [day, mandates.map(asFarAsRun)]),
    ),
    meetings: record.meetings
      .filter((meeting) => meeting.opensOn < today)
      .map(({ id, kind, opensOn, answers }) => ({ id, kind, opensOn, answers }))
      .sort((first, second) => first.opensOn.localeCompare(second.opensOn) || first.id.localeCompare(second.id)),
    mandatesOf: Object.fromEntries(
      Object.entries(record.mandatesOf).map(([memberId, mandates]) => [memberId, mandates.filter((mandate) => mandate.startsOn < today).map(asFarAsRun)]),
    ),
  };
}
