import { expect } from '@jest/globals';
import type { GraphQLResponse } from './graphql-client';

/** The answer was accepted: no error. `what` names the step in the failure message. */
export function accepted<T extends GraphQLResponse>(answer: T, what = 'the request'): T {
  if (answer.errors) throw new Error(`${what} was refused: ${JSON.stringify(answer.errors)}`);
  return answer;
}

/** The answer was refused with these extensions (code, and rule or field), and carries no data. */
export function expectRefusedWith(answer: GraphQLResponse, extensions: Record<string, unknown>): void {
  expect(answer.errors?.[0]?.extensions).toMatchObject(extensions);
  expect(answer.data ?? null).toBeNull();
}

/** The answer was refused with this code (and rule), and carries no data. */
export function expectRefused(answer: GraphQLResponse, code: string, rule?: string): void {
  expectRefusedWith(answer, { code, ...(rule ? { rule } : {}) });
}

/** Sends a write that must be refused with these extensions, and checks that what `written` reads did not change. */
export async function refusedWith<T extends GraphQLResponse>(
  written: () => Promise<unknown>,
  send: () => Promise<T>,
  extensions: Record<string, unknown>,
): Promise<T> {
  const before = await written();
  const answer = await send();
  expectRefusedWith(answer, extensions);
  expect(await written()).toEqual(before);
  return answer;
}

/** Sends a write that must be refused with this code (and rule), and checks that what `written` reads did not change. */
export function refusedWithoutChange<T extends GraphQLResponse>(
  written: () => Promise<unknown>,
  send: () => Promise<T>,
  code: string,
  rule?: string,
): Promise<T> {
  return refusedWith(written, send, { code, ...(rule ? { rule } : {}) });
}
