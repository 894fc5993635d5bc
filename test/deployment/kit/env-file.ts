import { readFileSync } from 'node:fs';

/**
 * The variables of an env file as compose and kustomize read one: `KEY=value` lines, `#` comments
 * and blank lines ignored; a line that is neither is refused with its number.
 */
export function parseEnvFile(text: string, source: string): Record<string, string> {
  const variables: Record<string, string> = {};
  text.split('\n').forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(trimmed);
    if (!match) throw new Error(`${source}:${index + 1}: expected KEY=value`);
    if (match[1]! in variables) throw new Error(`${source}:${index + 1}: ${match[1]} is set twice`);
    variables[match[1]!] = match[2]!;
  });
  return variables;
}

export function readEnvFile(path: string): Record<string, string> {
  return parseEnvFile(readFileSync(path, 'utf8'), path);
}
