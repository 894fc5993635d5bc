/**
 * A governance history as the first release recorded it, written with SQL inserts of that
 * release's columns only, every id fixed. Today is 2026-11-27.
 * - General Assemblies 2017-09-12 (host Chengdu, the first on record), 2020-08-25 (Istanbul, under
 *   three years later), 2024-03-12 (Kazan, over three years later: the presidency was vacant from
 *   2023-08-25), 2027-02-16 (Bogotá, in the future); one for 2020-06-09 (Jakarta) cancelled on
 *   2020-03-20.
 * - Executive Committee meetings every year but 2020 (cancelled) and 2024; 2022 with the President
 *   absent, 2023 during the vacancy, 2025 with the President and the EVP both absent.
 * - Presidents Seoul, Mexico City, Seoul again; Committee seats from each Assembly; Vice Presidents
 *   beside their seats: five from five areas (2017), four with two from East Asia (2020), five with
 *   two from the Secretariat's area (2024); Addis Ababa's seat and Vice Presidency ended early.
 * - Candidacies in every status, attendance, audit entries and a refused attempt.
 *
 * It imports nothing at run time, so that the previous release's answers can be captured from it.
 */

type Area = 'secretariat' | 'east-asia' | 'eurasia' | 'mediterranean' | 'latin-america';

const member = (n: number) => `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const meetingId = (n: number) => `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const mandateId = (n: number) => `30000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const candidacyId = (n: number) => `40000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Members of the story: fixed ids whose order differs from their names' order. */
export const FIRST_EDITION_MEMBERS = {
  seoul: { id: member(11), name: 'Seoul' },
  chengdu: { id: member(2), name: 'Chengdu' },
  ulyanovsk: { id: member(13), name: 'Ulyanovsk Region' },
  beyoglu: { id: member(4), name: 'Beyoğlu' },
  mexicoCity: { id: member(5), name: 'Mexico City' },
  suwon: { id: member(6), name: 'Suwon' },
  zhengzhou: { id: member(7), name: 'Zhengzhou' },
  ulsan: { id: member(8), name: 'Ulsan' },
  istanbul: { id: member(9), name: 'Istanbul' },
  kazan: { id: member(10), name: 'Kazan' },
  bogota: { id: member(1), name: 'Bogotá' },
  jakarta: { id: member(12), name: 'Jakarta' },
  addisAbaba: { id: member(3), name: 'Addis Ababa' },
  makati: { id: member(14), name: 'Makati' },
} as const;

export type FirstEditionMember = keyof typeof FIRST_EDITION_MEMBERS;

/** What membership would answer for each id. */
export const FIRST_EDITION_MEMBER_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(FIRST_EDITION_MEMBERS).map(({ id, name }) => [id, name]),
);

const m = (key: FirstEditionMember): string => FIRST_EDITION_MEMBERS[key].id;

interface MeetingRow {
  id: string;
  kind: 'GENERAL_ASSEMBLY' | 'EXECUTIVE_COMMITTEE';
  opensOn: string;
  host: FirstEditionMember;
  /** When the Secretariat cancelled it (an instant, as the first release kept it). */
  cancelledAt?: string;
  absent?: readonly FirstEditionMember[];
}

