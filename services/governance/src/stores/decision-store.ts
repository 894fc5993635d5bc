import type { DataSource, EntityManager } from 'typeorm';
import type { CalendarDate } from '@wego/calendar';
import { rowsWhereAny } from '@wego/database';
import { DecisionRecord } from '../entities';
import type { DecisionKind } from '../domain/decision-kinds';
import type { MeetingKind } from '../domain/meeting-kinds';
import { isRecordId } from './record-ids';

/** G13 in the database: numbers are unique within a meeting, and a decision is superseded at most once. */
export const ONE_DECISION_PER_NUMBER_AND_MEETING = 'one_decision_per_number_and_meeting';
export const DECISION_SUPERSEDED_AT_MOST_ONCE = 'decision_superseded_at_most_once';

/** Conditions on a list of decisions, already validated. */
export interface DecisionCriteria {
  kind?: DecisionKind;
  meetingKind?: MeetingKind;
  year?: number;
  textContains?: string;
}

/** Where a page of decisions starts: just after this decision, in the listing's order. */
export interface DecisionListPosition {
  adoptedOn: CalendarDate;
  meetingKind: MeetingKind;
  meetingId: string;
  number: number;
}

export interface DecisionPage {
  rows: DecisionRecord[];
  totalCount: number;
}

export interface NewDecisionRow {
  meetingId: string;
  meetingKind: MeetingKind;
  adoptedOn: CalendarDate;
  number: number;
  kind: DecisionKind;
  title: string;
  text: string;
  supersedesDecisionId: string | null;
}

const COLUMNS = `d.id, d.meeting_id AS "meetingId", d.meeting_kind AS "meetingKind", d.adopted_on AS "adoptedOn", d.number, d.kind, d.title, d.text,
  d.supersedes_decision_id AS "supersedesDecisionId"`;

/** Newest meeting first, an Assembly before a Committee meeting of the same day, then by number: the decision_listing index read backwards. */
const LISTING_ORDER = `d.adopted_on DESC, d.meeting_kind DESC, d.meeting_id DESC, (-d.number) DESC`;

/** The WHERE clause of a listing (decisions of meetings not cancelled), its parameters numbered from $1. */
function listingConditions(criteria: DecisionCriteria): { where: string[]; parameters: unknown[] } {
  const where = ['m.cancelled_at IS NULL'];
  const parameters: unknown[] = [];
  const parameter = (value: unknown): string => `$${parameters.push(value)}`;
  if (criteria.kind) where.push(`d.kind = ${parameter(criteria.kind)}`);
  if (criteria.meetingKind) where.push(`d.meeting_kind = ${parameter(criteria.meetingKind)}`);
  if (criteria.year !== undefined) {
    const year = parameter(criteria.year);
    where.push(`d.adopted_on BETWEEN make_date(${year}, 1, 1) AND make_date(${year}, 12, 31)`);
  }
  if (criteria.textContains) {
    const text = parameter(criteria.textContains);
    where.push(`(strpos(lower(d.title), lower(${text})) > 0 OR strpos(lower(d.text), lower(${text})) > 0)`);
  }
  return { where, parameters };
}

/** SQL of decisions: reads in batches, writes inside the caller's transaction; rows are only ever added. */
export class DecisionStore {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<DecisionRecord[]> {
    return rowsWhereAny(this.dataSource.manager, DecisionRecord, ids, { valid: isRecordId });
  }

  /** The decisions of each meeting, by meeting then number. */
  ofMeetings(meetingIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<DecisionRecord[]> {
    return rowsWhereAny(manager, DecisionRecord, meetingIds, {
      column: 'meetingId',
      valid: isRecordId,
      orderBy: [['meetingId', 'ASC'], ['number', 'ASC']],
    });
  }

  /** The decisions that supersede any of these. */
  supersedingAny(decisionIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<DecisionRecord[]> {
    return rowsWhereAny(manager, DecisionRecord, decisionIds, { column: 'supersedesDecisionId', valid: isRecordId });
  }

  async findById(manager: EntityManager, id: string): Promise<DecisionRecord | null> {
    if (!isRecordId(id)) return null;
    return manager.getRepository(DecisionRecord).findOneBy({ id });
  }

  /** The number the meeting's next decision takes; race-free only under the governance write lock. */
  async nextNumber(manager: EntityManager, meetingId: string): Promise<number> {
    const [row] = await manager.query(`SELECT coalesce(max(number), 0) + 1 AS next FROM governance.decision WHERE meeting_id = $1`, [meetingId]);
    return Number(row.next);
  }

  async anyOfMeeting(manager: EntityManager, meetingId: string): Promise<boolean> {
    if (!isRecordId(meetingId)) return false;
    const rows: unknown[] = await manager.query(`SELECT 1 FROM governance.decision WHERE meeting_id = $1 LIMIT 1`, [meetingId]);
    return rows.length > 0;
  }

  insert(manager: EntityManager, decision: NewDecisionRow): Promise<DecisionRecord> {
    return manager.getRepository(DecisionRecord).save({ ...decision });
  }

  /** One page in the listing's order, `size + 1` rows at most (the extra one tells a next page exists), and the count of all pages. */
  async page(criteria: DecisionCriteria, size: number, after: DecisionListPosition | null): Promise<DecisionPage> {
    const { where, parameters } = listingConditions(criteria);
    const from = `FROM governance.decision d JOIN governance.meeting m ON m.id = d.meeting_id`;
    const rowsWhere = [...where];
    const rowsParameters = [...parameters];
    if (after) {
      const at = (value: unknown): string => `$${rowsParameters.push(value)}`;
      rowsWhere.push(
        `(d.adopted_on, d.meeting_kind, d.meeting_id, -d.number) < (${at(after.adoptedOn)}::date, ${at(after.meetingKind)}::text, ${at(after.meetingId)}::uuid, ${at(-after.number)}::integer)`,
      );
    }
    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT ${COLUMNS} ${from} WHERE ${rowsWhere.join(' AND ')} ORDER BY ${LISTING_ORDER} LIMIT $${rowsParameters.push(size + 1)}`,
        rowsParameters,
      ) as Promise<DecisionRecord[]>,
      this.dataSource.query(`SELECT count(*)::int AS total ${from} WHERE ${where.join(' AND ')}`, parameters) as Promise<Array<{ total: number }>>,
    ]);
    return { rows, totalCount: counted[0]?.total ?? 0 };
  }
}
