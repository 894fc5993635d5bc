import type { Actor } from '@wego/audit';
import { badUserInput } from '@wego/errors';
import { requireSecretariat } from '@wego/identity';
import type { MeetingRecord } from '../entities';
import type { OnBehalfOf } from '../neighbours/entities-request';
import type { MembershipDirectory } from '../neighbours/membership-directory';
import type { GovernanceWrites } from './governance-writes';
import { knownMembers } from '../neighbours/known-members';
import { meetingOnRecord } from './meeting-on-record';

/** More absentees than any meeting has members on its committee, with room. */
export const MOST_ABSENTEES = 200;

/** Who is absent from a meeting, recorded before or after it (G12: apologies count). */
export class AttendanceRegister {
  constructor(
    private readonly writes: GovernanceWrites,
    private readonly directory: MembershipDirectory,
  ) {}

  /** Replaces the meeting's absentees. */
  async record(actor: Actor, onBehalfOf: OnBehalfOf, meetingId: string, absentMemberIds: readonly string[]): Promise<MeetingRecord> {
    requireSecretariat(actor.viewer, 'record attendance');
    if (absentMemberIds.length > MOST_ABSENTEES) throw badUserInput('absentMemberIds', `Record at most ${MOST_ABSENTEES} absentees.`);
    const absent = [...new Set(absentMemberIds)].sort();
    const { meetings, absences } = this.writes.stores;
    await meetingOnRecord(meetings, this.writes.reads, meetingId);
    await knownMembers(this.directory, absent, onBehalfOf);

    return this.writes.run(actor, 'recordAttendance', async (write) => {
      const meeting = await meetingOnRecord(meetings, write.manager, meetingId);
      const before = (await absences.ofMeetings([meetingId], write.manager)).map((absence) => absence.memberId).sort();
      if (before.length === absent.length && before.every((id, index) => id === absent[index])) return meeting;
      await absences.replace(write.manager, meetingId, absent);
      await write.audit({ entityType: 'Meeting', entityId: meetingId, before: { absentMemberIds: before }, after: { absentMemberIds: absent } });
      return meeting;
    });
  }
}
