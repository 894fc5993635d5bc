import { QueryFailedError } from 'typeorm';

function sqlStateOf(error: unknown): string | undefined {
  if (error instanceof QueryFailedError) {
    const code = (error.driverError as { code?: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (sqlStateOf(error) !== '23505') return false;
  if (!constraint) return true;
  return (error as QueryFailedError & { driverError: { constraint?: string } }).driverError.constraint === constraint;
}

