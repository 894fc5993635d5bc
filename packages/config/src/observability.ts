import { z } from 'zod';
import { parseWith } from './shared';

type Environment = Record<string, string | undefined>;

export interface ObservabilityConfig {
  /**
   * Whether the process starts the OpenTelemetry SDK: an OTLP endpoint or a traces exporter is
   * configured, and the SDK is not disabled. The SDK reads the rest of the OTEL_* variables itself.
   */
  tracing: boolean;
  /**
   * Whether the gateway's Apollo libraries may report to Apollo (hourly host metrics, cloud
   * metadata probes at start): off unless an operator opts in.
   */
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
