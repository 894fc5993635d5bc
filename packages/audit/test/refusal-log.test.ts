import type { Viewer } from '@wego/identity';
import { INPUT_MAX_LENGTH, MESSAGE_MAX_LENGTH, RefusalLog, type RefusedAttempt } from '../src';
import { SCHEMA, startRefusalDatabase, type RefusalDatabase } from './refusal-database';

const SECRETARIAT: Viewer = { role: 'secretariat', subject: 'officer@test' };
const OFFICE: Viewer = { role: 'office', subject: 'staff@east-asia', officeId: 'east-asia' };
const ATTEMPT: RefusedAttempt = {
  operation: 'assessFee',
  entityId: 'member-1',
  input: { input: { memberId: 'member-1', year: 2026, amountDue: 100 } },
  code: 'CHARTER_VIOLATION',
  rule: 'M4',
  message: 'The fee of 2026 is already assessed.',
};

let database: RefusalDatabase;
const log = new RefusalLog(SCHEMA);
beforeAll(async () => {
  database = await startRefusalDatabase('refusal_log');
});
afterAll(() => database.stop());

describe('RefusalLog', () => {
  it('records attempts and reads the latest ones back, newest first', async () => {
    await log.record(database.dataSource, { viewer: SECRETARIAT, requestId: 'request-1' }, ATTEMPT);
    await log.record(database.dataSource, { viewer: OFFICE, requestId: 'request-2' }, {
      operation: 'setOfficeCoverage',
      entityId: null,
      input: { countryCodes: ['KP'] },
      code: 'FORBIDDEN',
      rule: null,
      message: "Only the Secretariat may change an office's coverage.",
    });
    const latest = await log.latest(database.dataSource, 10);
    expect(latest).toEqual([
      {
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        actor: 'staff@east-asia',
        role: 'office',
        operation: 'setOfficeCoverage',
        entityId: null,
        input: '{"countryCodes":["KP"]}',
        code: 'FORBIDDEN',
        rule: null,
        message: "Only the Secretariat may change an office's coverage.",
        requestId: 'request-2',
      },
      {
        at: expect.any(String),
        actor: 'officer@test',
        role: 'secretariat',
        operation: 'assessFee',
        entityId: 'member-1',
        input: JSON.stringify(ATTEMPT.input),
        code: 'CHARTER_VIOLATION',
        rule: 'M4',
        message: 'The fee of 2026 is already assessed.',
        requestId: 'request-1',
      },
    ]);
    expect(Date.parse(latest[0]!.at)).toBeGreaterThanOrEqual(Date.parse(latest[1]!.at));
    expect(await log.latest(database.dataSource, 1)).toEqual([latest[0]]);
  });

  it('names an anonymous viewer "anonymous", as the audit trail does', async () => {
    await log.record(database.dataSource, { viewer: { role: 'anonymous' }, requestId: 'request-3' }, ATTEMPT);
    expect((await log.latest(database.dataSource, 1))[0]).toMatchObject({ actor: 'anonymous', role: 'anonymous' });
  });

  it('records hostile input with NUL characters, which jsonb would refuse', async () => {
    const input = { input: { name: 'Nul\u0000City', memberId: 'a\u0000b' } };
    await log.record(database.dataSource, { viewer: SECRETARIAT, requestId: 'request-4' }, {
      ...ATTEMPT,
      entityId: 'a\u0000b',
      input,
      message: 'No member has the id a\u0000b.',
    });
    const [latest] = await log.latest(database.dataSource, 1);
    expect(latest!.input).toBe(JSON.stringify(input));
    expect(JSON.parse(latest!.input)).toEqual(input);
    expect(latest!.entityId).toBe('a\uFFFDb');
    expect(latest!.message).toBe('No member has the id a\uFFFDb.');
  });

  it('cuts a 100 000-character input and a long message, marking the cut', async () => {
    await log.record(database.dataSource, { viewer: SECRETARIAT, requestId: 'request-5' }, {
      ...ATTEMPT,
      input: { input: { name: 'x'.repeat(100_000) } },
      message: 'y'.repeat(5_000),
    });
    const [latest] = await log.latest(database.dataSource, 1);
    expect(latest!.input).toHaveLength(INPUT_MAX_LENGTH);
    expect(latest!.input.startsWith('{"input":{"name":"xxx')).toBe(true);
    expect(latest!.input.endsWith('x…')).toBe(true);
    expect(latest!.message).toHaveLength(MESSAGE_MAX_LENGTH);
    expect(latest!.message.endsWith('y…')).toBe(true);
  });

  it('never splits a character made of two UTF-16 units when it cuts', async () => {
    await log.record(database.dataSource, { viewer: SECRETARIAT, requestId: 'request-6' }, { ...ATTEMPT, message: '😀'.repeat(1_000) });
    const [latest] = await log.latest(database.dataSource, 1);
    expect(latest!.message.endsWith('😀…')).toBe(true);
    expect(latest!.message).not.toContain('\uFFFD');
  });
});
