import { z } from 'zod';
import { parseWith } from './shared';

type Environment = Record<string, string | undefined>;

export interface ObservabilityConfig {
  /** An OTLP endpoint or traces exporter is configured and the SDK not disabled; the SDK reads the other OTEL_* itself. */
  tracing: boolean;
  /** Whether Apollo's libraries may report to Apollo (host metrics, cloud metadata probes): off unless opted in. */
  apolloTelemetry: boolean;
}

const flag = z.enum(['true', 'false', '1', '0']).optional();
const httpUrl = (name: string) => z.string().url(`${name} must be an http(s) URL`).regex(/^https?:\/\//, `${name} must be an http(s) URL`).optional();

const observabilitySchema = z.object({
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl('OTEL_EXPORTER_OTLP_ENDPOINT'),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: httpUrl('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'),
  OTEL_TRACES_EXPORTER: z.string().optional(),
  OTEL_SDK_DISABLED: z.string().optional(),
  WEGO_APOLLO_TELEMETRY: flag,
});

const isTrue = (value: string | undefined): boolean => value === 'true' || value === '1';

export function parseObservabilityConfig(env: Environment): ObservabilityConfig {
  const raw = parseWith(observabilitySchema, env);
  const exporters = (raw.OTEL_TRACES_EXPORTER ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
  const disabled = raw.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true' || exporters.includes('none');
  const exporterChosen = exporters.length > 0 || raw.OTEL_EXPORTER_OTLP_ENDPOINT !== undefined || raw.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT !== undefined;
  return { tracing: !disabled && exporterChosen, apolloTelemetry: isTrue(raw.WEGO_APOLLO_TELEMETRY) };
}
