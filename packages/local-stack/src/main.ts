import { join } from 'node:path';
import { parseLocalStackConfig, SUBGRAPH_NAMES } from '@wego/config';
import { developmentRuntimeUrl } from '@wego/database';
import { signToken } from '@wego/identity';
import { provideDatabase, type LocalDatabase } from './database-server';
import { freshSubgraphSecrets, secretVariables, withoutSecrets } from './fresh-secrets';
import { processOutput } from './process-output';
import { runNodeScript, startNodeProcess, stopProcesses, waitUntilHealthy, type ManagedProcess } from './processes';

const ROOT = join(__dirname, '..', '..', '..');
// `holds`: whose secrets the subgraph's processes get: its own, and governance its neighbours' too.
const SUBGRAPHS = [
  { name: 'membership', schema: 'membership', portVariable: 'MEMBERSHIP_PORT', urlVariable: 'MEMBERSHIP_URL', port: (p: Ports) => p.membership, holds: ['membership'] },
  {
    name: 'governance',
    schema: 'governance',
    portVariable: 'GOVERNANCE_PORT',
    urlVariable: 'GOVERNANCE_URL',
    port: (p: Ports) => p.governance,
    holds: ['governance', 'membership', 'regional-offices'],
  },
  {
    name: 'regional-offices',
    schema: 'regional_offices',
    portVariable: 'REGIONAL_OFFICES_PORT',
    urlVariable: 'REGIONAL_OFFICES_URL',
    port: (p: Ports) => p.regionalOffices,
    holds: ['regional-offices'],
  },
] as const;
type Ports = ReturnType<typeof parseLocalStackConfig>['ports'];
const STOP_GRACE_MS = 5000;

/** `pnpm start`: Postgres, migrations and seed, three subgraphs and the gateway; Ctrl-C stops it all. */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = parseLocalStackConfig(process.env);
  // Log lines are readable on a terminal and JSON in a pipe or a file; NO_COLOR keeps them plain.
  const output = processOutput(process.stdout, process.stderr, { colour: !process.env.NO_COLOR });
  const processes: ManagedProcess[] = [];
  let database: LocalDatabase | null = null;
  let stopping = false;
  const stopAll = async (exitCode: number): Promise<never> => {
    if (!stopping) {
      stopping = true;
      process.stdout.write('\nstopping the graph…\n');
      await stopProcesses(processes, STOP_GRACE_MS);
      await database?.stop().catch(() => undefined);
    }
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));

  try {
    database = await provideDatabase(config, ROOT);
    const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s.urlVariable, `http://localhost:${s.port(config.ports)}/graphql`]));
    // Every process learns every subgraph's URL: the gateway to route, governance to ask membership.
    const env: NodeJS.ProcessEnv = { ...withoutSecrets(process.env), ...urls };
    delete env.DATABASE_URL;
    const secrets = freshSubgraphSecrets();
    // The setups connect as the administrator and make each subgraph's roles; each subgraph then
    // connects as its own runtime role, which reads and writes its own schema alone.
    const adminUrl = database.url;
    const runtimeUrl = (schema: string) => developmentRuntimeUrl(adminUrl, schema);
    await Promise.all(
      SUBGRAPHS.map((s) =>
        runNodeScript(`${s.name} setup`, join(ROOT, 'services', s.name, 'dist', 'setup-main.js'), {
          ...env,
          DATABASE_URL: adminUrl,
          RUNTIME_DATABASE_URL: runtimeUrl(s.schema),
        }, output),
      ),
    );
    for (const subgraph of SUBGRAPHS) {
      const managed = startNodeProcess(subgraph.name, join(ROOT, 'services', subgraph.name, 'dist', 'main.js'), {
        ...env,
        ...secretVariables(secrets, subgraph.holds),
        DATABASE_URL: runtimeUrl(subgraph.schema),
        [subgraph.portVariable]: String(subgraph.port(config.ports)),
      }, output);
      processes.push(managed);
    }
    const gateway = startNodeProcess('gateway', join(ROOT, 'gateway', 'dist', 'main.js'), {
      ...env,
      ...secretVariables(secrets, SUBGRAPH_NAMES),
      GATEWAY_PORT: String(config.ports.gateway),
    }, output);
    processes.push(gateway);
    const ports = [...SUBGRAPHS.map((s) => s.port(config.ports)), config.ports.gateway];
    await Promise.all(
      processes.map((managed, index) =>
        waitUntilHealthy(`http://localhost:${ports[index]}/health`, 30000, () => managed.child.exitCode === null),
      ),
    );
    for (const managed of processes) {
      void managed.exited.then((code) => {
        if (!stopping) output.stderr.line(managed.name, `exited with code ${code}; the other processes keep serving`, 'error');
      });
    }
    const token =
      config.identity.jwtSecret === null
        ? `(none: tokens come from the issuer whose keys are at ${config.identity.jwksUrl})`
        : await signToken(config.identity, { role: 'secretariat', sub: 'secretariat-officer' });
    process.stdout.write(
      [
        '',
        `WeGO graph ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s, on ${database.description}`,
        `  gateway           http://localhost:${config.ports.gateway}/graphql   (Apollo Sandbox: open it in a browser)`,
        ...SUBGRAPHS.map((s) => `  ${s.name.padEnd(17)} http://localhost:${s.port(config.ports)}/graphql`),
        config.pinnedToday ? `  today is pinned to ${config.pinnedToday}` : '  today is the calendar date in Seoul',
        '',
        'Secretariat token (header  Authorization: Bearer <token>):',
        token,
        '',
        'Ctrl-C stops everything.',
        '',
      ].join('\n'),
    );
  } catch (error) {
    output.stderr.line('local-stack', `the graph could not start: ${error instanceof Error ? error.message : String(error)}`, 'error');
    await stopAll(1);
  }
}

void main();