export const FIRST_EDITION_MEETINGS = {
  ga2017: { id: meetingId(1), kind: 'GENERAL_ASSEMBLY', opensOn: '2017-09-12', host: 'chengdu' },
  cancelledGa2020: { id: meetingId(2), kind: 'GENERAL_ASSEMBLY', opensOn: '2020-06-09', host: 'jakarta', cancelledAt: '2020-03-20T01:30:00Z' },
  ga2020: { id: meetingId(3), kind: 'GENERAL_ASSEMBLY', opensOn: '2020-08-25', host: 'istanbul' },
  ga2024: { id: meetingId(4), kind: 'GENERAL_ASSEMBLY', opensOn: '2024-03-12', host: 'kazan', absent: ['ulsan'] },
  ga2027: { id: meetingId(5), kind: 'GENERAL_ASSEMBLY', opensOn: '2027-02-16', host: 'bogota' },
  excom2018: { id: meetingId(11), kind: 'EXECUTIVE_COMMITTEE', opensOn: '2018-05-15', host: 'seoul' },
  excom2019: { id: meetingId(12), kind: 'EXECUTIVE_COMMITTEE', opensOn: '2019-06-11', host: 'ulyanovsk' },
  cancelledExcom2020: { id: meetingId(13), kind: 'EXECUTIVE_COMMITTEE', opensOn: '2020-05-12', host: 'beyoglu', cancelledAt: '2020-03-20T01:35:00Z' },
  excom2021: { id: meetingId(14), kind: 'EXECUTIVE_COMMITTEE', opensOn: '2021-06-08', host: 'suwon' },
  excom2022: { id: meetingId(15), kind: 'EXECUTIVE_COMMITTEE', opensOn: '2022-05-17', host: 'zhengzhou', absent: ['mexicoCity'] },
  excom2023: { id: meetingId(16), kind: 'EXECUTIVE_COMMITTEE', opensOn: '2023-11-07', host: 'makati' },
  excom2025: { id: meetingId(17), kind: 'EXECUTIVE_COMMITTEE', opensOn: '2025-05-13', host: 'mexicoCity', absent: ['seoul', 'bogota'] },
  excom2026: { id: meetingId(18), kind: 'EXECUTIVE_COMMITTEE', opensOn: '2026-06-09', host: 'chengdu' },
} as const satisfies Record<string, MeetingRow>;

export type FirstEditionMeeting = keyof typeof FIRST_EDITION_MEETINGS;

interface MandateRow {
  id: string;
  member: FirstEditionMember;
  position: 'PRESIDENT' | 'VICE_PRESIDENT' | 'EXECUTIVE_COMMITTEE_MEMBER';
  startsOn: string;
  endsOn: string;
  source?: FirstEditionMeeting;
  area?: Area;
  endedEarlyOn?: string;
  /** For a Vice President: the key of the Committee seat it sits beside. */
  beside?: string;
}

interface Term {
  assembly: FirstEditionMeeting;
  startsOn: string;
  endsOn: string;
  president: FirstEditionMember;
  seats: FirstEditionMember[];
  /** The day the Vice Presidents were appointed. */
  vicePresidentsFrom: string;
  /** The Vice Presidents, in the order appointed, with the area each counts in. */
  vicePresidents: Partial<Record<FirstEditionMember, Area>>;
  /** A seat (and the Vice Presidency beside it) ended early: resignations. */
  endedEarly?: Partial<Record<FirstEditionMember, string>>;
}

// Each term ends the day before the next Assembly or before its third anniversary, whichever comes first.
const TERMS: Term[] = [
  {
    assembly: 'ga2017',
    startsOn: '2017-09-12',
    endsOn: '2020-08-24',
    president: 'seoul',
    seats: ['suwon', 'ulyanovsk', 'beyoglu', 'mexicoCity', 'zhengzhou', 'ulsan', 'istanbul'],
    vicePresidentsFrom: '2017-10-01',
    vicePresidents: { ulyanovsk: 'eurasia', beyoglu: 'mediterranean', mexicoCity: 'latin-america', zhengzhou: 'east-asia', suwon: 'secretariat' },
  },
  {
    assembly: 'ga2020',
    startsOn: '2020-08-25',
    endsOn: '2023-08-24',
    president: 'mexicoCity',
    seats: ['seoul', 'chengdu', 'kazan', 'addisAbaba', 'jakarta', 'zhengzhou'],
    vicePresidentsFrom: '2020-09-15',
    vicePresidents: { chengdu: 'east-asia', zhengzhou: 'east-asia', jakarta: 'secretariat', addisAbaba: 'secretariat' },
    endedEarly: { addisAbaba: '2022-01-31' },
  },
  {
    assembly: 'ga2024',
    startsOn: '2024-03-12',
    endsOn: '2027-02-15',
    president: 'seoul',
    seats: ['ulsan', 'istanbul', 'beyoglu', 'mexicoCity', 'suwon', 'chengdu', 'bogota', 'makati'],
    vicePresidentsFrom: '2024-04-01',
    vicePresidents: { chengdu: 'east-asia', istanbul: 'mediterranean', mexicoCity: 'latin-america', suwon: 'secretariat', makati: 'secretariat' },
  },
];

