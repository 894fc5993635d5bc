import { QueryFailedError } from 'typeorm';

const UNIQUE_VIOLATION = '23505';
const EXCLUSION_VIOLATION = '23P01';

function sqlStateOf(error: unknown): string | undefined {
  if (error instanceof QueryFailedError) {
    const code = (error.driverError as { code?: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

function violates(error: unknown, sqlState: string, constraint: string | undefined): boolean {
  if (sqlStateOf(error) !== sqlState) return false;
  if (!constraint) return true;
  return (error as QueryFailedError & { driverError: { constraint?: string } }).driverError.constraint === constraint;
}

/** A UNIQUE constraint or unique index refused the write; of `constraint` when it is named. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  return violates(error, UNIQUE_VIOLATION, constraint);
}

/** An EXCLUDE constraint refused the write; of `constraint` when it is named. */
export function isExclusionViolation(error: unknown, constraint?: string): boolean {
  return violates(error, EXCLUSION_VIOLATION, constraint);
}
