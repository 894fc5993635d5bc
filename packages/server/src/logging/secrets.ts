/** What replaces a secret in a log line. */
export const REDACTED = '[Redacted]';

/** A second guard: `loggable` already redacts these at any depth, should a value reach pino another way. */
export const REDACTED_PATHS: readonly string[] = [
  'authorization',
  '*.authorization',
  'password',
  '*.password',
  'token',
  '*.token',
  'secret',
  '*.secret',
  'variables',
  '*.variables',
  'cookie',
  '*.cookie',
  'headers["x-wego-subgraph-secret"]',
  '*.headers["x-wego-subgraph-secret"]',
];

// Suffixes, so that `jwtSecret`, `officeToken`, `x-wego-subgraph-secret` and `set-cookie` are caught
// while `secretariat` or a count of `tokens` are not.
const SECRET_KEY_ENDINGS = ['authorization', 'password', 'passwords', 'passphrase', 'token', 'secret', 'secrets', 'cookie', 'apikey', 'privatekey'];
const SECRET_KEYS = new Set(['variables', 'credentials']);

/** Whether a field of this name holds a secret (or, for `variables`, what a caller sent). */
export function isSecretKey(key: string): boolean {
  const bare = key.toLowerCase().replace(/[^a-z]/g, '');
  return SECRET_KEYS.has(bare) || SECRET_KEY_ENDINGS.some((ending) => bare.endsWith(ending));
}

const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^/:@\s]*:)[^@\s/]+@/gi;
const BEARER = /\b(Bearer\s+)[A-Za-z0-9._~+/=-]+/g;

/** A string with the password of any URL in it and any bearer token replaced. */
export function withoutSecrets(text: string): string {
  return text.replace(URL_PASSWORD, `$1${REDACTED}@`).replace(BEARER, `$1${REDACTED}`);
}
