import { conflict } from '@wego/errors';
import type { Viewer } from '@wego/identity';
import type { ExactlyOnce } from './exactly-once';
import { parseIdempotencyKey } from './idempotency-key';
import type { KeyedRequest, StoredOutcome } from './idempotency-keys';
import { requestFingerprint } from './request-fingerprint';

/** What a request's context must carry for its mutations to take idempotency keys. */
export interface ExactlyOnceContext {
  actor: { viewer: Viewer };
  exactlyOnce: ExactlyOnce;
}

/** The argument every guarded mutation takes besides its own. */
export interface IdempotencyKeyArgument {
  idempotencyKey?: string | null;
}

/** A mutation resolver as graphql-js calls it; declared as a method so that a narrower context is accepted. */
type MutationResolver<TContext> = {
  resolve(parent: unknown, args: never, context: TContext, info: never): unknown;
}['resolve'];

/** A resolver's parameters with `idempotencyKey` added to its arguments. */
type WithKey<TParameters extends unknown[]> = TParameters extends [infer Parent, infer Args, ...infer Rest]
  ? [Parent, Args & IdempotencyKeyArgument, ...Rest]
  : TParameters;

/** The same resolvers, each also taking `idempotencyKey` and answering through a promise. */
export type ReplayingMutations<TMutations extends Record<string, MutationResolver<ExactlyOnceContext>>> = {
  [Operation in keyof TMutations]: (...args: WithKey<Parameters<TMutations[Operation]>>) => Promise<Awaited<ReturnType<TMutations[Operation]>>>;
};

function replayed(outcome: StoredOutcome, request: KeyedRequest): unknown {
  if (outcome.operation !== request.operation || outcome.fingerprint !== request.fingerprint) {
    throw conflict(
      `This idempotency key was already used for another request (${outcome.operation} with other arguments); a new request needs a new key.`,
      { retryable: false },
    );
  }
  return JSON.parse(outcome.answer);
}

/**
 * Wraps each mutation resolver so that `idempotencyKey` makes it happen exactly once per caller
 * and key: a request whose key has an answer gets that answer without the resolver running (or
 * CONFLICT when the key was used for another request); otherwise the resolver runs with the key
 * claimed, and its transaction records the key with the change (ExactlyOnce.transaction).
 * A refused attempt writes nothing, so it does not use up its key.
 */
export function replayingRetries<TMutations extends Record<string, MutationResolver<ExactlyOnceContext>>>(mutations: TMutations): ReplayingMutations<TMutations> {
  const replaying: Record<string, MutationResolver<ExactlyOnceContext>> = {};
  for (const [operation, resolve] of Object.entries(mutations)) {
    replaying[operation] = async (parent: unknown, args: never, context: ExactlyOnceContext, info: never) => {
      const { idempotencyKey, ...input } = args as Record<string, unknown> & IdempotencyKeyArgument;
      const { viewer } = context.actor;
      // An anonymous caller is refused by the resolver, and must not be able to make the service write a key.
      if (idempotencyKey === undefined || idempotencyKey === null || viewer.role === 'anonymous') return resolve(parent, input as never, context, info);
      const request: KeyedRequest = {
        caller: viewer.subject,
        key: parseIdempotencyKey(idempotencyKey),
        operation,
        fingerprint: requestFingerprint(operation, input),
      };
      const earlier = await context.exactlyOnce.storedOutcome(request);
      if (earlier) return replayed(earlier, request);
      try {
        return await context.exactlyOnce.claiming(request, () => resolve(parent, input as never, context, info));
      } catch (error) {
        // A twin sent at the same moment may have committed first, and this attempt been refused
        // for it (its key taken, or a rule such as G6 checked before the transaction): the key's answer is the twin's.
        const settled = await context.exactlyOnce.storedOutcome(request).catch(() => null);
        if (settled) return replayed(settled, request);
        throw error;
      }
    };
  }
  return replaying as ReplayingMutations<TMutations>;
}
