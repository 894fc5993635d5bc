import { parseObservabilityConfig } from '@wego/config';
import { startTracing } from '@wego/observability/dist/tracing';

// Imported first by main.ts: instrumentation must precede http and fastify, and the telemetry opt-out
// must be set before a gateway is constructed (nothing goes to Apollo unless WEGO_APOLLO_TELEMETRY).
const observability = parseObservabilityConfig(process.env);
if (!observability.apolloTelemetry) process.env.APOLLO_TELEMETRY_DISABLED = 'true';
startTracing('wego-gateway', observability.tracing);
