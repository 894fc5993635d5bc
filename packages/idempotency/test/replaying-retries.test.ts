import type { EntityManager } from 'typeorm';
import { charterViolation } from '@wego/errors';
import type { Viewer } from '@wego/identity';
import { ExactlyOnce, IdempotencyKeys, replayingRetries, requestFingerprint, type ExactlyOnceContext } from '../src';
import { SCHEMA, startKeyDatabase, type KeyDatabase } from './key-database';

const OFFICER: Viewer = { role: 'secretariat', subject: 'officer@test' };
const DUPLICATE = charterViolation('G6', 'This member already has a candidacy for this position at this General Assembly.');

let database: KeyDatabase;
let exactlyOnce: ExactlyOnce;
let calls: string[];
beforeAll(async () => {
  database = await startKeyDatabase('replaying_retries');
  exactlyOnce = new ExactlyOnce(database.dataSource, new IdempotencyKeys(SCHEMA));
});
afterAll(() => database.stop());
beforeEach(() => {
  calls = [];
});

const note = (text: string) => (manager: EntityManager) =>
  manager.query(`INSERT INTO "${SCHEMA}".change (note) VALUES ($1) RETURNING note`, [text]).then((rows: Array<{ note: string }>) => rows[0]!);

const mutations = replayingRetries({
  addNote: (_: unknown, args: { text: string }, context: ExactlyOnceContext) => {
    calls.push(args.text);
    expect(args).not.toHaveProperty('idempotencyKey');
    return context.exactlyOnce.transaction(note(args.text));
  },
  /** Refused under G6 after a twin with the same key committed the note first, as a pre-check before the transaction would. */
  addNoteAfterTwin: async (_: unknown, args: { text: string; key: string }, context: ExactlyOnceContext) => {
    const twin = { caller: OFFICER.subject, key: args.key, operation: 'addNoteAfterTwin', fingerprint: requestFingerprint('addNoteAfterTwin', args) };
    await context.exactlyOnce.claiming(twin, () => context.exactlyOnce.transaction(note(`${args.text} by the twin`)));
    throw DUPLICATE;
  },
});

const contextOf = (viewer: Viewer): ExactlyOnceContext => ({ actor: { viewer }, exactlyOnce });
const add = (text: string, idempotencyKey?: string | null, viewer: Viewer = OFFICER) => mutations.addNote(null, { text, idempotencyKey }, contextOf(viewer));

describe('replayingRetries', () => {
  it('answers a retry with the first answer without running the resolver again', async () => {
    const first = await add('once', 'key-1');
    const retry = await add('once', 'key-1');
    expect(retry).toEqual(first);
    expect(calls).toEqual(['once']);
    expect((await database.changes()).filter((text) => text === 'once')).toHaveLength(1);
  });

  it('refuses the same key with other arguments as CONFLICT, not retryable, without running the resolver', async () => {
    await add('original', 'key-2');
    await expect(add('other', 'key-2')).rejects.toMatchObject({ extensions: { code: 'CONFLICT', retryable: false } });
    expect(calls).toEqual(['original']);
    expect(await database.changes()).not.toContain('other');
  });

  it('keeps each caller’s keys apart', async () => {
    await add('mine', 'key-3');
    await add('mine', 'key-3', { role: 'secretariat', subject: 'deputy@test' });
    expect(calls).toEqual(['mine', 'mine']);
  });

  it('runs the resolver as before without a key, or with a null one', async () => {
    await add('no key');
    await add('no key', null);
    expect(calls).toEqual(['no key', 'no key']);
  });

  it('refuses a malformed key before the resolver runs', async () => {
    await expect(add('malformed', '')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'idempotencyKey' } });
    expect(calls).toEqual([]);
  });

  it('records no key for an anonymous caller, whom the resolver alone answers', async () => {
    const keysBefore = (await database.keyRows()).length;
    await add('anonymous', 'key-4', { role: 'anonymous' });
    expect(await database.keyRows()).toHaveLength(keysBefore);
  });

  it('answers the twin’s answer when the attempt was refused because a twin with its key committed first', async () => {
    const answer = await mutations.addNoteAfterTwin(null, { text: 'raced', key: 'key-5', idempotencyKey: 'key-5' }, contextOf(OFFICER));
    expect(answer).toEqual({ note: 'raced by the twin' });
  });
});
