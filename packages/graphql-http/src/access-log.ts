import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from '@wego/logging';

/** The operation's name as the caller gave it, from the body or the query string; never its variables. */
function operationNameOf(request: FastifyRequest): string | undefined {
  const body = request.body as { operationName?: unknown } | undefined;
  if (body && typeof body === 'object' && typeof body.operationName === 'string') return body.operationName;
  const query = request.query as { operationName?: unknown } | undefined;
  return typeof query?.operationName === 'string' ? query.operationName : undefined;
}

/**
 * One line per answered request, through a logger of its own that carries the request id: what was
 * asked, how it ended and how long it took; never a token, a secret or variables.
 */
export function registerAccessLog(app: FastifyInstance, logger: Logger): void {
  app.addHook('onResponse', async (request, reply) => {
    logger.child({ requestId: request.id }).info('request', {
      method: request.method,
      route: request.routeOptions.url ?? 'unknown',
      statusCode: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      operationName: operationNameOf(request),
    });
  });
}
