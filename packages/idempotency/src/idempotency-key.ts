import { badUserInput } from '@wego/errors';

export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;

// C0 and C1 control characters, NUL included, and lone surrogates: Postgres text cannot hold NUL,
// and a lone surrogate would be stored as U+FFFD, making two different keys one.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /[\u0000-\u001f\u007f-\u009f]|\p{Cs}/u;

/**
 * A caller's idempotency key: 1-200 characters, no control characters. It is compared exactly as
 * sent, neither trimmed nor normalised: it is the caller's token, not a name.
 */
export function parseIdempotencyKey(raw: string): string {
  const length = [...raw].length;
  if (length < 1 || length > IDEMPOTENCY_KEY_MAX_LENGTH) {
    throw badUserInput('idempotencyKey', `An idempotency key has 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters.`);
  }
  if (UNSTORABLE.test(raw)) throw badUserInput('idempotencyKey', 'An idempotency key must not contain control characters.');
  return raw;
}
