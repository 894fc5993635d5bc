import { QueryFailedError } from 'typeorm';

/** The SQLSTATE of a failed statement, whether TypeORM wrapped the driver's error or not. */
export function sqlStateOf(error: unknown): string | undefined {
  const source = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  if (typeof source !== 'object' || source === null) return undefined;
  const code = (source as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

export const SQL_STATE = {
  insufficientPrivilege: '42501',
  duplicateObject: '42710',
  uniqueViolation: '23505',
  invalidPassword: '28P01',
  invalidAuthorization: '28000',
} as const;
