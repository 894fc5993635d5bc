import { createHash } from 'node:crypto';

/**
 * The arguments with object keys sorted and absent or null fields dropped: GraphQL treats an
 * omitted optional field and an explicit null alike, so a retry that spells either is the same request.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== null && field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([name, field]) => [name, canonical(field)]));
  }
  return value;
}

/** What identifies a request under a key: its operation and its arguments (the key itself left out). */
export function requestFingerprint(operation: string, args: Record<string, unknown>): string {
  return createHash('sha256')
    .update(JSON.stringify([operation, canonical(args)]))
    .digest('hex');
}
