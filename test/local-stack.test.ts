import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_SUBGRAPH_SECRETS, type SubgraphName } from '@wego/config';
import { postGraphQL, subgraphSecretHeader, testPort } from '@wego/testing';
import { FOUNDING_MEMBERS_AND_OFFICES } from './support/founding-query';
import { startLocalStackProcess, type LocalStackProcess } from './support/local-stack-process';

const ROOT = join(__dirname, '..');

/** `pnpm start` as a newcomer meets it: no DATABASE_URL, so an embedded Postgres of its own. */
describe('the local stack', () => {
  let stack: LocalStackProcess;
  let dataFolder: string;

  beforeAll(async () => {
    dataFolder = mkdtempSync(join(tmpdir(), 'wego-stack-'));
    chmodSync(dataFolder, 0o755);
    // The embedded Postgres's port is chosen here too, so that it cannot collide with the others.
    stack = await startLocalStackProcess({ WEGO_DATA_DIR: join(dataFolder, 'postgres'), WEGO_POSTGRES_PORT: String(await testPort()) });
  }, 90000);

  afterAll(() => {
    if (stack.child.exitCode === null) process.kill(-stack.child.pid!, 'SIGKILL');
    rmSync(dataFolder, { recursive: true, force: true });
  });

  it('prints the gateway URL and a Secretariat token the graph accepts', async () => {
    const gatewayUrl = stack.gatewayUrl;
    expect(stack.output()).toContain(gatewayUrl);
    const token = stack.output().split('\n').find((line) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(line.trim()))!.trim();
    const answer = await postGraphQL(gatewayUrl, FOUNDING_MEMBERS_AND_OFFICES, { token });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.members.totalCount).toBe(50);
    const audit = await postGraphQL(gatewayUrl, `{ members(first: 1) { edges { node { auditTrail { operation } } } } }`, { token });
    expect(audit.errors).toBeUndefined();
  });

  it('accepts the tokens of the README token command, for each role', async () => {
    const gatewayUrl = stack.gatewayUrl;
    const tokenFor = async (...args: string[]) => {
      const { stdout } = await promisify(execFile)('pnpm', ['--silent', 'run', 'token', '--', ...args], { cwd: ROOT });
      return stdout.trim().split('\n').at(-1)!;
    };
    const office = await tokenFor('--role', 'office', '--office-id', 'east-asia');
    const chengdu = await postGraphQL(gatewayUrl, `{ members(filter: { nameContains: "Chengdu" }) { edges { node { id fees { year } } } } }`, { token: office });
    expect(chengdu.errors).toBeUndefined();
    const memberId: string = chengdu.data.members.edges[0].node.id;
    const member = await tokenFor('--role', 'member', '--member-id', memberId);
    const own = await postGraphQL(gatewayUrl, `query($id: ID!) { member(id: $id) { feesFullyPaid } }`, { token: member, variables: { id: memberId } });
    expect(own.data.member.feesFullyPaid).toBe(true);
    await expect(tokenFor('--role', 'office')).rejects.toThrow(/--office-id/);
  });

  it('answers /health on every process', async () => {
    for (const port of Object.values(stack.ports)) expect((await fetch(`http://localhost:${port}/health`)).status).toBe(200);
  });

  it('gives its subgraphs fresh secrets: neither a caller without one nor one with the development default gets in', async () => {
    const subgraphs: Array<[SubgraphName, number]> = [
      ['membership', stack.ports.membership],
      ['governance', stack.ports.governance],
      ['regional-offices', stack.ports.regionalOffices],
    ];
    for (const [name, port] of subgraphs) {
      const url = `http://localhost:${port}/graphql`;
      expect((await postGraphQL(url, `{ _service { sdl } }`)).status).toBe(401);
      const withDefault = await postGraphQL(url, `{ _service { sdl } }`, { headers: subgraphSecretHeader(DEVELOPMENT_SUBGRAPH_SECRETS[name]) });
      expect(withDefault.status).toBe(401);
      expect(withDefault.data).toBeUndefined();
    }
  });

  it('keeps serving, without restarting it, when one process dies', async () => {
    const governance = processesOfGroup(stack.child.pid!).find((candidate) => candidate.args.includes('services/governance/dist/main.js'))!;
    process.kill(governance.pid, 'SIGKILL');
    while (processesOfGroup(stack.child.pid!).some((candidate) => candidate.pid === governance.pid)) await new Promise((done) => setTimeout(done, 50));
    const answer = await postGraphQL(stack.gatewayUrl, `{ offices { name members(first: 1) { totalCount } } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.offices).toHaveLength(5);
    // Its output is a pipe here, not a terminal: every log line is JSON, the news of the death too.
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && !(stack.logOutput().includes('exited with code') && stack.logOutput().endsWith('\n'))) await new Promise((done) => setTimeout(done, 50));
    const logLines = stack.logOutput().trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const line of logLines) expect(line).toEqual(expect.objectContaining({ time: expect.any(String), level: expect.any(String), process: expect.any(String), message: expect.any(String) }));
    expect(logLines).toContainEqual(expect.objectContaining({ level: 'error', process: 'governance', message: expect.stringMatching(/^exited with code/) }));
    expect(processesOfGroup(stack.child.pid!).filter((candidate) => candidate.args.includes('services/governance/dist/main.js'))).toEqual([]);
  });

  it('stops every process and the embedded Postgres within 10 s of Ctrl-C', async () => {
    const startedStopping = Date.now();
    const exited = new Promise<number | null>((resolve) => stack.child.once('exit', (code) => resolve(code)));
    // Ctrl-C in a terminal signals the whole process group: the stack, its children, Postgres.
    process.kill(-stack.child.pid!, 'SIGINT');
    expect(await exited).toBe(0);
    while (processesOfGroup(stack.child.pid!).length > 0 && Date.now() - startedStopping < 10000) await new Promise((done) => setTimeout(done, 50));
    expect(processesOfGroup(stack.child.pid!)).toEqual([]);
    expect(Date.now() - startedStopping).toBeLessThan(10000);
    for (const port of Object.values(stack.ports)) await expect(fetch(`http://localhost:${port}/health`)).rejects.toThrow();
  });
});

/** The live processes of a process group (zombies left out). */
function processesOfGroup(groupId: number): Array<{ pid: number; args: string }> {
  const { stdout } = spawnSync('ps', ['-eo', 'pid=,pgid=,stat=,args='], { encoding: 'utf8' });
  return stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, pgid, stat]) => Number(pgid) === groupId && !stat?.startsWith('Z'))
    .map(([pid, , , ...args]) => ({ pid: Number(pid), args: args.join(' ') }));
}
