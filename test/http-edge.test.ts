import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { HTTP_EDGE_DEFAULTS } from '@wego/config';
import { createGateway } from '@wego/gateway/src/server';
import { createLogger, type GraphQLHost, type GraphQLHostOptions, startGraphQLHost } from '@wego/server';
import { startedForThisFile, testTokens } from '@wego/testing';
import { testGatewayConfig } from './support/test-gateway-config';
import { startGraph } from './support/graph-under-test';

const graph = startedForThisFile(startGraph);

const OFFICES = JSON.stringify({ query: '{ offices { name } }' });

function processes(): Array<[string, GraphQLHost]> {
  return [['gateway', graph.gateway], ...Object.entries(graph.subgraphs).map(([name, subgraph]): [string, GraphQLHost] => [name, subgraph.host])];
}

const pathOf = (host: GraphQLHost, path: string) => host.url.replace(/\/graphql$/, path);

/** A host of its own around a one-field schema, whose `waited` field answers when `release` is called. */
async function startSmallHost(options: Partial<GraphQLHostOptions<{ requestId: string }>> = {}) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const apollo = new ApolloServer<{ requestId: string }>({
    typeDefs: 'type Query { "Answers once released." waited: String, "Answers at once." now(note: String): String }',
    resolvers: { Query: { waited: async () => (await gate, 'done'), now: () => 'now' } },
  });
  const host = await startGraphQLHost({ apollo, context: async ({ requestId }) => ({ requestId }), healthy: async () => true, ...options }, 0, '127.0.0.1');
  return { host, release };
}

/** Sends raw HTTP/1.1 on one connection: `first` now, `rest` once `between` is done; resolves with the whole answer. */
function rawExchange(port: number, first: string, between: () => Promise<void>, rest: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    socket.on('connect', () => {
      socket.write(first);
      void between().then(() => socket.write(rest));
    });
  });
}

function headersOfGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { headers }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('the probes', () => {
  it('answer /livez, /readyz and /health on the gateway and every subgraph, with no token and no secret', async () => {
    for (const [, host] of processes()) {
      for (const path of ['/livez', '/readyz', '/health']) {
        const response = await fetch(pathOf(host, path));
        expect({ path, status: response.status, body: await response.json() }).toEqual({ path, status: 200, body: { status: 'ok' } });
      }
    }
  });

  it('answer /readyz and /health 503 when the process cannot serve, while /livez stays 200', async () => {
    const { host } = await startSmallHost({ healthy: async () => false });
    try {
      expect((await fetch(pathOf(host, '/readyz'))).status).toBe(503);
      expect((await fetch(pathOf(host, '/health'))).status).toBe(503);
      expect((await fetch(pathOf(host, '/livez'))).status).toBe(200);
    } finally {
      await host.stop();
    }
  });

  it('answer /readyz 503 from the moment the host begins to stop, while a request in flight is finished', async () => {
    const { host, release } = await startSmallHost();
    const inFlight = fetch(host.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ waited }' }) });
    await new Promise((resolve) => setTimeout(resolve, 200));
    let stopped: Promise<void> = Promise.resolve();
    // The probe's headers are half sent when the stop begins, so its connection is not idle and stays open.
    const probe = rawExchange(host.port, 'GET /readyz HTTP/1.1\r\nhost: localhost\r\n', async () => {
      stopped = host.stop();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }, 'connection: close\r\n\r\n');
    expect(await probe).toMatch(/^HTTP\/1\.1 503/);
    release();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: { waited: 'done' } });
    await stopped;
  });
});

describe('keep-alive', () => {
  it('keeps idle connections 65 s by default, above common load balancers’ 60 s, and waits for headers longer still', async () => {
    for (const [, host] of processes()) {
      expect(host.server.keepAliveTimeout).toBe(65_000);
      expect(host.server.headersTimeout).toBeGreaterThan(host.server.keepAliveTimeout);
      const { headers } = await headersOfGet(pathOf(host, '/livez'), { connection: 'keep-alive' });
      expect(headers['keep-alive']).toBe('timeout=65');
    }
  });

  it('follows KEEP_ALIVE_TIMEOUT_MS', async () => {
    const { host } = await startSmallHost({ keepAliveTimeoutMs: 75_000 });
    try {
      expect(host.server.keepAliveTimeout).toBe(75_000);
      expect(host.server.headersTimeout).toBeGreaterThan(75_000);
    } finally {
      await host.stop();
    }
  });
});

