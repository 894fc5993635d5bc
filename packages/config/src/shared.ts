import { z } from 'zod';
import { parseCalendarDate, pinnedClock, seoulClock, type Clock } from '@wego/calendar';
import { identityConfigOf, type IdentityConfig } from './identity';

type Environment = Record<string, string | undefined>;

const sharedSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  WEGO_TODAY: z
    .string()
    .refine((value) => parseCalendarDate(value) !== null, 'WEGO_TODAY must be a calendar date, YYYY-MM-DD')
    .optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export interface SharedConfig {
  environment: 'development' | 'test' | 'production';
  identity: IdentityConfig;
  clock: Clock;
  pinnedToday: string | null;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export class ConfigError extends Error {
  constructor(issues: string[]) {
    super(`Invalid configuration:\n  - ${issues.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

export function parseWith<T extends z.ZodTypeAny>(schema: T, env: Environment): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return result.data;
}

export function parseSharedConfig(env: Environment): SharedConfig {
  const raw = parseWith(sharedSchema, env);
  const production = raw.NODE_ENV === 'production';
  const identity = identityConfigOf(env, production);
  if (identity.issues.length > 0) throw new ConfigError(identity.issues);
  // "Today" may be pinned for tests and demonstrations (README, Configuration), never in production.
  if (production && raw.WEGO_TODAY) throw new ConfigError(['WEGO_TODAY: cannot be pinned in production']);
  const pinned = raw.WEGO_TODAY ? parseCalendarDate(raw.WEGO_TODAY) : null;
  return {
    environment: raw.NODE_ENV,
    identity: identity.config,
    clock: pinned ? pinnedClock(pinned) : seoulClock(),
    pinnedToday: pinned,
    logLevel: raw.LOG_LEVEL,
  };
}
