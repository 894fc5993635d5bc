import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyReply, type FastifyRequest, type onRequestHookHandler } from 'fastify';
import { GraphQLError } from 'graphql';
import { createLogger, type Logger } from '../logging';
import { registerAccessLog } from './access-log';
import { allowsOrigin, LOCAL_ORIGINS_ONLY, type CorsPolicy } from './cors-policy';
import { edgeErrorHandler, errorBody, sendRefusal, TooManyRequests } from './edge-errors';
import { headersOf, registerHostRoutes, type HostRoute } from './host-routes';
import { registerMetricsRoute } from './metrics-route';
import { registerProbes } from './probes';
import { requestIdOf } from './request-id';
import { registerRequestMetrics } from './request-metrics';
import { inRequestScope } from './request-scope';

/** What the host knows of a request when it builds the GraphQL context. */
export interface IncomingRequest {
  headers: Record<string, string | undefined>;
  requestId: string;
}

/** Who an admitted request is, for the rate limit. */
export interface Admission {
  /** The caller the rate limit counts the request against; null when it is not counted (the gateway's own calls). */
  rateLimitKey: string | null;
}

export interface RateLimit {
  /** Requests one caller may send per window. */
  max: number;
  /** The window, in milliseconds; a minute unless a test shortens it. */
  windowMs?: number;
}

export interface GraphQLHostOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: (request: IncomingRequest) => Promise<TContext>;
  /** Runs before the body is read; throws a coded GraphQLError to refuse. Everyone, counted by IP, when omitted. */
  admit?: (request: IncomingRequest) => Promise<Admission | void>;
  /** Whether the process can serve: its database reachable. */
  healthy: () => Promise<boolean>;
  bodyLimitBytes?: number;
  /** Milliseconds open connections get to finish on stop before they are cut. */
  drainMs?: number;
  /** Extra GET routes served beside /graphql (e.g. the explorer). */
  routes?: readonly HostRoute[];
  /** Browser origins answered with CORS headers; pages on this machine only when omitted. */
  cors?: CorsPolicy;
  /** Requests per caller and window on /graphql; none when omitted. */
  rateLimit?: RateLimit;
  /** How long an idle keep-alive connection stays open; 65 s when omitted. */
  keepAliveTimeoutMs?: number;
  /** Receives the access log (one line per request) and failures outside GraphQL; silent when omitted. */
  logger?: Logger;
}

export interface GraphQLHost {
  server: Server;
  url: string;
  port: number;
  stop(): Promise<void>;
}

const ONE_MIB = 1024 * 1024;
const GRAPHQL_PATHS = ['/graphql', '/'];
// Apollo Server answers every other method itself: 405 with `allow: GET, POST`.
const GRAPHQL_METHODS = ['GET', 'POST', 'HEAD', 'PUT', 'PATCH', 'DELETE'] as const;

/** Serves `apollo` at /graphql, the probes and `routes` beside it, on `port` (0: any free port). */
export async function startGraphQLHost<TContext extends BaseContext>(
  options: GraphQLHostOptions<TContext>,
  port: number,
  host = '0.0.0.0',
): Promise<GraphQLHost> {
  const logger = options.logger ?? createLogger('http', 'silent');
  const keepAliveTimeout = options.keepAliveTimeoutMs ?? 65_000;
  const app = Fastify({
    logger: false,
    bodyLimit: options.bodyLimitBytes ?? ONE_MIB,
    keepAliveTimeout,
    exposeHeadRoutes: false,
    routerOptions: { ignoreTrailingSlash: true },
    requestIdHeader: false,
    genReqId: (request) => requestIdOf(request.headers['x-request-id']),
  });
  // Above the keep-alive timeout, or a client reusing a connection just as it idles out could be cut mid-request.
  app.server.headersTimeout = keepAliveTimeout + 1000;
  let stopping = false;

  app.setErrorHandler(edgeErrorHandler(logger));
  app.setNotFoundHandler((request, reply) => reply.code(404).send(errorBody('Nothing is served at this path; GraphQL is at /graphql.', 'NOT_FOUND', request.id)));
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // An answer finished while stopping closes its connection, so the stop need not wait out the keep-alive.
    if (stopping) reply.header('connection', 'close');
  });
  registerAccessLog(app, logger);
  registerRequestMetrics(app);

  // A non-JSON body is drained unread and reaches Apollo Server as none, which refuses it (as cross-site first).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, _body, done) => done(null, undefined));

  const policy = options.cors ?? LOCAL_ORIGINS_ONLY;
  await app.register(fastifyCors, {
    origin: (origin, callback) => callback(null, allowsOrigin(policy, origin)),
    methods: ['GET', 'POST'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });

  const callers = new WeakMap<FastifyRequest, Admission>();
  if (options.rateLimit) {
    await app.register(fastifyRateLimit, {
      global: false,
      max: options.rateLimit.max,
      timeWindow: options.rateLimit.windowMs ?? 60_000,
      keyGenerator: (request) => callers.get(request)?.rateLimitKey ?? `ip:${request.ip}`,
      allowList: (request) => callers.get(request)?.rateLimitKey === null,
      errorResponseBuilder: (_request, context) => new TooManyRequests(Math.max(1, Math.ceil(context.ttl / 1000))),
    });
  }

  const admission: onRequestHookHandler = async (request, reply) => {
    if (!options.admit) return;
    try {
      const admitted = await options.admit({ headers: headersOf(request.headers), requestId: request.id });
      if (admitted) callers.set(request, admitted);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return sendRefusal(reply, error, request.id);
    }
  };

  await options.apollo.start();
  const apolloHandler = fastifyApolloHandler<TContext>(options.apollo, {
    context: async (request) => options.context({ headers: headersOf(request.headers), requestId: request.id }),
  }) as unknown as (this: typeof app, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  const serveGraphQL = (request: FastifyRequest, reply: FastifyReply): Promise<unknown> =>
    inRequestScope(request.id, () => apolloHandler.call(app, request, reply));
  for (const url of GRAPHQL_PATHS) {
    app.route({
      method: [...GRAPHQL_METHODS],
      url,
      onRequest: [admission],
      ...(options.rateLimit ? { config: { rateLimit: {} } } : {}),
      handler: serveGraphQL,
    });
  }
  registerProbes(app, { healthy: options.healthy, stopping: () => stopping });
  registerMetricsRoute(app);
  registerHostRoutes(app, options.routes ?? []);

  await app.listen({ port, host });
  const actualPort = (app.server.address() as AddressInfo).port;
  return {
    server: app.server,
    port: actualPort,
    url: `http://localhost:${actualPort}/graphql`,
    async stop() {
      if (stopping) return;
      stopping = true;
      const cut = setTimeout(() => app.server.closeAllConnections(), options.drainMs ?? 3000);
      await app.close();
      clearTimeout(cut);
      await options.apollo.stop();
    },
  };
}
