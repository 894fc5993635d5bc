import type { FormattedExecutionResult } from 'graphql';

/** A public answer as the gateway sent it, and when (epoch milliseconds). */
export interface StoredAnswer {
  result: FormattedExecutionResult;
  storedAt: number;
}

/** What a lookup found: the generation current when it read, and the answer kept under the key in it. */
export interface Lookup {
  generation: string;
  answer: StoredAnswer | undefined;
}

/** Answers are stored under the generation read before the subgraphs were called, so a later read never finds one older than a write. */
export interface AnswerStore {
  /** Null when the store cannot answer now (the request is then served uncached). */
  lookup(key: string): Promise<Lookup | null>;
  /** Keeps the answer for ttlSeconds under the generation its lookup read; dropped if that generation is no longer current. */
  store(generation: string, key: string, answer: StoredAnswer, ttlSeconds: number): Promise<void>;
  /** Starts a new generation: nothing stored before is found again. */
  invalidate(): Promise<void>;
  close(): Promise<void>;
}
