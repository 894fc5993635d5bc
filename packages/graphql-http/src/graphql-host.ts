import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { formatPublicError } from '@wego/errors';
import { routeFor, sendRouteAnswer, type HostRoute } from './host-routes';
import { BodyTooLargeError, readBody } from './request-body';

/** What the host knows of a request when it builds the GraphQL context. */
export interface IncomingRequest {
  headers: Record<string, string | undefined>;
  requestId: string;
}

export interface GraphQLHostOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: (request: IncomingRequest) => Promise<TContext>;
  /**
   * Decides whether the caller is served at all, before its body is read or GraphQL sees it; throws
   * a coded GraphQLError (with `extensions.http.status`) to refuse. Everyone is served when omitted.
   */
  admit?: (request: IncomingRequest) => Promise<void>;
  /** Whether the process can serve: its database reachable. */
  healthy: () => Promise<boolean>;
  bodyLimitBytes?: number;
  /** Milliseconds open connections get to finish on stop before they are cut. */
  drainMs?: number;
  /** Extra GET routes served beside /graphql (e.g. the explorer): a path prefix and a handler. */
  routes?: readonly HostRoute[];
}

export interface GraphQLHost {
  server: Server;
  url: string;
  port: number;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

function headersOf(request: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** A refused caller gets the error alone, with its status: no data, nothing executed. */
function sendRefusal(response: ServerResponse, refusal: GraphQLError, requestId: string): void {
  const http = refusal.extensions.http as { status?: unknown } | undefined;
  const status = typeof http?.status === 'number' ? http.status : 400;
  const error = formatPublicError(refusal.toJSON());
  response.setHeader('x-request-id', requestId);
  sendJson(response, status, { errors: [{ ...error, extensions: { ...error.extensions, requestId } }] });
}

async function serveGraphQL<TContext extends BaseContext>(
  options: GraphQLHostOptions<TContext>,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const headers = headersOf(request);
  const incomingId = headers['x-request-id'];
  const requestId = incomingId && REQUEST_ID.test(incomingId) ? incomingId : randomUUID();
  if (options.admit) {
    try {
      await options.admit({ headers, requestId });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      sendRefusal(response, error, requestId);
      return;
    }
  }
  const headerMap = new HeaderMap();
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) headerMap.set(name, value);

  let body: unknown = undefined;
  if (request.method === 'POST') {
    const text = await readBody(request, options.bodyLimitBytes ?? 1024 * 1024);
    try {
      body = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      sendJson(response, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
  }
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers: headerMap, search: url.search, body },
    context: () => options.context({ headers, requestId }),
  });
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.setHeader('x-request-id', requestId);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** Serves `apollo` at /graphql, health at /health and any extra `routes`, on `port` (0: any free port). */
export async function startGraphQLHost<TContext extends BaseContext>(
  options: GraphQLHostOptions<TContext>,
  port: number,
  host = '0.0.0.0',
): Promise<GraphQLHost> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const handle = async (): Promise<void> => {
      if (url.pathname === '/health') {
        const healthy = await options.healthy().catch(() => false);
        sendJson(response, healthy ? 200 : 503, { status: healthy ? 'ok' : 'unavailable' });
        return;
      }
      if (url.pathname === '/graphql' || url.pathname === '/') {
        await serveGraphQL(options, request, response, url);
        return;
      }
      const route = request.method === 'GET' ? routeFor(options.routes ?? [], url.pathname) : undefined;
      if (route) {
        sendRouteAnswer(response, await route.handle({ path: url.pathname, headers: headersOf(request) }));
        return;
      }
      sendJson(response, 404, { error: 'not found' });
    };
    handle().catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      if (error instanceof BodyTooLargeError) {
        // The rest of the body is never read, so the connection cannot carry another request: it is
        // closed after the answer, or a client reusing it would wait on a socket that is still full.
        response.setHeader('connection', 'close');
        sendJson(response, 413, { errors: [{ message: 'The request body is too large.', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      sendJson(response, 500, { errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    });
  });
  server.keepAliveTimeout = 5000;
  await options.apollo.start();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    server,
    port: actualPort,
    url: `http://localhost:${actualPort}/graphql`,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const cut = setTimeout(() => server.closeAllConnections(), options.drainMs ?? 3000);
      await closed;
      clearTimeout(cut);
      await options.apollo.stop();
    },
  };
}
