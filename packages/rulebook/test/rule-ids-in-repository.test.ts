import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isRuleId } from '../src';

const REPOSITORY = path.resolve(__dirname, '../../..');
/** Installed, built or generated elsewhere: not the project's own words. The lockfile's hashes look like ids by chance. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', '.git', '.data', 'coverage']);
const SKIPPED_FILES = new Set(['pnpm-lock.yaml']);
const TEXT_EXTENSIONS = new Set(['.ts', '.js', '.mjs', '.json', '.graphql', '.md', '.yaml', '.yml', '.sql', '']);
/** A rule id as the project writes it: M, O or G and a number, standing alone (G4/G5 and G1-G13 count each id). */
const RULE_ID = /\b[MOG]\d+\b/g;

function* textFiles(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) yield* textFiles(full);
    } else if (entry.isFile() && !SKIPPED_FILES.has(entry.name) && TEXT_EXTENSIONS.has(path.extname(entry.name))) {
      yield full;
    }
  }
}

function ruleIdsUsed(): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  for (const file of textFiles(REPOSITORY)) {
    for (const [id] of readFileSync(file, 'utf8').matchAll(RULE_ID)) {
      const files = used.get(id) ?? new Set<string>();
      files.add(path.relative(REPOSITORY, file));
      used.set(id, files);
    }
  }
  return used;
}

describe('rule ids in the repository', () => {
  const used = ruleIdsUsed();

  it('are found in the sources, the schemas, the README, the docs and the tests', () => {
    for (const file of ['README.md', 'docs/rules.md', 'services/governance/src/schema.graphql', 'services/membership/src/acts/member-registry.ts']) {
      expect(used.get('G10')?.has(file) || used.get('M1')?.has(file)).toBe(true);
    }
  });

  it('are every one of them in the rulebook', () => {
    const unknown = [...used].filter(([id]) => !isRuleId(id)).map(([id, files]) => `${id} in ${[...files].join(', ')}`);
    expect(unknown).toEqual([]);
  });
});
