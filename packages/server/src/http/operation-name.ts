import type { FastifyRequest } from 'fastify';

/** The operation's name as the caller gave it, from the body or the query string; never its variables. */
export function operationNameOf(request: FastifyRequest): string | undefined {
  const body = request.body as { operationName?: unknown } | undefined;
  if (body && typeof body === 'object' && typeof body.operationName === 'string') return body.operationName;
  const query = request.query as { operationName?: unknown } | undefined;
  return typeof query?.operationName === 'string' ? query.operationName : undefined;
}

const NAMED_OPERATION = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g;

/** Only an allow-listed name becomes a metric label, so a caller's guess can add no series. */
export function operationNameForMetrics(request: FastifyRequest): string | undefined {
  const given = operationNameOf(request);
  if (given !== undefined) return given;
  const body = request.body as { query?: unknown } | undefined;
  const document = body && typeof body === 'object' && typeof body.query === 'string' ? body.query : undefined;
  if (document === undefined) return undefined;
  const names = [...document.matchAll(NAMED_OPERATION)].map((match) => match[1]);
  return names.length === 1 ? names[0] : undefined;
}
