import { capturedLogger } from './captured-logger';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoic2VjcmV0YXJpYXQifQ.c2lnbmF0dXJl';
const SUBGRAPH_SECRET = 'subgraph-secret-0f9e8d7c6b5a';
const PASSWORD = 'correct-horse-battery-staple';
const VARIABLE = 'a-value-the-caller-sent';

describe('a secret in the fields', () => {
  it('never appears in the output, wherever it is, and the line says it was there', () => {
    const { logger, chunks, lines } = capturedLogger();
    logger.info('request', {
      token: TOKEN,
      headers: { authorization: `Bearer ${TOKEN}`, 'x-wego-subgraph-secret': SUBGRAPH_SECRET, 'content-type': 'application/json' },
      variables: { name: VARIABLE },
      operation: { variables: { name: VARIABLE } },
      office: { login: { credentials: { password: PASSWORD } } },
      role: { name: 'wego_membership', password: PASSWORD },
      secret: SUBGRAPH_SECRET,
      identity: { jwtSecret: SUBGRAPH_SECRET, officeToken: TOKEN },
    });
    logger.child({ authorization: `Bearer ${TOKEN}` }).warn('child', { list: [{ password: PASSWORD }] });

    const output = chunks.join('');
    for (const secret of [TOKEN, SUBGRAPH_SECRET, PASSWORD, VARIABLE]) expect(output).not.toContain(secret);
    const [request, child] = lines();
    expect(request).toEqual(
      expect.objectContaining({
        token: '[Redacted]',
        headers: { authorization: '[Redacted]', 'x-wego-subgraph-secret': '[Redacted]', 'content-type': 'application/json' },
        variables: '[Redacted]',
        operation: { variables: '[Redacted]' },
        role: { name: 'wego_membership', password: '[Redacted]' },
        secret: '[Redacted]',
      }),
    );
    expect(child).toEqual(expect.objectContaining({ authorization: '[Redacted]', list: [{ password: '[Redacted]' }] }));
  });

  it('is taken out of a URL and a bearer header written in the message, a string field or an error message', () => {
    const { logger, chunks, lines } = capturedLogger();
    logger.error(`could not connect to postgres://wego:${PASSWORD}@db/wego`, {
      url: `postgres://wego_membership:${PASSWORD}@127.0.0.1:5432/wego`,
      error: new Error(`connect to postgres://wego:${PASSWORD}@db/wego failed`, { cause: new Error(`sent Bearer ${TOKEN}`) }),
    });
    const output = chunks.join('');
    expect(output).not.toContain(PASSWORD);
    expect(output).not.toContain(TOKEN);
    expect(lines()[0]!.url).toBe('postgres://wego_membership:[Redacted]@127.0.0.1:5432/wego');
  });

  it('leaves alone fields whose names only look alike', () => {
    const { logger, lines } = capturedLogger();
    logger.info('limits', { secretariat: 'officer', tokens: 120, operationName: 'Offices' });
    expect(lines()[0]).toEqual(expect.objectContaining({ secretariat: 'officer', tokens: 120, operationName: 'Offices' }));
  });
});