function mandatesOf(terms: readonly Term[]): Record<string, MandateRow> {
  const rows: Record<string, MandateRow> = {};
  let n = 0;
  for (const term of terms) {
    const year = term.startsOn.slice(0, 4);
    rows[`president${year}`] = { id: mandateId(++n), member: term.president, position: 'PRESIDENT', startsOn: term.startsOn, endsOn: term.endsOn, source: term.assembly };
    for (const seat of term.seats) {
      const endedEarlyOn = term.endedEarly?.[seat];
      rows[`seat${year}:${seat}`] = {
        id: mandateId(++n),
        member: seat,
        position: 'EXECUTIVE_COMMITTEE_MEMBER',
        startsOn: term.startsOn,
        endsOn: endedEarlyOn ?? term.endsOn,
        source: term.assembly,
        ...(endedEarlyOn ? { endedEarlyOn } : {}),
      };
    }
    for (const [member, area] of Object.entries(term.vicePresidents) as Array<[FirstEditionMember, Area]>) {
      const endedEarlyOn = term.endedEarly?.[member];
      rows[`vicePresident${year}:${member}`] = {
        id: mandateId(++n),
        member,
        position: 'VICE_PRESIDENT',
        startsOn: term.vicePresidentsFrom,
        // A Vice President ends with the seat it sits beside (G10).
        endsOn: endedEarlyOn ?? term.endsOn,
        area,
        beside: `seat${year}:${member}`,
      };
    }
  }
  return rows;
}

/** Every mandate on record, by key: `president2017`, `seat2020:addisAbaba`, `vicePresident2024:makati`, ... */
export const FIRST_EDITION_MANDATES: Readonly<Record<string, MandateRow>> = mandatesOf(TERMS);

interface CandidacyRow {
  id: string;
  meeting: FirstEditionMeeting;
  member: FirstEditionMember;
  position: 'PRESIDENT' | 'EXECUTIVE_COMMITTEE_MEMBER';
  receivedOn: string;
  status: 'SUBMITTED' | 'ELECTED' | 'NOT_ELECTED' | 'WITHDRAWN';
}

function candidaciesOf(terms: readonly Term[]): CandidacyRow[] {
  const rows: Omit<CandidacyRow, 'id'>[] = [
    { meeting: 'ga2017', member: 'seoul', position: 'PRESIDENT', receivedOn: '2017-07-20', status: 'ELECTED' },
    { meeting: 'ga2017', member: 'beyoglu', position: 'PRESIDENT', receivedOn: '2017-07-28', status: 'NOT_ELECTED' },
    { meeting: 'ga2017', member: 'kazan', position: 'EXECUTIVE_COMMITTEE_MEMBER', receivedOn: '2017-08-01', status: 'NOT_ELECTED' },
    { meeting: 'cancelledGa2020', member: 'istanbul', position: 'PRESIDENT', receivedOn: '2020-02-10', status: 'SUBMITTED' },
    { meeting: 'ga2020', member: 'mexicoCity', position: 'PRESIDENT', receivedOn: '2020-06-30', status: 'ELECTED' },
    { meeting: 'ga2020', member: 'seoul', position: 'PRESIDENT', receivedOn: '2020-07-01', status: 'WITHDRAWN' },
    { meeting: 'ga2020', member: 'makati', position: 'EXECUTIVE_COMMITTEE_MEMBER', receivedOn: '2020-07-10', status: 'NOT_ELECTED' },
    { meeting: 'ga2024', member: 'seoul', position: 'PRESIDENT', receivedOn: '2024-01-15', status: 'ELECTED' },
    { meeting: 'ga2024', member: 'istanbul', position: 'PRESIDENT', receivedOn: '2024-01-20', status: 'NOT_ELECTED' },
    { meeting: 'ga2024', member: 'kazan', position: 'PRESIDENT', receivedOn: '2024-01-22', status: 'WITHDRAWN' },
    { meeting: 'ga2027', member: 'istanbul', position: 'PRESIDENT', receivedOn: '2026-10-05', status: 'SUBMITTED' },
    { meeting: 'ga2027', member: 'mexicoCity', position: 'PRESIDENT', receivedOn: '2026-11-02', status: 'SUBMITTED' },
    { meeting: 'ga2027', member: 'ulyanovsk', position: 'EXECUTIVE_COMMITTEE_MEMBER', receivedOn: '2026-09-14', status: 'SUBMITTED' },
    { meeting: 'ga2027', member: 'jakarta', position: 'EXECUTIVE_COMMITTEE_MEMBER', receivedOn: '2026-08-20', status: 'WITHDRAWN' },
  ];
  // Each seat was won by a written candidacy received a month and a half before its Assembly.
  for (const term of terms) {
    const [year, month] = term.startsOn.split('-').map(Number) as [number, number];
    const receivedOn = month > 2 ? `${year}-${String(month - 2).padStart(2, '0')}-28` : `${year - 1}-12-28`;
    for (const seat of term.seats) rows.push({ meeting: term.assembly, member: seat, position: 'EXECUTIVE_COMMITTEE_MEMBER', receivedOn, status: 'ELECTED' });
  }
  return rows.map((row, index) => ({ id: candidacyId(index + 1), ...row }));
}

