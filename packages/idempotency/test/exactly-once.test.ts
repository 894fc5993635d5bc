import type { EntityManager } from 'typeorm';
import { ExactlyOnce, IdempotencyKeys, KEY_RETENTION_HOURS, type KeyedRequest } from '../src';
import { SCHEMA, startKeyDatabase, type KeyDatabase } from './key-database';

let database: KeyDatabase;
let exactlyOnce: ExactlyOnce;
const keys = new IdempotencyKeys(SCHEMA);

beforeAll(async () => {
  database = await startKeyDatabase('exactly_once');
  exactlyOnce = new ExactlyOnce(database.dataSource, keys);
});
afterAll(() => database.stop());

const requestFor = (key: string, caller = 'officer@test'): KeyedRequest => ({ caller, key, operation: 'note', fingerprint: `fingerprint of ${key}` });

/** A change as domain code makes it: a row, and an answer holding a Date and a null. */
function noting(note: string) {
  return async (manager: EntityManager) => {
    const [row] = await manager.query(`INSERT INTO "${SCHEMA}".change (note) VALUES ($1) RETURNING note`, [note]);
    return { note: row.note as string, at: new Date('2027-10-12T00:00:00.000Z'), cancelledAt: null };
  };
}

const sessions = async (condition: string): Promise<number> =>
  (await database.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND ${condition}`))[0].n;

async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the condition never held');
}

/** A gate a transaction waits at, holding its key, until the test opens it. */
function gate(): { wait: Promise<void>; open(): void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

describe('ExactlyOnce.transaction', () => {
  it('is a plain transaction while no keyed request is resolved: no key is recorded', async () => {
    const keysBefore = (await database.keyRows()).length;
    await exactlyOnce.transaction(noting('without a key'));
    expect(await database.changes()).toContain('without a key');
    expect(await database.keyRows()).toHaveLength(keysBefore);
  });

  it('records the key with the change, and answers the JSON of what the transaction returned', async () => {
    const answer = await exactlyOnce.claiming(requestFor('k-1'), () => exactlyOnce.transaction(noting('first')));
    expect(answer).toEqual({ note: 'first', at: '2027-10-12T00:00:00.000Z', cancelledAt: null });
    expect(await database.keyRows()).toContainEqual({ ...requestFor('k-1'), answer: JSON.stringify(answer) });
    expect(await exactlyOnce.storedOutcome(requestFor('k-1'))).toEqual({ operation: 'note', fingerprint: 'fingerprint of k-1', answer: JSON.stringify(answer) });
    expect(await exactlyOnce.storedOutcome(requestFor('k-1', 'someone else'))).toBeNull();
  });

  it('records no key when the change is refused, so the key stays free', async () => {
    const refused = new Error('refused');
    await expect(
      exactlyOnce.claiming(requestFor('k-2'), () =>
        exactlyOnce.transaction(async (manager) => {
          await noting('refused change')(manager);
          throw refused;
        }),
      ),
    ).rejects.toBe(refused);
    expect(await database.changes()).not.toContain('refused change');
    expect(await exactlyOnce.storedOutcome(requestFor('k-2'))).toBeNull();
    await exactlyOnce.claiming(requestFor('k-2'), () => exactlyOnce.transaction(noting('corrected')));
    expect(await database.changes()).toContain('corrected');
  });

  it('refuses a second transaction under one key, whose change the stored answer would not know', async () => {
    await expect(
      exactlyOnce.claiming(requestFor('k-3'), async () => {
        await exactlyOnce.transaction(noting('one'));
        return exactlyOnce.transaction(noting('two'));
      }),
    ).rejects.toThrow('more than one transaction');
    expect(await database.changes()).not.toContain('two');
  });

  it('makes a twin wait for the first holder of its key, then finds the key taken (CONFLICT) and changes nothing', async () => {
    const first = gate();
    const held = exactlyOnce.claiming(requestFor('k-4'), () =>
      exactlyOnce.transaction(async (manager) => {
        const answer = await noting('held')(manager);
        await first.wait;
        return answer;
      }),
    );
    await until(async () => (await sessions(`state = 'idle in transaction'`)) === 1);
    const twin = exactlyOnce.claiming(requestFor('k-4'), () => exactlyOnce.transaction(noting('twin')));
    await until(async () => (await sessions(`wait_event_type = 'Lock'`)) === 1);
    first.open();
    await expect(held).resolves.toMatchObject({ note: 'held' });
    await expect(twin).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(await database.changes()).toContain('held');
    expect(await database.changes()).not.toContain('twin');
  });

  it('lets a waiting twin through when the first holder is refused', async () => {
    const first = gate();
    const refused = exactlyOnce.claiming(requestFor('k-5'), () =>
      exactlyOnce.transaction(async (manager) => {
        await noting('refused holder')(manager);
        await first.wait;
        throw new Error('refused');
      }),
    );
    await until(async () => (await sessions(`state = 'idle in transaction'`)) === 1);
    const twin = exactlyOnce.claiming(requestFor('k-5'), () => exactlyOnce.transaction(noting('twin after a refusal')));
    await until(async () => (await sessions(`wait_event_type = 'Lock'`)) === 1);
    first.open();
    await expect(refused).rejects.toThrow('refused');
    await expect(twin).resolves.toMatchObject({ note: 'twin after a refusal' });
    expect(await database.changes()).not.toContain('refused holder');
  });
});

describe('purging expired keys', () => {
  const aged = (key: string, hours: number) =>
    database.dataSource.query(
      `INSERT INTO "${SCHEMA}".idempotency_key (caller, key, operation, fingerprint, answer, created_at)
       VALUES ('officer@test', $1, 'note', 'f', 'null', now() - make_interval(hours => $2))`,
      [key, hours],
    );
  const kept = async () => (await database.keyRows()).map((row) => row.key).filter((key) => key.startsWith('aged'));

  it(`forgets keys older than ${KEY_RETENTION_HOURS} hours, keeps younger ones, and runs at most once per interval`, async () => {
    let now = 0;
    const purging = new ExactlyOnce(database.dataSource, keys, { purgeIntervalMs: 1000, now: () => now });
    await aged('aged 49 h', 49);
    await aged('aged 25 h', 25);
    await purging.purgeIfDue();
    expect(await kept()).toEqual(['aged 25 h']);

    await aged('aged 50 h', 50);
    now = 999;
    await purging.purgeIfDue();
    expect(await kept()).toEqual(['aged 50 h', 'aged 25 h']);
    now = 1000;
    await purging.purgeIfDue();
    expect(await kept()).toEqual(['aged 25 h']);
  });

  it('reports a failed purge instead of failing the request that triggered it', async () => {
    const reported: string[] = [];
    const broken = new ExactlyOnce(database.dataSource, new IdempotencyKeys('no such schema'), { logger: { error: (message) => reported.push(message) } });
    await expect(broken.purgeIfDue()).resolves.toBeUndefined();
    expect(reported).toEqual(['expired idempotency keys could not be purged']);
  });
});
