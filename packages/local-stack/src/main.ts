import { join } from 'node:path';
import { GATEWAY_PROCESS, SUBGRAPH_NAMES, SUBGRAPHS } from '@wego/config';
import { developmentRuntimeUrl } from '@wego/database';
import { signToken } from '@wego/identity';
import { parseLocalStackConfig } from './config';
import { provideDatabase, type LocalDatabase } from './database-server';
import { freshSubgraphSecrets, secretVariables, withoutSecrets } from './fresh-secrets';
import { processOutput } from './process-output';
import { runNodeScript, startNodeProcess, stopProcesses, waitUntilHealthy, type ManagedProcess } from './processes';

const ROOT = join(__dirname, '..', '..', '..');
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
    const urlOf = (name: keyof typeof config.ports) => `http://localhost:${config.ports[name]}/graphql`;
    const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s.urlVariable, urlOf(s.name)]));
    // Every process learns every subgraph's URL: the gateway to route, governance to ask membership.
    const env: NodeJS.ProcessEnv = { ...withoutSecrets(process.env), ...urls };
    delete env.DATABASE_URL;
    const secrets = freshSubgraphSecrets();
    // Setups run as the administrator; each subgraph then runs as a role confined to its own schema.
    const adminUrl = database.url;
    const runtimeUrl = (schema: string) => developmentRuntimeUrl(adminUrl, schema);
    await Promise.all(
      SUBGRAPHS.map((s) =>
        runNodeScript(`${s.name} setup`, join(ROOT, s.folder, 'dist', 'setup-main.js'), {
          ...env,
          DATABASE_URL: adminUrl,
          RUNTIME_DATABASE_URL: runtimeUrl(s.databaseSchema),
        }, output),
      ),
    );
    for (const subgraph of SUBGRAPHS) {
      // A subgraph holds its own secret, and its neighbours' for the calls it makes to them.
      const managed = startNodeProcess(subgraph.name, join(ROOT, subgraph.folder, 'dist', 'main.js'), {
        ...env,
        ...secretVariables(secrets, [subgraph.name, ...subgraph.neighbours]),
        DATABASE_URL: runtimeUrl(subgraph.databaseSchema),
        [subgraph.portVariable]: String(config.ports[subgraph.name]),
      }, output);
      processes.push(managed);
    }
    const gateway = startNodeProcess(GATEWAY_PROCESS.name, join(ROOT, GATEWAY_PROCESS.folder, 'dist', 'main.js'), {
      ...env,
      ...secretVariables(secrets, SUBGRAPH_NAMES),
      [GATEWAY_PROCESS.portVariable]: String(config.ports.gateway),
    }, output);
    processes.push(gateway);
    const ports = [...SUBGRAPHS.map((s) => config.ports[s.name]), config.ports.gateway];
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
        ...SUBGRAPHS.map((s) => `  ${s.name.padEnd(17)} ${urlOf(s.name)}`),
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
