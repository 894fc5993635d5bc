import { createLogger, type Logger, type LogLevel } from '../../src';

export interface CapturedLogger {
  logger: Logger;
  /** Every chunk the sink received, as written. */
  chunks: string[];
  /** Every line, parsed. */
  lines(): Array<Record<string, unknown>>;
}

/** A logger whose sink keeps what it is given. */
export function capturedLogger(level: LogLevel = 'debug'): CapturedLogger {
  const chunks: string[] = [];
  return {
    logger: createLogger('logging-test', level, (line) => chunks.push(line)),
    chunks,
    lines: () => chunks.map((chunk) => JSON.parse(chunk) as Record<string, unknown>),
  };
}
