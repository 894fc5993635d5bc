import { readFileSync } from 'node:fs';
import { parseYamlDocuments } from './manifests.js';

/** A compose service, with the fields the tests read. */
export interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  user?: string;
  read_only?: boolean;
  restart?: string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  volumes?: string[];
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
}

const VARIABLE = /\$(?:\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/**
 * Compose's interpolation of one value: `$$` is a dollar; `${NAME}` and `$NAME` the variable (empty
 * when unset); `${NAME:-default}` a default when unset or empty; `${NAME:?message}` an error then.
 */
export function interpolate(value: string, variables: Record<string, string>): string {
  return value.replace(VARIABLE, (whole, braced: string | undefined, operator: string | undefined, argument: string | undefined, bare: string | undefined) => {
    if (whole === '$$') return '$';
    const name = (braced ?? bare)!;
    const current = variables[name];
    const missing = operator?.startsWith(':') ? current === undefined || current === '' : current === undefined;
    if (operator?.endsWith('?') && missing) throw new Error(`${name}: ${argument || 'required'}`);
    if (operator?.endsWith('-') && missing) return argument ?? '';
    return current ?? '';
  });
}

function interpolateAll(value: unknown, variables: Record<string, string>): unknown {
  if (typeof value === 'string') return interpolate(value, variables);
  if (Array.isArray(value)) return value.map((item) => interpolateAll(item, variables));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateAll(item, variables)]));
  }
  return value;
}

/** A compose file as `docker compose config` sees it with the given variables (those of `.env`). */
export function readComposeFile(path: string, variables: Record<string, string>): ComposeFile {
  const [document] = parseYamlDocuments(readFileSync(path, 'utf8'), path);
  const compose = interpolateAll(document, variables) as ComposeFile;
  if (typeof compose?.services !== 'object') throw new Error(`${path}: no services`);
  for (const [name, service] of Object.entries(compose.services)) {
    if (Array.isArray(service.environment)) throw new Error(`${path}: ${name}'s environment must be a mapping`);
    if (service.environment) service.environment = Object.fromEntries(Object.entries(service.environment).map(([key, value]) => [key, String(value)]));
  }
  return compose;
}
