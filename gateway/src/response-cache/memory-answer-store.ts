import type { AnswerStore, Lookup, StoredAnswer } from './answer-store';

interface Entry {
  answer: StoredAnswer;
  expiresAt: number;
}

/** One gateway's own store: bounded, least recently used dropped first, entries expiring with their max-age. */
export class MemoryAnswerStore implements AnswerStore {
  private generation = 0;
  // A Map iterates in insertion order: re-inserting on every hit keeps the least recently used first.
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxEntries: number) {}

  async lookup(key: string): Promise<Lookup> {
    const generation = String(this.generation);
    const entry = this.entries.get(key);
    if (!entry) return { generation, answer: undefined };
    this.entries.delete(key);
    if (entry.expiresAt <= Date.now()) return { generation, answer: undefined };
    this.entries.set(key, entry);
    return { generation, answer: entry.answer };
  }

  async store(generation: string, key: string, answer: StoredAnswer, ttlSeconds: number): Promise<void> {
    if (generation !== String(this.generation)) return;
    this.entries.delete(key);
    this.entries.set(key, { answer, expiresAt: answer.storedAt + ttlSeconds * 1000 });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  async invalidate(): Promise<void> {
    this.generation += 1;
    this.entries.clear();
  }

  async close(): Promise<void> {
    this.entries.clear();
  }
}
