/**
 * The in-memory store Hive Gateway's response cache is given in the comparison (the Hive CLI
 * would bring one; the runtime alone asks for it): a Map, entries expiring with their TTL.
 */
export class PeerKeyValueCache {
  private readonly entries = new Map<string, { value: unknown; expiresAt: number }>();

  get(key: string): unknown {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: unknown, options?: { ttl?: number | null }): void {
    const ttlSeconds = options?.ttl ?? null;
    this.entries.set(key, { value, expiresAt: ttlSeconds === null ? Number.POSITIVE_INFINITY : Date.now() + ttlSeconds * 1000 });
  }

  delete(key: string): boolean {
    return this.entries.delete(key);
  }

  getKeysByPrefix(prefix: string): string[] {
    return [...this.entries.keys()].filter((key) => key.startsWith(prefix));
  }
}
