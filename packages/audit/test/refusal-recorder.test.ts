import { badUserInput, charterViolation, notFound } from '@wego/errors';
import type { Viewer } from '@wego/identity';
import { RefusalLog, recordingRefusals, type RefusalContext } from '../src';
import { SCHEMA, startRefusalDatabase, type RefusalDatabase } from './refusal-database';

const SECRETARIAT: Viewer = { role: 'secretariat', subject: 'officer@test' };
const M1 = charterViolation('M1', 'A CITY must be a FULL member (M1).');
const SQL_FAILURE = new Error('duplicate key value violates unique constraint "member_pkey" in INSERT INTO membership.member');

const mutations = {
  registerMember: async (_: unknown, _args: { input: { name: string } }, _context: RefusalContext): Promise<never> => {
    throw M1;
  },
  assessFee: (_: unknown, args: { input: { memberId: string; year: number } }, _context: RefusalContext): never => {
    throw badUserInput('year', `${args.input.year} is not a year.`);
  },
  setOfficeCoverage: async (_: unknown, args: { officeId: string; countryCodes: string[] }, _context: RefusalContext): Promise<never> => {
    throw notFound(`No office has the id ${args.officeId}.`);
  },
  setMemberStatus: async (_: unknown, _args: { memberId: string; status: string }, _context: RefusalContext): Promise<never> => {
    throw SQL_FAILURE;
  },
  renameMember: async (_: unknown, args: { memberId: string; name: string }, _context: RefusalContext) => ({ id: args.memberId, name: args.name }),
};

let database: RefusalDatabase;
let refusals: RefusalContext['refusals'];
const wrapped = recordingRefusals(mutations);
const contextOf = (viewer: Viewer, requestId: string): RefusalContext => ({ actor: { viewer, requestId }, refusals });

beforeAll(async () => {
  database = await startRefusalDatabase('refusal_recorder');
  refusals = { log: new RefusalLog(SCHEMA), dataSource: database.dataSource };
});
afterAll(() => database.stop());

async function newRows(act: () => Promise<unknown>) {
  const before = (await database.rows()).length;
  await act();
  return (await database.rows()).slice(before);
}

describe('recordingRefusals', () => {
  it('records a coded refusal with its code, rule, message and entity, and rethrows the very same error', async () => {
    const context = contextOf(SECRETARIAT, 'request-1');
    const rows = await newRows(() =>
      expect(wrapped.registerMember(null, { input: { name: 'Ulsan' } }, context)).rejects.toBe(M1),
    );
    expect(rows).toEqual([
      {
        actor: 'officer@test',
        role: 'secretariat',
        operation: 'registerMember',
        entity_id: null,
        input: '{"input":{"name":"Ulsan"}}',
        code: 'CHARTER_VIOLATION',
        rule: 'M1',
        message: 'A CITY must be a FULL member (M1).',
        request_id: 'request-1',
      },
    ]);
  });

  it('records a resolver that throws rather than rejects, with a null rule and the entity named in its input', async () => {
    let thrown: unknown;
    const rows = await newRows(async () => {
      try {
        await wrapped.assessFee(null, { input: { memberId: 'member-1', year: 20265 } }, contextOf(SECRETARIAT, 'request-7'));
      } catch (error) {
        thrown = error;
      }
    });
    expect(thrown).toMatchObject({ message: '20265 is not a year.', extensions: { code: 'BAD_USER_INPUT', field: 'year' } });
    expect(rows).toEqual([expect.objectContaining({ operation: 'assessFee', entity_id: 'member-1', code: 'BAD_USER_INPUT', rule: null })]);
  });

  it('takes the entity from a top-level id argument', async () => {
    const rows = await newRows(() =>
      expect(wrapped.setOfficeCoverage(null, { officeId: 'atlantis', countryCodes: [] }, contextOf(SECRETARIAT, 'request-2'))).rejects.toThrow('atlantis'),
    );
    expect(rows).toEqual([expect.objectContaining({ entity_id: 'atlantis', code: 'NOT_FOUND' })]);
  });

  it('records any other error as an internal one, never with its own message', async () => {
    const rows = await newRows(() =>
      expect(wrapped.setMemberStatus(null, { memberId: 'member-2', status: 'ACTIVE' }, contextOf(SECRETARIAT, 'request-3'))).rejects.toBe(SQL_FAILURE),
    );
    expect(rows).toEqual([expect.objectContaining({ entity_id: 'member-2', code: 'INTERNAL_SERVER_ERROR', rule: null, message: 'internal error' })]);
    expect(JSON.stringify(rows)).not.toContain('membership.member');
  });

  it('records nothing for an accepted mutation, and answers what it answered', async () => {
    const rows = await newRows(async () => {
      await expect(wrapped.renameMember(null, { memberId: 'member-3', name: 'Busan' }, contextOf(SECRETARIAT, 'request-8'))).resolves.toEqual({ id: 'member-3', name: 'Busan' });
    });
    expect(rows).toEqual([]);
  });

  it('records nothing for an anonymous caller: it cannot make the service write', async () => {
    const rows = await newRows(() =>
      expect(wrapped.registerMember(null, { input: { name: 'Ulsan' } }, contextOf({ role: 'anonymous' }, 'request-4'))).rejects.toBe(M1),
    );
    expect(rows).toEqual([]);
  });

  it('takes the entity as a given function says', async () => {
    const byName = recordingRefusals(mutations, (args) => (args.input as { name: string }).name);
    const rows = await newRows(() =>
      expect(byName.registerMember(null, { input: { name: 'Ulsan' } }, contextOf(SECRETARIAT, 'request-5'))).rejects.toBe(M1),
    );
    expect(rows).toEqual([expect.objectContaining({ entity_id: 'Ulsan' })]);
  });

  it('rethrows the original error when the log cannot be written, and reports that failure', async () => {
    const failures: Array<{ message: string; fields?: Record<string, unknown> }> = [];
    const unreachable = await startRefusalDatabase('refusal_unreachable');
    await unreachable.dataSource.destroy();
    const context: RefusalContext = {
      actor: { viewer: SECRETARIAT, requestId: 'request-6' },
      refusals: {
        log: new RefusalLog(SCHEMA),
        dataSource: unreachable.dataSource,
        logger: { error: (message, fields) => failures.push({ message, ...(fields ? { fields } : {}) }) },
      },
    };
    try {
      await expect(wrapped.registerMember(null, { input: { name: 'Ulsan' } }, context)).rejects.toBe(M1);
      expect(failures).toEqual([{ message: 'a refused attempt could not be recorded', fields: expect.objectContaining({ operation: 'registerMember', requestId: 'request-6' }) }]);
      const withoutLogger: RefusalContext = { ...context, refusals: { log: context.refusals.log, dataSource: unreachable.dataSource } };
      await expect(wrapped.registerMember(null, { input: { name: 'Ulsan' } }, withoutLogger)).rejects.toBe(M1);
    } finally {
      await unreachable.stop();
    }
  });
});
