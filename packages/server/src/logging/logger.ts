import pino from 'pino';
import { activeTraceIds } from '@wego/observability/dist/trace-context';
import { loggable } from './loggable';
import { REDACTED, REDACTED_PATHS, withoutSecrets } from './secrets';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** A logger that adds `fields` (e.g. the request id) to every line it writes. */
  child(fields: Record<string, unknown>): Logger;
}

// The keys every line carries; a field of the same name is renamed rather than written twice.
const LINE_KEYS = new Set(['time', 'level', 'process', 'message']);

/** One JSON line per event to stderr (or `write`): `time`, `level`, `process`, `message`, then the fields. */
export function createLogger(name: string, level: LogLevel = 'info', write?: (line: string) => void): Logger {
  const destination = write ? { write: (line: string) => write(line) } : process.stderr;
  const base = pino(
    {
      level,
      base: { process: name },
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // A line written while a traced request runs names its trace, to find the one from the other.
      mixin: () => activeTraceIds() ?? {},
      redact: { paths: [...REDACTED_PATHS], censor: REDACTED },
    },
    destination,
  );
  return boundLogger(base, {});
}

function boundLogger(base: pino.Logger, bindings: Record<string, unknown>): Logger {
  const emit = (at: Exclude<LogLevel, 'silent'>) => (message: string, fields?: Record<string, unknown>) => {
    if (!base.isLevelEnabled(at)) return;
    base[at](withoutClashes(fields ? { ...bindings, ...loggable(fields) } : bindings), withoutSecrets(message));
  };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    child: (fields) => boundLogger(base, { ...bindings, ...loggable(fields) }),
  };
}

function withoutClashes(fields: Record<string, unknown>): Record<string, unknown> {
  if (!Object.keys(fields).some((key) => LINE_KEYS.has(key))) return fields;
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [LINE_KEYS.has(key) ? `field.${key}` : key, value]));
}
