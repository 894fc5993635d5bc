/** The error codes a client can rely on (README, "Errors"). */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  CharterViolation: 'CHARTER_VIOLATION',
  NotFound: 'NOT_FOUND',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  Conflict: 'CONFLICT',
  Unavailable: 'UNAVAILABLE',
  InternalServerError: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Extensions a client may see on an error; everything else is transport detail and is dropped. */
export const PUBLIC_ERROR_EXTENSIONS = ['code', 'rule', 'field', 'retryable', 'requestId'] as const;

