import { collectDefaultMetrics, Registry } from 'prom-client';

let registry: Registry | undefined;

/** The one registry of this process, with prom-client's default metrics (CPU, memory, event loop). */
export function processRegistry(): Registry {
  if (!registry) {
    registry = new Registry();
    collectDefaultMetrics({ register: registry });
  }
  return registry;
}

/** The registry's metrics in the Prometheus text format, and the content type to send them with. */
export async function metricsExposition(): Promise<{ contentType: string; body: string }> {
  const registry = processRegistry();
  return { contentType: registry.contentType, body: await registry.metrics() };
}
