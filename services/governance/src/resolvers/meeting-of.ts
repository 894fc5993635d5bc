import type { GovernanceContext } from '../context';
import type { MeetingRecord } from '../entities';

/** The meeting a candidacy, nomination or decision belongs to: their rows reference it, so it is on record. */
export async function meetingOf(meetingId: string, context: GovernanceContext): Promise<MeetingRecord> {
  return (await context.loaders.meetingById.load(meetingId))!;
}
