import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { GraphQLError } from 'graphql';
import { formatPublicError } from '@wego/errors';
import type { Logger } from '../logging';

/** The body of every answer the host gives itself, shaped like GraphQL's so that any client reads it alike. */
export function errorBody(message: string, code: string, requestId: string, extra: Record<string, unknown> = {}): { errors: unknown[] } {
  return { errors: [{ message, extensions: { code, ...extra, requestId } }] };
}

/** Sent before the body is read, which may still be arriving: the connection is closed after it. */
export function sendBeforeBody(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply.code(status).header('connection', 'close').type('application/json; charset=utf-8').send(body);
}

/** A caller admission refused, with the error's own status (401 unless it says otherwise). */
export function sendRefusal(reply: FastifyReply, refusal: GraphQLError, requestId: string): FastifyReply {
  const http = refusal.extensions.http as { status?: unknown } | undefined;
  const status = typeof http?.status === 'number' ? http.status : 400;
  const error = formatPublicError(refusal.toJSON());
  return sendBeforeBody(reply, status, { errors: [{ ...error, extensions: { ...error.extensions, requestId } }] });
}

/** The rate limit's answer: thrown by its hook, answered by the error handler. */
export class TooManyRequests extends Error {
  readonly statusCode = 429;
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests; try again in ${retryAfterSeconds} seconds.`);
  }
}

const BODY_ERRORS: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large; send at most 1 MiB.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'Invalid JSON: the request body could not be read as JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty; send a JSON object with a query.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The request body does not have the length its content-length header says.',
};

/** Failures outside GraphQL, answered GraphQL-shaped; a failure of ours is logged in full and masked. */
export function edgeErrorHandler(logger: Logger) {
  return (error: FastifyError | TooManyRequests, request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    if (error instanceof TooManyRequests) {
      return sendBeforeBody(reply, 429, errorBody(error.message, 'RATE_LIMITED', request.id, { retryable: true }));
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      logger.error('request failed', { requestId: request.id, error });
      return reply.code(500).send(errorBody('Something went wrong on our side; the Secretariat can trace it with the request id.', 'INTERNAL_SERVER_ERROR', request.id));
    }
    const known = (error.code && BODY_ERRORS[error.code]) || (error instanceof SyntaxError ? BODY_ERRORS.FST_ERR_CTP_INVALID_JSON_BODY : undefined);
    const body = errorBody(known ?? error.message, 'BAD_REQUEST', request.id);
    return status === 413 ? sendBeforeBody(reply, 413, body) : reply.code(status).send(body);
  };
}
