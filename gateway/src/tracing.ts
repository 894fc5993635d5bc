import { parseObservabilityConfig } from '@wego/config';
import { startTracing } from '@wego/observability/dist/tracing';

// Imported first by main.ts: instrumentation must be in place before http and fastify load, and
// @apollo/gateway reads APOLLO_TELEMETRY_DISABLED when a gateway is constructed. Unless an operator
// opts in (WEGO_APOLLO_TELEMETRY), nothing is reported to Apollo and no cloud metadata is probed.
const observability = parseObservabilityConfig(process.env);
if (!observability.apolloTelemetry) process.env.APOLLO_TELEMETRY_DISABLED = 'true';
startTracing('wego-gateway', observability.tracing);
