import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { privilegesBeyondRuntime } from '@wego/database';
import { GOVERNANCE_SCHEMA, setUpGovernanceDatabase } from '@wego/governance/src/database';
import { MEMBERSHIP_SCHEMA, setUpMembershipDatabase } from '@wego/membership/src/database';
import { childProcessEnvironment, createTestDatabase, type TestDatabase, testPort } from '@wego/testing';
import { connectedTo } from './support/database-privileges';

const MEMBERSHIP_MAIN = join(__dirname, '..', 'services', 'membership', 'dist', 'main.js');

let database: TestDatabase;
let runtimeUrl: string;
beforeAll(async () => {
  database = await createTestDatabase('runtime_guard');
  runtimeUrl = database.runtimeUrlOf(MEMBERSHIP_SCHEMA);
  await setUpMembershipDatabase({ adminUrl: database.url, runtimeUrl });
  await setUpGovernanceDatabase({ adminUrl: database.url, runtimeUrl: database.runtimeUrlOf(GOVERNANCE_SCHEMA) });
});
afterAll(() => database.drop());

/** Starts membership's entry in production; resolves with its exit code, or 'serving' once /health answers 200. */
async function startMembershipInProduction(databaseUrl: string): Promise<{ outcome: number | 'serving'; output: string }> {
  const port = await testPort();
  const child = spawn(process.execPath, [MEMBERSHIP_MAIN], {
    env: {
      ...childProcessEnvironment({
        NODE_ENV: 'production',
        // Production verifies tokens against an issuer's keys, fetched on the first token: none comes here.
        JWT_JWKS_URL: 'https://login.example.org/.well-known/jwks.json',
        JWT_ISSUER: 'https://login.example.org/',
        JWT_AUDIENCE: 'wego-graph',
        MEMBERSHIP_SECRET: 'a-membership-secret-of-at-least-32-characters',
        MEMBERSHIP_PORT: String(port),
        HOST: '127.0.0.1',
      }),
      DATABASE_URL: databaseUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exitCode: number | null = null;
  const exited = new Promise<void>((resolve) => child.once('exit', (code) => resolve(void (exitCode = code ?? -1))));
  while (exitCode === null) {
    const answer = await fetch(`http://127.0.0.1:${port}/health`).catch(() => null);
    if (answer?.status === 200) {
      child.kill('SIGTERM');
      await exited;
      return { outcome: 'serving', output };
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return { outcome: exitCode, output };
}

describe('a subgraph’s connection', () => {
  it('as its runtime role can do nothing beyond its part', async () => {
    expect(await connectedTo(runtimeUrl, (runtime) => privilegesBeyondRuntime(runtime, MEMBERSHIP_SCHEMA))).toEqual([]);
  });

  it('as the administrator, or with a grant on another schema, is shown to do more', async () => {
    const asAdministrator = await connectedTo(database.url, (admin) => privilegesBeyondRuntime(admin, MEMBERSHIP_SCHEMA));
    expect(asAdministrator).toEqual(expect.arrayContaining([expect.stringMatching(/is a superuser/), expect.stringMatching(/owns the membership schema/)]));
    await connectedTo(database.url, (admin) => admin.query(`GRANT USAGE ON SCHEMA governance TO wego_membership; GRANT SELECT ON governance.mandate TO wego_membership`));
    try {
      expect(await connectedTo(runtimeUrl, (runtime) => privilegesBeyondRuntime(runtime, MEMBERSHIP_SCHEMA))).toEqual([
        'wego_membership can read tables of governance',
      ]);
    } finally {
      await connectedTo(database.url, (admin) => admin.query(`REVOKE ALL ON governance.mandate FROM wego_membership; REVOKE USAGE ON SCHEMA governance FROM wego_membership`));
    }
  });

  it('in production, refuses to serve as a role that can do more, and serves as its runtime role', async () => {
    const refused = await startMembershipInProduction(database.url);
    expect(refused.outcome).toBe(1);
    expect(refused.output).toMatch(/DATABASE_URL must name the subgraph's runtime role.*superuser/);
    expect((await startMembershipInProduction(runtimeUrl)).outcome).toBe('serving');
  }, 60000);
});
