import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const REPOSITORY = path.resolve(__dirname, '..');
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', '.git', '.data', 'coverage']);
/** Design notes the project was built from live outside it; the project speaks of its own README, SDL, rules document and rule ids instead. */
const OUTSIDE_REFERENCE = /\b(?:DOMAIN|CONTRACT|ARCHITECTURE)\.md\b|\.\.\/shared\b/;

function* files(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

describe('the repository', () => {
  it('refers to no file outside it: no line names a design note the project does not hold', () => {
    const offending: string[] = [];
    for (const file of files(REPOSITORY)) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (OUTSIDE_REFERENCE.test(line)) offending.push(`${path.relative(REPOSITORY, file)}:${index + 1}`);
      });
    }
    expect(offending).toEqual([]);
  });

  it('links its own rules document from the README', () => {
    const readme = readFileSync(path.join(REPOSITORY, 'README.md'), 'utf8');
    expect(readme).toContain('](docs/rules.md)');
    expect(readme).toContain('charter { executiveCommitteeMaxSeats rules { id title statute reading } }');
  });
});
