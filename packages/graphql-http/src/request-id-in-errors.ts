/** Puts the request id on each error of a JSON answer that lacks it; any other answer is left as it is. */
export function withRequestId(body: string, requestId: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  const errors = (parsed as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return body;
  for (const error of errors as Array<{ extensions?: Record<string, unknown> }>) {
    if (error === null || typeof error !== 'object') continue;
    error.extensions = { ...error.extensions, requestId: error.extensions?.requestId ?? requestId };
  }
  return JSON.stringify(parsed);
}
