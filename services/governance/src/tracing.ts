import { parseObservabilityConfig } from '@wego/config';
import { startTracing } from '@wego/observability/dist/tracing';

// Imported first by main.ts: instrumentation must be in place before http, pg and fastify load.
startTracing('wego-governance', parseObservabilityConfig(process.env).tracing);
