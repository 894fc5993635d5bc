import { GraphQLError } from 'graphql';
import type { RuleId } from '@wego/rulebook';
import { ErrorCode } from './codes';

interface DomainErrorDetails {
  rule?: string;
  field?: string;
  retryable?: boolean;
  httpStatus?: number;
}

function domainError(code: ErrorCode, message: string, details: DomainErrorDetails = {}): GraphQLError {
  const { httpStatus, ...rest } = details;
  const extensions: Record<string, unknown> = { code };
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) extensions[key] = value;
  }
  if (httpStatus !== undefined) extensions.http = { status: httpStatus };
  return new GraphQLError(message, { extensions });
}

/** Malformed input, refused before any rule is asked; `field` names the offending input path. */
export function badUserInput(field: string, message: string): GraphQLError {
  return domainError(ErrorCode.BadUserInput, message, { field });
}

/** A rule of the rulebook refuses the change; `rule` is its id (M1, G10, ...), so an id the rulebook lacks does not compile. */
export function charterViolation(rule: RuleId, message: string): GraphQLError {
  return domainError(ErrorCode.CharterViolation, message, { rule });
}

export function notFound(message: string): GraphQLError {
  return domainError(ErrorCode.NotFound, message);
}

export function unauthenticated(message: string): GraphQLError {
  return domainError(ErrorCode.Unauthenticated, message, { httpStatus: 401 });
}

export function forbidden(message: string): GraphQLError {
  return domainError(ErrorCode.Forbidden, message);
}

/** A concurrent change won and retrying may succeed; `retryable: false` when sending the same request again cannot. */
export function conflict(message: string, { retryable = true }: { retryable?: boolean } = {}): GraphQLError {
  return domainError(ErrorCode.Conflict, message, { retryable });
}

export function unavailable(message: string): GraphQLError {
  return domainError(ErrorCode.Unavailable, message, { retryable: true });
}

