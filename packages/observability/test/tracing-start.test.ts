import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const TRACING = join(__dirname, '..', 'dist', 'tracing.js');

/** Starts tracing (or not) in a fresh node process and tells which OpenTelemetry parts it loaded. */
function loadedAfterStart(enabled: boolean): { sdk: boolean; http: boolean; provider: string } {
  const script = `
    const { startTracing, stopTracing } = require(${JSON.stringify(TRACING)});
    startTracing('wego-test', ${enabled});
    const loaded = Object.keys(require.cache);
    const provider = require('@opentelemetry/api').trace.getTracerProvider().constructor.name;
    stopTracing().then(() => process.stdout.write(JSON.stringify({
      sdk: loaded.some((path) => path.includes('sdk-node')),
      http: loaded.some((path) => path.includes('instrumentation-http')),
      provider,
    })));
  `;
  // An endpoint nobody listens on: no span is made, so none is sent.
  const output = execFileSync(process.execPath, ['-e', script], {
    cwd: join(__dirname, '..'),
    env: { PATH: '', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' },
    encoding: 'utf8',
  });
  return JSON.parse(output) as { sdk: boolean; http: boolean; provider: string };
}

describe('starting tracing', () => {
  it('loads nothing of the SDK when off', () => {
    expect(loadedAfterStart(false)).toEqual({ sdk: false, http: false, provider: 'ProxyTracerProvider' });
  });

  it('starts the SDK and its instrumentations when on', () => {
    const loaded = loadedAfterStart(true);
    expect(loaded.sdk).toBe(true);
    expect(loaded.http).toBe(true);
  });
});
