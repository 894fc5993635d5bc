import { isSecretKey, REDACTED, withoutSecrets } from './secrets';

// Bounds keep one log line of a pathological value (a deep tree, a long cause chain, a huge array)
// from costing more than the event it records.
const MAX_DEPTH = 10;
const MAX_CAUSES = 8;
const MAX_ENTRIES = 100;
const MAX_STRING = 16_384;

interface Walk {
  depth: number;
  causes: number;
  ancestors: Set<object>;
}

/** A copy of `fields` that JSON can always write, secrets redacted at any depth; never throws. */
export function loggable(fields: Record<string, unknown>): Record<string, unknown> {
  const walk: Walk = { depth: 0, causes: 0, ancestors: new Set() };
  const out = entries(Object.entries(fields), walk);
  return out;
}

function entries(pairs: Array<[string, unknown]>, walk: Walk): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let written = 0;
  for (const [key, value] of pairs) {
    if (written === MAX_ENTRIES) {
      out['…'] = `${pairs.length - MAX_ENTRIES} more fields`;
      break;
    }
    const copy = isSecretKey(key) && value !== null && value !== undefined ? REDACTED : convert(value, walk);
    if (copy === undefined) continue;
    out[key] = copy;
    written += 1;
  }
  return out;
}

function convert(value: unknown, walk: Walk): unknown {
  switch (typeof value) {
    case 'string':
      return withoutSecrets(value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}… (${value.length} characters)` : value);
    case 'bigint':
      return value.toString();
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'boolean':
      return value;
    case 'symbol':
      return value.toString();
    case 'undefined':
    case 'function':
      return undefined;
  }
  if (value === null) return null;
  const object = value as object;
  if (walk.ancestors.has(object)) return '[Circular]';
  if (walk.depth >= MAX_DEPTH) return '[Too deep]';
  walk.ancestors.add(object);
  walk.depth += 1;
  try {
    return convertObject(object, walk);
  } catch {
    return '[Unreadable]';
  } finally {
    walk.depth -= 1;
    walk.ancestors.delete(object);
  }
}

function convertObject(object: object, walk: Walk): unknown {
  if (object instanceof Error) return convertError(object, walk);
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString();
  if (Buffer.isBuffer(object) || ArrayBuffer.isView(object)) return `[${object.constructor.name} of ${object.byteLength} bytes]`;
  if (Array.isArray(object)) {
    const items = object.slice(0, MAX_ENTRIES).map((item) => convert(item, walk) ?? null);
    return object.length > MAX_ENTRIES ? [...items, `… ${object.length - MAX_ENTRIES} more`] : items;
  }
  if (object instanceof Map) return entries([...object.entries()].map(([key, item]) => [String(key), item]), walk);
  if (object instanceof Set) return convert([...object], walk);
  if (object instanceof URL) return withoutSecrets(object.href);
  return entries(readableEntries(object), walk);
}

function convertError(error: Error, walk: Walk): Record<string, unknown> {
  const fields: Array<[string, unknown]> = [
    ['type', error.name],
    ['message', error.message],
    ['stack', error.stack],
  ];
  for (const [key, value] of readableEntries(error)) {
    if (key !== 'cause' && key !== 'message' && key !== 'stack') fields.push([key, value]);
  }
  const original = (error as { originalError?: unknown }).originalError;
  if (original !== undefined && original !== null) fields.push(['originalError', original]);
  if (error instanceof AggregateError) fields.push(['errors', error.errors]);
  const out = entries(fields, walk);
  if ('cause' in error && error.cause !== undefined) {
    if (walk.causes >= MAX_CAUSES) {
      out.cause = '[Cause chain too long]';
    } else {
      walk.causes += 1;
      const cause = convert(error.cause, walk);
      walk.causes -= 1;
      if (cause !== undefined) out.cause = cause;
    }
  }
  return out;
}

/** Own enumerable fields; one whose getter throws is recorded as unreadable rather than lost. */
function readableEntries(object: object): Array<[string, unknown]> {
  return Object.keys(object).map((key) => {
    try {
      return [key, (object as Record<string, unknown>)[key]];
    } catch {
      return [key, '[Unreadable]'];
    }
  });
}
