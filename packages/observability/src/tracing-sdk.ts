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

/** Traces only: metrics are scraped at /metrics and logs go to stderr. The exporter comes from the OTEL_* variables. */
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
