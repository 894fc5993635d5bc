import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import { conflict } from '@wego/errors';
import type { IdempotencyKeys, KeyedRequest, StoredOutcome } from './idempotency-keys';

/** How domain code opens its write transactions; a DataSource has the same shape. */
export interface Transactions {
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
}

/** Keys are kept 48 hours, twice the 24 hours promised to clients, and purged at most once an hour per process. */
export const KEY_RETENTION_HOURS = 48;
export const PURGE_INTERVAL_MS = 60 * 60 * 1000;

export interface ExactlyOnceOptions {
  retentionHours?: number;
  purgeIntervalMs?: number;
  /** Where a failed purge is reported; `@wego/server`'s Logger fits. */
  logger?: { error(message: string, fields?: Record<string, unknown>): void };
  now?: () => number;
}

/** A keyed request being resolved: whether its transaction has run, and the answer it stored. */
interface Claim extends KeyedRequest {
  used: boolean;
  answer: string | null;
}

/**
 * The write transactions of one subgraph, and the keys that make its mutations happen exactly
 * once. While a keyed request is resolved, its one write transaction first takes the key, then
 * makes the change and stores the answer, all committed together.
 */
export class ExactlyOnce implements Transactions {
  private readonly claims = new AsyncLocalStorage<Claim>();
  private readonly retentionHours: number;
  private readonly purgeIntervalMs: number;
  private readonly now: () => number;
  private nextPurgeAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: IdempotencyKeys,
    private readonly options: ExactlyOnceOptions = {},
  ) {
    this.retentionHours = options.retentionHours ?? KEY_RETENTION_HOURS;
    this.purgeIntervalMs = options.purgeIntervalMs ?? PURGE_INTERVAL_MS;
    this.now = options.now ?? Date.now;
  }

  /** A write transaction; when a keyed request is being resolved, it takes the key and keeps the answer. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const claim = this.claims.getStore();
    if (!claim) return this.dataSource.transaction(work);
    // A second transaction could commit a change the stored answer knows nothing of.
    if (claim.used) throw new Error(`${claim.operation} wrote in more than one transaction under one idempotency key.`);
    claim.used = true;
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.keys.claim(manager, claim))) {
        throw conflict('Another request with this idempotency key was answered at the same moment; send it again to receive that answer.');
      }
      const result = await work(manager);
      const answer = JSON.stringify(result ?? null);
      await this.keys.settle(manager, claim, answer);
      claim.answer = answer;
      return result;
    });
  }

  /** What the caller's key answered, if it is recorded. */
  storedOutcome(request: KeyedRequest): Promise<StoredOutcome | null> {
    return this.keys.outcomeOf(this.dataSource, request.caller, request.key);
  }

  /**
   * Resolves `request` with its key claimed; answers the JSON of what its transaction stored, so
   * that the first answer and every replay of it are the same value.
   */
  async claiming(request: KeyedRequest, resolve: () => unknown): Promise<unknown> {
    const claim: Claim = { ...request, used: false, answer: null };
    const result = await this.claims.run(claim, resolve);
    if (claim.answer === null) {
      this.options.logger?.error('a mutation sent with an idempotency key changed nothing through its guarded transaction', { operation: request.operation });
      return result;
    }
    await this.purgeIfDue();
    return JSON.parse(claim.answer);
  }

  /** Forgets expired keys, at most once per interval; a failure is reported, never passed to the caller. */
  async purgeIfDue(): Promise<void> {
    const now = this.now();
    if (now < this.nextPurgeAt) return;
    this.nextPurgeAt = now + this.purgeIntervalMs;
    try {
      await this.keys.purgeOlderThan(this.dataSource, this.retentionHours);
    } catch (error) {
      this.options.logger?.error('expired idempotency keys could not be purged', { error });
    }
  }
}
