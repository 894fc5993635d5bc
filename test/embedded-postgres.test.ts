import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLocalStackConfig } from '@wego/local-stack/src/config';
import { provideDatabase, type LocalDatabase } from '@wego/local-stack/src/database-server';
import { startThrowAwayPostgres } from '@wego/testing';
import { connectedTo } from './support/database-privileges';

const ROOT = join(__dirname, '..');
const fsyncOf = (url: string) => connectedTo(url, async (client) => (await client.query('SHOW fsync'))[0].fsync as string);

describe("the embedded Postgres's durability", () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'wego-durability-'));
    chmodSync(folder, 0o755);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("syncs every commit to disk for `pnpm start`'s data, and not for a test's throw-away cluster", async () => {
    const stack: LocalDatabase = await provideDatabase(parseLocalStackConfig({ WEGO_DATA_DIR: join(folder, 'postgres') }), ROOT);
    try {
      expect(await fsyncOf(stack.url)).toBe('on');
    } finally {
      await stack.stop();
    }
    const throwAway = await startThrowAwayPostgres(join(folder, 'throw-away'));
    try {
      expect(await fsyncOf(throwAway.url)).toBe('off');
    } finally {
      await throwAway.stop();
    }
  }, 120000);
});

/** The database part of `pnpm start`, run from the clone that is the working folder, as `pnpm start` is. */
const START_FROM_CLONE = `
const stackPackage = require('node:path').join(process.cwd(), 'packages', 'local-stack');
const { parseLocalStackConfig } = require(require.resolve('./dist/config', { paths: [stackPackage] }));
const { provideDatabase } = require(require.resolve('./dist/database-server', { paths: [stackPackage] }));
provideDatabase(parseLocalStackConfig({}), process.cwd()).then((database) => {
  process.stdout.write(JSON.stringify({ url: database.url, description: database.description }) + '\\n');
  process.once('SIGTERM', () => database.stop().then(() => process.exit(0)));
}, (error) => { process.stderr.write(error.message + '\\n'); process.exit(1); });
`;

const asRoot = process.getuid?.() === 0 ? it : it.skip;

describe('the embedded Postgres started by root from a clone in a mode-700 folder', () => {
  asRoot('starts, keeps its data reachable from .data/postgres, and leaves the folder closed', async () => {
    const closed = mkdtempSync(join(tmpdir(), 'wego-closed-'));
    const clone = join(closed, 'clone');
    expect(statSync(closed).mode & 0o777).toBe(0o700);
    // Hard links: a clone's worth of installed packages in seconds, the binaries within them included.
    expect(spawnSync('mkdir', [clone]).status).toBe(0);
    const copied = spawnSync('cp', ['-al', join(ROOT, 'node_modules'), join(ROOT, 'packages'), clone]);
    if (copied.status !== 0) expect(spawnSync('cp', ['-a', join(ROOT, 'node_modules'), join(ROOT, 'packages'), clone]).status).toBe(0);
    const child = spawn(process.execPath, ['-e', START_FROM_CLONE], { cwd: clone, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const started = await new Promise<{ url: string; description: string }>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const line = output.split('\n').find((candidate) => candidate.startsWith('{'));
          if (line) resolve(JSON.parse(line) as { url: string; description: string });
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        void exited.then((code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      expect(await fsyncOf(started.url)).toBe('on');
      const link = join(clone, '.data', 'postgres');
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(started.description).toContain(realpathSync(link));
      expect(statSync(closed).mode & 0o777).toBe(0o700);
    } finally {
      if (child.exitCode === null) child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const link = join(clone, '.data', 'postgres');
      const place = (() => {
        try {
          return realpathSync(link);
        } catch {
          return null;
        }
      })();
      if (place) rmSync(place, { recursive: true, force: true });
      rmSync(closed, { recursive: true, force: true });
    }
  }, 180000);
});
