import type { FastifyInstance } from 'fastify';
import { metricsExposition } from '@wego/observability';

/** No token and no rate limit, like the probes: the platform's scraper calls it. */
export function registerMetricsRoute(app: FastifyInstance): void {
  app.get('/metrics', async (_request, reply) => {
    const { contentType, body } = await metricsExposition();
    return reply.header('content-type', contentType).send(body);
  });
}
