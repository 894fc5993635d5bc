import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..');

/** What `graphql-codegen --check` says and exits with: it generates in memory, compares with the files, and writes nothing. */
async function codegenCheck(): Promise<{ stale: boolean; said: string }> {
  // Its command line loads ES modules only, which this test's compiled imports cannot: it runs as its own process.
  try {
    await promisify(execFile)(join(ROOT, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts', '--check', '--silent'], { cwd: ROOT });
    return { stale: false, said: '' };
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return { stale: true, said: `${stdout ?? ''}${stderr ?? ''}`.trim() || String(error) };
  }
}

describe('the generated code', () => {
  it('is what pnpm codegen writes from the schemas and the documents the tests send', async () => {
    const { stale, said } = await codegenCheck();
    if (stale) throw new Error(`run pnpm codegen: ${said}`);
  }, 180000);
});
