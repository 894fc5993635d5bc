import type { FastifyInstance } from 'fastify';
import type { Logger } from '../logging';
import { operationNameOf } from './operation-name';

/** One line per answered request; never a token, a secret or variables. */
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
