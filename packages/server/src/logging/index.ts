export { createLogger, type Logger, type LogLevel } from './logger';
export { REDACTED } from './secrets';