describe('CORS', () => {
  const LOCAL_PAGE = 'http://localhost:5173';
  const OTHER_SITE = 'https://elsewhere.example';

  function preflight(url: string, origin: string): Promise<Response> {
    return fetch(url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });
  }

  function postFrom(url: string, origin: string): Promise<Response> {
    return fetch(url, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: OFFICES });
  }

  it('answers a preflight from a page on this machine (outside production, CORS_ORIGINS unset)', async () => {
    const response = await preflight(graph.gateway.url, LOCAL_PAGE);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(LOCAL_PAGE);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
  });

  it('answers its actual request with access-control-allow-origin and the request id readable', async () => {
    const response = await postFrom(graph.gateway.url, LOCAL_PAGE);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(LOCAL_PAGE);
    expect(response.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    expect(((await response.json()) as { data: { offices: unknown[] } }).data.offices).toHaveLength(5);
  });

  it('gives another origin no access-control-allow-origin, on the preflight or the request', async () => {
    expect((await preflight(graph.gateway.url, OTHER_SITE)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await postFrom(graph.gateway.url, OTHER_SITE)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('still refuses a simple cross-site request from an allowed origin (CSRF prevention), running nothing', async () => {
    graph.resetStatementCounts();
    const response = await fetch(graph.gateway.url, { method: 'POST', headers: { origin: LOCAL_PAGE, 'content-type': 'text/plain' }, body: OFFICES });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/Cross-Site Request Forgery/);
    expect(Object.values(graph.statementCounts()).every((count) => count === 0)).toBe(true);
  });

  it('answers the origins of CORS_ORIGINS alone once it is set', async () => {
    const office = 'https://office.wego.example';
    const gateway = await createGateway({
      config: {
        ...testGatewayConfig(Object.fromEntries(Object.entries(graph.subgraphs).map(([name, subgraph]) => [name, subgraph.host.url]))),
        http: { ...HTTP_EDGE_DEFAULTS, corsOrigins: [office], corsLocalOrigins: false },
      },
      logger: createLogger('test', 'silent'),
    });
    try {
      expect((await preflight(gateway.url, office)).headers.get('access-control-allow-origin')).toBe(office);
      expect((await postFrom(gateway.url, office)).headers.get('access-control-allow-origin')).toBe(office);
      expect((await preflight(gateway.url, LOCAL_PAGE)).headers.get('access-control-allow-origin')).toBeNull();
      expect((await preflight(gateway.url, `${office}:8443`)).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await gateway.stop();
    }
  });
});

describe('request ids and bodies', () => {
  interface ErrorAnswer {
    errors: Array<{ message: string; extensions: { code: string; requestId?: string } }>;
  }

  it('puts the request id on the error of a body that is not JSON, and in x-request-id', async () => {
    const response = await fetch(graph.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    const body = (await response.json()) as ErrorAnswer;
    expect(response.status).toBe(400);
    expect(body.errors[0]!.extensions).toEqual({ code: 'BAD_REQUEST', requestId: response.headers.get('x-request-id') });
  });

  it('keeps a well-formed x-request-id of the caller, and replaces a malformed one', async () => {
    const kept = await fetch(graph.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'trace-7.a:b' }, body: '{' });
    expect(kept.headers.get('x-request-id')).toBe('trace-7.a:b');
    expect(((await kept.json()) as ErrorAnswer).errors[0]!.extensions.requestId).toBe('trace-7.a:b');
    const replaced = await fetch(graph.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'a b<script>' }, body: OFFICES });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('puts the request id on the errors Apollo Server raises before reading the operation', async () => {
    const response = await fetch(graph.gateway.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: OFFICES });
    expect(((await response.json()) as ErrorAnswer).errors[0]!.extensions.requestId).toBe(response.headers.get('x-request-id'));
  });

  it.each(['application/xml', 'text/plain', 'application/x-www-form-urlencoded'])(
    'does not execute a POST body of type %s, even with the preflight header',
    async (contentType) => {
      graph.resetStatementCounts();
      const response = await fetch(graph.gateway.url, {
        method: 'POST',
        headers: { 'content-type': contentType, 'apollo-require-preflight': 'true', authorization: `Bearer ${await testTokens.secretariat()}` },
        body: OFFICES,
      });
      const body = (await response.json()) as ErrorAnswer & { data?: unknown };
      expect(response.status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_REQUEST', requestId: response.headers.get('x-request-id') });
      expect(Object.values(graph.statementCounts()).every((count) => count === 0)).toBe(true);
    },
  );

  it('answers a body over 1 MiB 413 with the request id, and closes the connection', async () => {
    const response = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ offices { id } }', variables: { padding: 'x'.repeat(1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
    expect(((await response.json()) as ErrorAnswer).errors[0]!.extensions).toEqual({ code: 'BAD_REQUEST', requestId: response.headers.get('x-request-id') });
  });
});

describe('the access log', () => {
  it('writes one line per request: method, route, status, duration, operation name and request id; never a token or variables', async () => {
    const lines: string[] = [];
    const { host } = await startSmallHost({ logger: createLogger('test', 'info', (line) => lines.push(line)) });
    try {
      const token = await testTokens.secretariat();
      await fetch(host.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'logged-1' },
        body: JSON.stringify({ query: 'query Now($secret: String) { now(note: $secret) }', operationName: 'Now', variables: { secret: 'do-not-log-me' } }),
      });
      await fetch(pathOf(host, '/livez'));
    } finally {
      await host.stop();
    }
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.message === 'request');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ method: 'POST', route: '/graphql', statusCode: 200, operationName: 'Now', requestId: 'logged-1' });
    expect(entries[0]!.durationMs).toEqual(expect.any(Number));
    expect(entries[1]).toMatchObject({ method: 'GET', route: '/livez', statusCode: 200 });
    expect(lines.join('\n')).not.toMatch(/do-not-log-me|Bearer|eyJ/);
  });
});
