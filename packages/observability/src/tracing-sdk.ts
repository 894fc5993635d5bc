import type { IncomingMessage } from 'node:http';
import { FastifyOtelInstrumentation } from '@fastify/otel';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { NodeSDK } from '@opentelemetry/sdk-node';

/** Scrapes and probes come every few seconds from the platform: no trace is worth their spans. */
const OPERATING_PATHS: ReadonlySet<string> = new Set(['/metrics', '/livez', '/readyz', '/health']);

function isOperatingPath(url: string | undefined): boolean {
  return OPERATING_PATHS.has((url ?? '').split('?')[0]!.replace(/\/+$/, '') || '/');
}

/**
 * The SDK with the instrumentations the graph needs: HTTP server and client, fetch (undici), pg
 * (each statement a span, its text without values) and fastify's routes. Traces only: metrics are
 * scraped at /metrics and logs go to stderr, so no metric or log exporter is started. The exporter,
 * its protocol, the sampler and the propagators come from the standard OTEL_* variables.
 */
export function startTracingSdk(serviceName: string): NodeSDK {
  const sdk = new NodeSDK({
    serviceName,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request: IncomingMessage) => isOperatingPath(request.url) }),
      new UndiciInstrumentation(),
      new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
      // One span per request, named by its route; a span per hook would cost more than it tells.
      new FastifyOtelInstrumentation({ registerOnInitialization: true, instrumentHooks: false, instrumentHandler: false, ignorePaths: ({ url }) => isOperatingPath(url) }),
    ],
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  return sdk;
}
