import type { FastifyInstance } from 'fastify';
import { metricsExposition } from '@wego/observability';

/**
 * `/metrics`: the process's metrics in the Prometheus text format. Like the probes, no token, no
 * secret, no rate limit: the platform's scraper calls it.
 */
export function registerMetricsRoute(app: FastifyInstance): void {
  app.get('/metrics', async (_request, reply) => {
    const { contentType, body } = await metricsExposition();
    return reply.header('content-type', contentType).send(body);
  });
}
