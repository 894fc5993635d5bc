import type { GovernanceContext } from '../context';
import { chairOf, presidingDayOf } from '../domain/chair';
import type { MeetingRecord } from '../entities';

/** G12: the member chairing the meeting, from the mandates of its presiding and opening days and its absentees. */
export async function chairIdOf(meeting: MeetingRecord, context: GovernanceContext): Promise<string | null> {
  const [onPresidingDay, onOpeningDay, absent] = await Promise.all([
    context.loaders.mandatesActiveOn.load(presidingDayOf(meeting)),
    context.loaders.mandatesActiveOn.load(meeting.opensOn),
    context.loaders.absentMemberIdsByMeetingId.load(meeting.id),
  ]);
  return chairOf(meeting, [...onPresidingDay, ...onOpeningDay], absent);
}
