import type { FastifyInstance } from 'fastify';

export interface Readiness {
  /** Whether the process can serve: its database reachable, the gateway's supergraph loaded. */
  healthy: () => Promise<boolean>;
  /** True from the moment the host begins to stop. */
  stopping: () => boolean;
}

/** `/readyz` (and the older `/health`) turn 503 once stopping, so a load balancer sends nothing new; no token, as the platform calls them. */
export function registerProbes(app: FastifyInstance, readiness: Readiness): void {
  app.get('/livez', async (_request, reply) => reply.send({ status: 'ok' }));
  const ready = async (_request: unknown, reply: import('fastify').FastifyReply) => {
    const serving = !readiness.stopping() && (await readiness.healthy().catch(() => false));
    return reply.code(serving ? 200 : 503).send({ status: serving ? 'ok' : readiness.stopping() ? 'stopping' : 'unavailable' });
  };
  app.get('/readyz', ready);
  app.get('/health', ready);
}
