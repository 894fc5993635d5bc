import { badUserInput } from '@wego/errors';

export const PAGE_SIZE_DEFAULT = 50;
export const PAGE_SIZE_MAX = 200;

/** A position in an ordered list: the sort key and id of the last row seen. */
export interface ListPosition {
  sortKey: string;
  id: string;
}

export interface PageRequest {
  size: number;
  after: ListPosition | null;
}

const CURSOR_PREFIX = 'wego:v1:';

export function encodeCursor(position: ListPosition): string {
  return Buffer.from(CURSOR_PREFIX + JSON.stringify([position.sortKey, position.id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): ListPosition | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX)) return null;
  try {
    const parsed: unknown = JSON.parse(text.slice(CURSOR_PREFIX.length));
    // No name or id this API issues holds a NUL, and Postgres refuses one in text: such a cursor was forged.
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string' && !parsed.join('').includes('\u0000')) {
      return { sortKey: parsed[0], id: parsed[1] };
    }
  } catch {
    return null;
  }
  return null;
}

/** `first` and `after` as the SDL allows them: 1-200 (default 50), and a cursor this API issued. */
export function parsePageRequest(args: { first?: number | null; after?: string | null }): PageRequest {
  const size = args.first ?? PAGE_SIZE_DEFAULT;
  if (!Number.isInteger(size) || size < 1 || size > PAGE_SIZE_MAX) {
    throw badUserInput('first', `first must be a whole number from 1 to ${PAGE_SIZE_MAX}.`);
  }
  if (args.after === undefined || args.after === null) return { size, after: null };
  const after = decodeCursor(args.after);
  if (!after) throw badUserInput('after', 'after must be a cursor that this API issued.');
  return { size, after };
}

export interface Connection<T> {
  totalCount: number;
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** `rows` holds up to `size + 1`: the extra one only tells that a next page exists. */
export function toConnection<T>(rows: T[], size: number, totalCount: number, positionOf: (row: T) => ListPosition): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(positionOf(node)), node }));
  return {
    totalCount,
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
