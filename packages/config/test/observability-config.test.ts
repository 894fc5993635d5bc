import { ConfigError, parseObservabilityConfig } from '../src';

describe('the observability configuration', () => {
  it('starts no tracing and keeps Apollo\'s telemetry off when nothing is set', () => {
    expect(parseObservabilityConfig({})).toEqual({ tracing: false, apolloTelemetry: false });
  });

  it.each([
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, true],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }, true],
    [{ OTEL_TRACES_EXPORTER: 'console' }, true],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'none' }, false],
    [{ OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' }, false],
  ])('traces with %j: %s', (env, tracing) => {
    expect(parseObservabilityConfig(env).tracing).toBe(tracing);
  });

  it('lets an operator opt in to Apollo\'s telemetry', () => {
    expect(parseObservabilityConfig({ WEGO_APOLLO_TELEMETRY: 'true' }).apolloTelemetry).toBe(true);
    expect(parseObservabilityConfig({ WEGO_APOLLO_TELEMETRY: 'false' }).apolloTelemetry).toBe(false);
  });

  it.each([{ WEGO_APOLLO_TELEMETRY: 'yes please' }, { OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318 ' }])('refuses %j', (env) => {
    expect(() => parseObservabilityConfig(env)).toThrow(ConfigError);
  });
});
