import type { GraphQLCaller, GraphQLResponse, TypedDocument } from '@wego/testing';

/** A mutation as a careful client sends it: the same idempotency key (`$key`) on every attempt. */
export interface KeyedWrite<TData, TVariables extends { key?: string | null }> {
  document: TypedDocument<TData, TVariables>;
  variables: Omit<TVariables, 'key'>;
  key: string;
}

/** How a keyed write ended after its attempts. */
export type WriteOutcome<TData> =
  | { kind: 'acknowledged'; answer: GraphQLResponse<TData>; attempts: number }
  /** Answered with an error that sending again cannot cure (a rule, bad input). */
  | { kind: 'refused'; answer: GraphQLResponse<TData>; attempts: number }
  /** Every attempt failed in a way a retry could cure; the client gave up. */
  | { kind: 'abandoned'; attempts: number; lastFailure: string };

/** What ended an attempt that a retry may cure, or null when the answer stands. */
function retryableFailure(answer: GraphQLResponse<unknown>): string | null {
  const first = answer.errors?.[0];
  if (!first) return null;
  const code = String(first.extensions?.code ?? 'no code');
  return first.extensions?.retryable === true || code === 'UNAVAILABLE' ? code : null;
}

/**
 * Sends `write` until it is answered: a failed connection, an answer that is not GraphQL (a
 * balancer's 502 page) or a retryable error is sent again, with the same key, after `pauseMs`.
 */
export async function sendWithRetries<TData, TVariables extends { key?: string | null }>(
  query: GraphQLCaller,
  token: string,
  write: KeyedWrite<TData, TVariables>,
  options: { attempts?: number; pauseMs?: number; onRetry?: (failure: string) => void } = {},
): Promise<WriteOutcome<TData>> {
  const attempts = options.attempts ?? 12;
  let lastFailure = '';
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    let failure: string | null;
    try {
      const variables = { ...write.variables, key: write.key } as TVariables;
      const answer = await query(write.document, { variables, token });
      failure = retryableFailure(answer);
      if (failure === null) return { kind: answer.errors ? 'refused' : 'acknowledged', answer, attempts: attempt };
    } catch (error) {
      // fetch names the cause of a failed connection (ECONNRESET, …) only in `cause`.
      const cause = error instanceof Error ? (error.cause as { code?: string } | undefined)?.code : undefined;
      failure = cause ?? (error instanceof Error ? error.message.slice(0, 120) : String(error));
    }
    lastFailure = failure;
    options.onRetry?.(failure);
    await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 200));
  }
  return { kind: 'abandoned', attempts, lastFailure };
}
