import type { FastifyInstance } from 'fastify';
import { recordAnsweredRequest } from '@wego/observability';
import { operationNameForMetrics } from './operation-name';

/** Times every answered request by its route's template (never the path as sent) and status. */
export function registerRequestMetrics(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    recordAnsweredRequest({
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      statusCode: reply.statusCode,
      operationName: operationNameForMetrics(request),
      seconds: reply.elapsedTime / 1000,
    });
  });
}
