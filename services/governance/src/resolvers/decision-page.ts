import { parseCalendarDate } from '@wego/calendar';
import { badUserInput } from '@wego/errors';
import { parsePageRequest, toConnection, type Connection, type ListPosition } from '@wego/graphql-primitives';
import type { DecisionRecord } from '../entities';
import type { GovernanceContext } from '../context';
import { MEETING_KINDS, type MeetingKind } from '../domain/meeting-kinds';
import type { QueryDecisionsArgs } from '../generated/schema-types';
import type { DecisionCriteria, DecisionListPosition } from '../stores/decision-store';
import { isRecordId } from '../stores/record-ids';

/** A decision's place in the listing, as its cursor carries it: opening day, meeting kind, meeting id, number. */
function positionOf(decision: DecisionRecord): ListPosition {
  return { sortKey: [decision.adoptedOn, decision.meetingKind, decision.meetingId, decision.number].join('/'), id: decision.id };
}

const NUMBER = /^[1-9][0-9]{0,8}$/;

/** The place a cursor names; a cursor this API did not issue names none. */
function listPositionOf(position: ListPosition): DecisionListPosition {
  const [adoptedOn, meetingKind, meetingId, number, ...rest] = position.sortKey.split('/');
  const date = parseCalendarDate(adoptedOn ?? '');
  if (!date || !MEETING_KINDS.includes(meetingKind as MeetingKind) || !isRecordId(meetingId ?? '') || !NUMBER.test(number ?? '') || rest.length > 0 || !isRecordId(position.id)) {
    throw badUserInput('after', 'after must be a cursor that this API issued.');
  }
  return { adoptedOn: date, meetingKind: meetingKind as MeetingKind, meetingId: meetingId!, number: Number(number) };
}

/** One page of decisions as a DecisionConnection. */
export async function decisionPage(
  context: GovernanceContext,
  criteria: DecisionCriteria,
  args: Pick<QueryDecisionsArgs, 'first' | 'after'>,
): Promise<Connection<DecisionRecord>> {
  const page = parsePageRequest(args);
  const { rows, totalCount } = await context.decisions.page(criteria, page.size, page.after ? listPositionOf(page.after) : null);
  for (const row of rows) context.loaders.decisionById.prime(row.id, row);
  return toConnection(rows, page.size, totalCount, positionOf);
}
