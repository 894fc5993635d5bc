import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { freePort } from '@wego/database';
import { startNodeProcess, waitUntilHealthy, type ManagedProcess } from '@wego/local-stack/dist/processes';
import { childProcessEnvironment } from '@wego/testing';
import type { PeerGatewaySettings } from './peer-gateway-settings';

/** One gateway of the comparison, running in its own process, in front of the same subgraphs, its response cache on. */
export interface Contender {
  name: string;
  url: string;
  stop(): Promise<void>;
}

export interface SubgraphsUnderLoad {
  urls: Record<string, string>;
  secrets: Record<string, string>;
}

const GATEWAY_MAIN = join(dirname(require.resolve('@wego/gateway/package.json')), 'dist', 'main.js');

async function stopped(child: ManagedProcess['child'], exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await exited;
}

/** Our gateway, as `node gateway/dist/main.js` runs it, with its default response cache (in memory, 30 s). */
export async function startOurGateway(subgraphs: SubgraphsUnderLoad): Promise<Contender> {
  const port = await freePort();
  const managed = startNodeProcess(
    'gateway',
    GATEWAY_MAIN,
    childProcessEnvironment({
      LOG_LEVEL: 'error',
      GATEWAY_PORT: String(port),
      HOST: '127.0.0.1',
      MEMBERSHIP_URL: subgraphs.urls.membership!,
      GOVERNANCE_URL: subgraphs.urls.governance!,
      REGIONAL_OFFICES_URL: subgraphs.urls['regional-offices']!,
    }),
  );
  await waitUntilHealthy(`http://127.0.0.1:${port}/livez`, 30000, () => managed.child.exitCode === null);
  return { name: '@apollo/gateway (this graph)', url: `http://127.0.0.1:${port}/graphql`, stop: () => stopped(managed.child, managed.exited) };
}

/** Hive Gateway, with its own planner or the Rust one, and its response cache, in a process of its own. */
export async function startPeerGateway(subgraphs: SubgraphsUnderLoad, planner: PeerGatewaySettings['planner']): Promise<Contender> {
  const port = await freePort();
  const settings: PeerGatewaySettings = { planner, port, subgraphUrls: subgraphs.urls, secrets: subgraphs.secrets };
  const child = spawn(process.execPath, [join(__dirname, 'peer-gateway-main.js'), JSON.stringify(settings)], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await waitUntilHealthy(`http://127.0.0.1:${port}/healthcheck`, 30000, () => child.exitCode === null);
  const name = planner === 'rust' ? 'Hive Gateway, Rust planner' : 'Hive Gateway';
  return { name, url: `http://127.0.0.1:${port}/graphql`, stop: () => stopped(child, exited) };
}
