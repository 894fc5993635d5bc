import { expect } from '@jest/globals';
import type { GraphQLResponse } from './graphql-client';

/** The answer was accepted: no error. `what` names the step in the failure message. */
export function accepted<T extends GraphQLResponse>(answer: T, what = 'the request'): T {
  if (answer.errors) throw new Error(`${what} was refused: ${JSON.stringify(answer.errors)}`);
  return answer;
}

/** The answer was refused with this code (and rule), and carries no data. */
export function expectRefused(answer: GraphQLResponse, code: string, rule?: string): void {
  expect(answer.errors?.[0]?.extensions).toMatchObject({ code, ...(rule ? { rule } : {}) });
  expect(answer.data ?? null).toBeNull();
}

/** Sends a write that must be refused with this code (and rule), and checks that what `written` reads did not change. */
export async function refusedWithoutChange<T extends GraphQLResponse>(
  written: () => Promise<unknown>,
  send: () => Promise<T>,
  code: string,
  rule?: string,
): Promise<T> {
  const before = await written();
  const answer = await send();
  expectRefused(answer, code, rule);
  expect(await written()).toEqual(before);
  return answer;
}
