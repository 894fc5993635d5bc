import type { EntityManager } from 'typeorm';
import { notFound } from '@wego/errors';
import type { MeetingRecord } from '../entities';
import type { MeetingStore } from '../stores/meeting-store';

/** The meeting a write names, as `manager` reads it: a cancelled one is no longer there to act on (NOT_FOUND). */
export async function meetingOnRecord(meetings: MeetingStore, manager: EntityManager, meetingId: string): Promise<MeetingRecord> {
  const meeting = await meetings.findById(manager, meetingId);
  if (!meeting || meeting.cancelledAt) throw notFound(`No meeting has the id ${meetingId}.`);
  return meeting;
}
