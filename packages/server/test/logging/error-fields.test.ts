import { capturedLogger } from './captured-logger';

describe('an error in the fields', () => {
  it('is written with its type, message, stack, own fields and its cause, recursively', () => {
    const { logger, lines } = capturedLogger();
    const root = Object.assign(new Error('relation "governance.meeting" does not exist'), { code: '42P01' });
    const middle = new Error('the meetings could not be read', { cause: root });
    const top = new TypeError('the request failed', { cause: middle });
    logger.error('graphql error', { error: top });

    const error = lines()[0]!.error as Record<string, Record<string, Record<string, unknown>>>;
    expect(error).toEqual(expect.objectContaining({ type: 'TypeError', message: 'the request failed', stack: expect.stringContaining('TypeError: the request failed') }));
    expect(error.cause).toEqual(expect.objectContaining({ type: 'Error', message: 'the meetings could not be read' }));
    expect(error.cause!.cause).toEqual(expect.objectContaining({ message: 'relation "governance.meeting" does not exist', code: '42P01' }));
  });

  it('keeps a cause that is not an error, and the original error a GraphQL error wraps', () => {
    const { logger, lines } = capturedLogger();
    const wrapped = Object.assign(new Error('wrapper'), { originalError: new Error('the original') });
    Object.defineProperty(wrapped, 'originalError', { enumerable: false });
    logger.error('e', { plain: new Error('plain', { cause: { status: 503 } }), wrapped });
    const line = lines()[0]!;
    expect(line.plain).toEqual(expect.objectContaining({ cause: { status: 503 } }));
    expect(line.wrapped).toEqual(expect.objectContaining({ originalError: expect.objectContaining({ message: 'the original' }) }));
  });

  it('bounds a cause chain that loops or never ends', () => {
    const { logger, chunks, lines } = capturedLogger();
    const first = new Error('first');
    const second = new Error('second', { cause: first });
    (first as { cause?: unknown }).cause = second;
    let long = new Error('0');
    for (let index = 1; index < 1000; index += 1) long = new Error(String(index), { cause: long });
    logger.error('loops', { error: first });
    logger.error('long', { error: long });

    expect(lines()[0]!.error).toEqual(expect.objectContaining({ message: 'first', cause: expect.objectContaining({ message: 'second', cause: '[Circular]' }) }));
    expect(chunks[1]!.length).toBeLessThan(50_000);
    expect(chunks[1]).toContain('"message":"999"');
  });
});

describe('fields JSON cannot write as they are', () => {
  it('survive a circular structure', () => {
    const { logger, lines } = capturedLogger();
    const meeting: Record<string, unknown> = { id: 'mtg-1' };
    meeting.self = meeting;
    meeting.attendees = [{ meeting }];
    expect(() => logger.info('circular', { meeting })).not.toThrow();
    expect(lines()[0]!.meeting).toEqual({ id: 'mtg-1', self: '[Circular]', attendees: [{ meeting: '[Circular]' }] });
  });

  it('write a value met twice, not in a loop, both times', () => {
    const { logger, lines } = capturedLogger();
    const office = { city: 'Beyoğlu' };
    logger.info('shared', { from: office, to: office });
    expect(lines()[0]).toEqual(expect.objectContaining({ from: { city: 'Beyoğlu' }, to: { city: 'Beyoğlu' } }));
  });

  it('survive a BigInt, anywhere, also in a child logger\'s fields and an error', () => {
    const { logger, lines } = capturedLogger();
    const error = Object.assign(new Error('too many'), { count: 12n });
    expect(() => logger.child({ sequence: 9007199254740993n }).warn('bigint', { rows: 3n, nested: { ids: [1n, 2n] }, error })).not.toThrow();
    expect(lines()[0]).toEqual(expect.objectContaining({ sequence: '9007199254740993', rows: '3', nested: { ids: ['1', '2'] }, error: expect.objectContaining({ count: '12' }) }));
  });

  it('survive a getter that throws, a very deep object and dates', () => {
    const { logger, lines } = capturedLogger();
    const hostile = Object.defineProperty({ fine: 1 }, 'broken', { enumerable: true, get: () => { throw new Error('no'); } });
    let deep: Record<string, unknown> = { bottom: true };
    for (let index = 0; index < 50; index += 1) deep = { deeper: deep };
    expect(() => logger.info('odd', { hostile, deep, on: new Date('2026-11-27T00:00:00Z'), never: new Date('nope') })).not.toThrow();
    const line = lines()[0]!;
    expect(line.hostile).toEqual({ fine: 1, broken: '[Unreadable]' });
    expect(JSON.stringify(line.deep)).toContain('[Too deep]');
    expect(line.on).toBe('2026-11-27T00:00:00.000Z');
    expect(line.never).toBe('Invalid Date');
  });
});
