import { dropRefusalTableStatements, RefusalLog } from '../src';
import { SCHEMA, startRefusalDatabase, type RefusalDatabase } from './refusal-database';

let database: RefusalDatabase;
beforeAll(async () => {
  database = await startRefusalDatabase('refusal_table');
  await new RefusalLog(SCHEMA).record(
    database.dataSource,
    { viewer: { role: 'secretariat', subject: 'officer@test' }, requestId: 'request-1' },
    { operation: 'registerMember', entityId: null, input: {}, code: 'CHARTER_VIOLATION', rule: 'M1', message: 'refused' },
  );
});
afterAll(() => database.stop());

describe('the refused_attempt table', () => {
  it.each([
    ['UPDATE', `UPDATE "${SCHEMA}".refused_attempt SET code = 'FORBIDDEN'`],
    ['DELETE', `DELETE FROM "${SCHEMA}".refused_attempt`],
    ['TRUNCATE', `TRUNCATE "${SCHEMA}".refused_attempt`],
  ])('refuses %s: nobody can alter an entry', async (_, statement) => {
    await expect(database.dataSource.query(statement)).rejects.toThrow('refused attempts cannot be altered or removed');
    expect(await database.rows()).toEqual([expect.objectContaining({ code: 'CHARTER_VIOLATION', rule: 'M1' })]);
  });

  it('is dropped with its trigger function by the down statements', async () => {
    const runner = database.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      for (const statement of dropRefusalTableStatements(SCHEMA)) await runner.query(statement);
      const [{ table }] = await runner.query(`SELECT to_regclass('"${SCHEMA}".refused_attempt') AS table`);
      expect(table).toBeNull();
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