export const FIRST_EDITION_CANDIDACIES: readonly CandidacyRow[] = candidaciesOf(TERMS);

interface AuditRow {
  at: string;
  operation: string;
  entityType: 'Meeting' | 'Candidacy' | 'Mandate';
  entityId: string;
  before: unknown;
  after: unknown;
}

const mandate = (key: string): MandateRow => FIRST_EDITION_MANDATES[key]!;
const meeting = (key: FirstEditionMeeting) => FIRST_EDITION_MEETINGS[key];
const scheduled = (key: FirstEditionMeeting) => ({ kind: meeting(key).kind, opensOn: meeting(key).opensOn, hostMemberId: m(meeting(key).host), cancelled: false });
const mandateSnapshot = (key: string) => {
  const row = mandate(key);
  return { id: row.id, memberId: m(row.member), position: row.position, startsOn: row.startsOn, endsOn: row.endsOn };
};

const AUDIT: AuditRow[] = [
  { at: '2019-11-04T02:00:00Z', operation: 'scheduleMeeting', entityType: 'Meeting', entityId: meeting('cancelledGa2020').id, before: null, after: scheduled('cancelledGa2020') },
  { at: '2020-03-20T01:30:00Z', operation: 'cancelMeeting', entityType: 'Meeting', entityId: meeting('cancelledGa2020').id, before: scheduled('cancelledGa2020'), after: { ...scheduled('cancelledGa2020'), cancelled: true } },
  { at: '2020-04-02T03:00:00Z', operation: 'scheduleMeeting', entityType: 'Meeting', entityId: meeting('ga2020').id, before: null, after: scheduled('ga2020') },
  { at: '2020-08-26T05:00:00Z', operation: 'recordElectionResult', entityType: 'Mandate', entityId: mandate('president2020').id, before: null, after: mandateSnapshot('president2020') },
  { at: '2022-02-03T04:00:00Z', operation: 'endMandate', entityType: 'Mandate', entityId: mandate('seat2020:addisAbaba').id, before: { ...mandateSnapshot('seat2020:addisAbaba'), endsOn: '2023-08-24' }, after: mandateSnapshot('seat2020:addisAbaba') },
  { at: '2022-05-18T06:00:00Z', operation: 'recordAttendance', entityType: 'Meeting', entityId: meeting('excom2022').id, before: { absentMemberIds: [] }, after: { absentMemberIds: [m('mexicoCity')] } },
  { at: '2023-12-05T02:00:00Z', operation: 'scheduleMeeting', entityType: 'Meeting', entityId: meeting('ga2024').id, before: null, after: scheduled('ga2024') },
  { at: '2024-03-13T07:00:00Z', operation: 'recordElectionResult', entityType: 'Mandate', entityId: mandate('president2024').id, before: null, after: { ...mandateSnapshot('president2024'), endsOn: '2027-03-11' } },
  { at: '2025-05-14T01:00:00Z', operation: 'recordAttendance', entityType: 'Meeting', entityId: meeting('excom2025').id, before: { absentMemberIds: [] }, after: { absentMemberIds: [m('seoul'), m('bogota')] } },
  { at: '2026-03-03T02:00:00Z', operation: 'scheduleMeeting', entityType: 'Meeting', entityId: meeting('ga2027').id, before: null, after: scheduled('ga2027') },
  { at: '2026-10-06T02:00:00Z', operation: 'submitCandidacy', entityType: 'Candidacy', entityId: FIRST_EDITION_CANDIDACIES.find((row) => row.meeting === 'ga2027')!.id, before: null, after: { status: 'SUBMITTED' } },
];

