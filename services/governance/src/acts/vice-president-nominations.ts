import type { Actor } from '@wego/audit';
import { badUserInput } from '@wego/errors';
import { requireSecretariat } from '@wego/identity';
import type { NominationRecord } from '../entities';
import { assertNominable, MOST_NOMINATED_PER_CALL } from '../domain/vice-president-nomination';
import type { OnBehalfOf } from '../neighbours/entities-request';
import { knownMembers } from '../neighbours/known-members';
import { meetingOnRecord } from './meeting-on-record';
import { MemberNamingAct } from './member-naming-act';

export interface Nominations {
  meetingId: string;
  memberIds: readonly string[];
}

/** The Executive Committee's nominations for Vice President, as the Secretariat records them (G10). */
export class VicePresidentNominations extends MemberNamingAct {
  async nominate(actor: Actor, onBehalfOf: OnBehalfOf, nominations: Nominations): Promise<NominationRecord[]> {
    requireSecretariat(actor.viewer, 'record nominations');
    const { memberIds, meetingId } = nominations;
    if (memberIds.length === 0) throw badUserInput('memberIds', 'Name at least one nominated member.');
    if (memberIds.length > MOST_NOMINATED_PER_CALL) throw badUserInput('memberIds', `Record at most ${MOST_NOMINATED_PER_CALL} nominations at a time.`);
    if (new Set(memberIds).size !== memberIds.length) throw badUserInput('memberIds', 'Each nominated member is named once.');
    const { meetings, nominations: store } = this.writes.stores;
    await meetingOnRecord(meetings, this.writes.reads, meetingId);
    await knownMembers(this.directory, memberIds, onBehalfOf);

    return this.writes.run(actor, 'nominateVicePresidents', async (write) => {
      const meeting = await meetingOnRecord(meetings, write.manager, meetingId);
      const already = new Set((await store.ofMeetings([meetingId], write.manager)).map((nomination) => nomination.memberId));
      assertNominable(meeting, memberIds, write.committee.history(), already, this.clock.today());
      const recorded: NominationRecord[] = [];
      for (const memberId of memberIds) {
        const nomination = await store.insert(write.manager, { meetingId, memberId });
        await write.audit({ entityType: 'Nomination', entityId: nomination.id, before: null, after: { ...nomination } });
        recorded.push(nomination);
      }
      return recorded;
    });
  }
}
