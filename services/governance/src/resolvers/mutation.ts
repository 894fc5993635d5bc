import type { MutationResolvers } from '../generated/schema-types';

/** Dates arrive already checked by the Date scalar; enums by GraphQL. The records apply the rules. */
export const Mutation = {
  scheduleMeeting: (_, { input }, context) => context.records.calendar.schedule(context.actor, context.onBehalfOf, input),

  cancelMeeting: (_, args, context) => context.records.calendar.cancel(context.actor, args.meetingId, new Date()),

  submitCandidacy: (_, { input }, context) => context.records.candidacies.submit(context.actor, context.onBehalfOf, input),

  withdrawCandidacy: (_, args, context) => context.records.candidacies.withdraw(context.actor, args.candidacyId),

  recordElectionResult: (_, { input }, context) => context.records.elections.record(context.actor, context.onBehalfOf, input),

  appointVicePresident: (_, { input }, context) => context.records.appointments.appoint(context.actor, context.onBehalfOf, input),

  nominateVicePresidents: (_, { input }, context) => context.records.nominations.nominate(context.actor, context.onBehalfOf, input),

  revokeAppointment: (_, args, context) => context.records.appointments.revoke(context.actor, args.mandateId),

  endMandate: (_, args, context) => context.records.corrections.endEarly(context.actor, args.mandateId, args.endsOn),

  recordAttendance: (_, { input }, context) =>
    context.records.attendance.record(context.actor, context.onBehalfOf, input.meetingId, input.absentMemberIds),
} satisfies MutationResolvers;