const literal = (value: unknown): string => (value === null || value === undefined ? 'NULL' : `'${String(value).replace(/'/g, "''")}'`);
const json = (value: unknown): string => (value === null ? 'NULL' : `${literal(JSON.stringify(value))}::jsonb`);
const values = (rows: unknown[][]): string => rows.map((row) => `(${row.join(', ')})`).join(',\n  ');

/** The INSERT statements that write the history into a database migrated as the first release left it. */
export function firstEditionHistoryStatements(): string[] {
  const meetings = Object.values(FIRST_EDITION_MEETINGS) as readonly MeetingRow[];
  const mandates = Object.values(FIRST_EDITION_MANDATES);
  const seats = mandates.filter((row) => !row.beside);
  const vicePresidents = mandates.filter((row) => row.beside);
  const mandateRow = (row: MandateRow) => [
    literal(row.id),
    literal(m(row.member)),
    literal(row.position),
    literal(row.startsOn),
    literal(row.endsOn),
    literal(row.source ? meeting(row.source).id : null),
    literal(row.area ?? null),
    literal(row.endedEarlyOn ?? null),
    literal(row.beside ? mandate(row.beside).id : null),
  ];
  const mandateColumns = 'id, member_id, position, starts_on, ends_on, source_meeting_id, area, ended_early_on, beside_mandate_id';
  return [
    `INSERT INTO governance.meeting (id, kind, opens_on, host_member_id, cancelled_at) VALUES
  ${values(meetings.map((row) => [literal(row.id), literal(row.kind), literal(row.opensOn), literal(m(row.host)), literal(row.cancelledAt ?? null)]))}`,
    `INSERT INTO governance.absence (meeting_id, member_id) VALUES
  ${values(meetings.flatMap((row) => (row.absent ?? []).map((key) => [literal(row.id), literal(m(key))])))}`,
    // Seats first: a Vice President mandate refers to the seat it sits beside.
    `INSERT INTO governance.mandate (${mandateColumns}) VALUES
  ${values(seats.map(mandateRow))}`,
    `INSERT INTO governance.mandate (${mandateColumns}) VALUES
  ${values(vicePresidents.map(mandateRow))}`,
    `INSERT INTO governance.candidacy (id, meeting_id, member_id, position, received_on, status) VALUES
  ${values(FIRST_EDITION_CANDIDACIES.map((row) => [literal(row.id), literal(meeting(row.meeting).id), literal(m(row.member)), literal(row.position), literal(row.receivedOn), literal(row.status)]))}`,
    `INSERT INTO governance.audit_entry (at, actor, role, operation, entity_type, entity_id, before, after, request_id) VALUES
  ${values(AUDIT.map((row, index) => [literal(row.at), literal('officer@wego'), literal('secretariat'), literal(row.operation), literal(row.entityType), literal(row.entityId), json(row.before), json(row.after), literal(`first-edition-${index + 1}`)]))}`,
    `INSERT INTO governance.refused_attempt (at, actor, role, operation, entity_id, input, code, rule, message, request_id) VALUES
  (${[
    literal('2022-03-02T02:00:00Z'),
    literal('officer@wego'),
    literal('secretariat'),
    literal('scheduleMeeting'),
    literal(null),
    literal(JSON.stringify({ kind: 'EXECUTIVE_COMMITTEE', opensOn: '2022-11-08', hostMemberId: m('suwon') })),
    literal('CHARTER_VIOLATION'),
    literal('G2'),
    literal('The Executive Committee already meets on 2022-05-17 this year; it meets once a year.'),
    literal('first-edition-refused-1'),
  ].join(', ')})`,
  ];
}
