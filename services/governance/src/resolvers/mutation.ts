import type { CalendarDate } from '@wego/calendar';
import type { GovernanceContext } from '../context';
import type { MeetingKind } from '../domain/meeting-kinds';
import type { Position } from '../domain/positions';

export interface ScheduleMeetingInput {
  kind: MeetingKind;
  opensOn: CalendarDate;
  hostMemberId: string;
  regular?: boolean | null;
  hostDesignatedOn?: CalendarDate | null;
}

export interface SubmitCandidacyInput {
  meetingId: string;
  memberId: string;
  position: Position;
  receivedOn: CalendarDate;
}

export interface RecordElectionResultInput {
  meetingId: string;
  position: Position;
  electedMemberIds: string[];
}

export interface AppointVicePresidentInput {
  memberId: string;
  startsOn: CalendarDate;
}

export interface NominateVicePresidentsInput {
  meetingId: string;
  memberIds: string[];
}

export interface RecordAttendanceInput {
  meetingId: string;
  absentMemberIds: string[];
}

/** Dates arrive already checked by the Date scalar; enums by GraphQL. The records apply the rules. */
export const Mutation = {
  scheduleMeeting: (_: unknown, { input }: { input: ScheduleMeetingInput }, context: GovernanceContext) =>
    context.records.calendar.schedule(context.actor, context.onBehalfOf, input),

  cancelMeeting: (_: unknown, args: { meetingId: string }, context: GovernanceContext) =>
    context.records.calendar.cancel(context.actor, args.meetingId, new Date()),

  submitCandidacy: (_: unknown, { input }: { input: SubmitCandidacyInput }, context: GovernanceContext) =>
    context.records.candidacies.submit(context.actor, context.onBehalfOf, input),

  withdrawCandidacy: (_: unknown, args: { candidacyId: string }, context: GovernanceContext) =>
    context.records.candidacies.withdraw(context.actor, args.candidacyId),

  recordElectionResult: (_: unknown, { input }: { input: RecordElectionResultInput }, context: GovernanceContext) =>
    context.records.elections.record(context.actor, context.onBehalfOf, input),

  appointVicePresident: (_: unknown, { input }: { input: AppointVicePresidentInput }, context: GovernanceContext) =>
    context.records.appointments.appoint(context.actor, context.onBehalfOf, input),

  nominateVicePresidents: (_: unknown, { input }: { input: NominateVicePresidentsInput }, context: GovernanceContext) =>
    context.records.nominations.nominate(context.actor, context.onBehalfOf, input),

  revokeAppointment: (_: unknown, args: { mandateId: string }, context: GovernanceContext) =>
    context.records.appointments.revoke(context.actor, args.mandateId),

  endMandate: (_: unknown, args: { mandateId: string; endsOn: CalendarDate }, context: GovernanceContext) =>
    context.records.corrections.endEarly(context.actor, args.mandateId, args.endsOn),

  recordAttendance: (_: unknown, { input }: { input: RecordAttendanceInput }, context: GovernanceContext) =>
    context.records.attendance.record(context.actor, context.onBehalfOf, input.meetingId, input.absentMemberIds),
};
