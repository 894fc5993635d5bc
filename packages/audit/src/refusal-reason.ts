/** Why a mutation was refused, as the refusal log records it. */
export interface RefusalReason {
  code: string;
  rule: string | null;
  message: string;
}

/** The domain's client-facing codes (README, "Errors"): their messages are meant to be read. */
const RECORDED_CODES: ReadonlySet<string> = new Set(['BAD_USER_INPUT', 'CHARTER_VIOLATION', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'UNAVAILABLE']);

function extensionsOf(error: unknown): Record<string, unknown> | null {
  if (typeof error !== 'object' || error === null || !('extensions' in error)) return null;
  const { extensions } = error;
  return typeof extensions === 'object' && extensions !== null ? (extensions as Record<string, unknown>) : null;
}

/**
 * A coded error keeps its code, rule and message. Any other error is recorded as an internal one
 * without its message, which may hold SQL, hosts or stack details.
 */
// Duck-typed on `extensions` rather than `instanceof GraphQLError`: this package does not depend on
// graphql, and two copies of graphql would fail an instanceof check anyway.
export function refusalReasonOf(error: unknown): RefusalReason {
  const extensions = extensionsOf(error);
  const code = extensions?.code;
  if (error instanceof Error && typeof code === 'string' && RECORDED_CODES.has(code)) {
    const rule = extensions?.rule;
    return { code, rule: typeof rule === 'string' ? rule : null, message: error.message };
  }
  return { code: 'INTERNAL_SERVER_ERROR', rule: null, message: 'internal error' };
}
