import { capturedLogger } from './captured-logger';

describe('a log line', () => {
  it('is one JSON line per call with the time, the level as a word, the process, the message and the fields', () => {
    const { logger, chunks, lines } = capturedLogger();
    logger.info('member admitted', { memberId: 'm-1', seats: 2 });
    logger.warn('membership did not answer');

    expect(chunks).toHaveLength(2);
    for (const chunk of chunks) expect(chunk).toMatch(/^\{[^\n]*\}\n$/);
    const [admitted, warning] = lines();
    expect(admitted).toEqual({ time: expect.any(String), level: 'info', process: 'logging-test', message: 'member admitted', memberId: 'm-1', seats: 2 });
    expect(new Date(admitted!.time as string).toISOString()).toBe(admitted!.time);
    expect(warning).toEqual(expect.objectContaining({ level: 'warn', message: 'membership did not answer' }));
  });

  it.each([
    ["only from the logger's level up", 'warn', ['warn', 'error']],
    ['at every level from debug', 'debug', ['debug', 'info', 'warn', 'error']],
  ] as const)('is written %s', (_, level, written) => {
    const { logger, lines } = capturedLogger(level);
    logger.debug('debug');
    logger.info('info');
    logger.warn('warn');
    logger.error('error');
    expect(lines().map((line) => [line.level, line.message])).toEqual(written.map((at) => [at, at]));
  });

  it('is never written by a silent logger', () => {
    const { logger, chunks } = capturedLogger('silent');
    logger.error('e', { detail: 1 });
    logger.child({ requestId: 'r' }).error('e');
    expect(chunks).toEqual([]);
  });

  it('keeps its own time, level, process and message when a field has one of those names', () => {
    const { logger, chunks, lines } = capturedLogger();
    logger.info('the real message', { message: 'a field', level: 'a field', process: 'a field', time: 'a field' });
    expect(chunks[0]!.match(/"message":/g)).toHaveLength(1);
    expect(lines()[0]).toEqual(
      expect.objectContaining({ message: 'the real message', level: 'info', process: 'logging-test', 'field.message': 'a field', 'field.level': 'a field', 'field.process': 'a field', 'field.time': 'a field' }),
    );
  });
});

describe('a child logger', () => {
  it('adds its fields to every line, beside the fields of the call', () => {
    const { logger, lines } = capturedLogger();
    const request = logger.child({ requestId: 'req-1' });
    request.info('request', { status: 200 });
    request.error('graphql error', { code: 'INTERNAL_SERVER_ERROR' });
    expect(lines()).toEqual([
      expect.objectContaining({ message: 'request', requestId: 'req-1', status: 200, process: 'logging-test' }),
      expect.objectContaining({ message: 'graphql error', requestId: 'req-1', code: 'INTERNAL_SERVER_ERROR', level: 'error' }),
    ]);
  });

  it('adds the fields of every ancestor, the nearest winning, each key written once', () => {
    const { logger, chunks, lines } = capturedLogger();
    logger.child({ requestId: 'req-1', office: 'seoul' }).child({ office: 'beyoglu' }).info('request', { requestId: 'req-2' });
    expect(lines()[0]).toEqual(expect.objectContaining({ requestId: 'req-2', office: 'beyoglu' }));
    expect(chunks[0]!.match(/"requestId":/g)).toHaveLength(1);
    expect(chunks[0]!.match(/"office":/g)).toHaveLength(1);
  });

  it('leaves its parent as it was and keeps the parent\'s level', () => {
    const { logger, lines } = capturedLogger('info');
    const child = logger.child({ requestId: 'req-1' });
    child.debug('not written');
    logger.info('parent');
    expect(lines()).toEqual([expect.not.objectContaining({ requestId: expect.anything() })]);
  });
});
