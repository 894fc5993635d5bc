import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testPort } from '@wego/testing';

/** Debian's nginx, which `.ci/run` installs when it is missing. */
export const NGINX = '/usr/sbin/nginx';

/** A pool of instances nginx balances, reached under `/<name>/` on the balancer. */
export interface BalancedPool {
  name: string;
  /** The instances' ports on 127.0.0.1. */
  ports: readonly number[];
}

/** One request nginx passed on, as its access log records it. */
export interface ProxiedRequest {
  /** The pool the request was for. */
  pool: string;
  /** Every instance port nginx tried, in order (more than one when it failed over). */
  triedPorts: number[];
  status: number;
}

/** An nginx of the test's own, in a directory of its own, balancing the pools on one port of 127.0.0.1. */
export interface NginxBalancer {
  port: number;
  /** `http://127.0.0.1:<port>/<pool>/<path>`. */
  urlOf(pool: string, path: string): string;
  /** Every request passed on so far, oldest first. */
  proxied(): ProxiedRequest[];
  stop(): Promise<void>;
}

// Log fields are separated by '|': none of them can hold one.
const LOG_FORMAT = `'$wego_pool|$upstream_addr|$status'`;

/**
 * The pools as upstreams. Why nginx passes a request to the next instance only in these cases:
 * every GraphQL request is a POST, and nginx passes a POST already sent to one instance on to
 * another only with `non_idempotent`, which we leave out on purpose. A mutation sent without an
 * idempotency key, retried by nginx after the first instance committed it and then failed to
 * answer (its answer cut, or late past the read timeout), would be applied twice. So nginx fails
 * over silently only while no instance has seen the request (refused or timed-out connection:
 * an instance that has stopped listening); once one has, the failure reaches the client as
 * UNAVAILABLE, and the client retries with its idempotency key, which the graph answers exactly
 * once. `http_502 http_503` then matter only for other methods (a GET of a probe).
 */
function configuration(dir: string, port: number, pools: readonly BalancedPool[]): string {
  // A failed instance rests 2 s: short, so that a test sees nginx try a stopped instance again.
  const upstreams = pools.map(
    (pool) => `
  upstream ${pool.name} {
${pool.ports.map((instance) => `    server 127.0.0.1:${instance} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 16;
  }`,
  );
  const locations = pools.map(
    (pool) => `
    location /${pool.name}/ {
      set $wego_pool ${pool.name};
      proxy_pass http://${pool.name}/;
    }`,
  );
  return `worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  client_body_temp_path ${join(dir, 'client-body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  log_format wego ${LOG_FORMAT};
  access_log ${join(dir, 'access.log')} wego;
  client_max_body_size 2m;
  proxy_http_version 1.1;
  proxy_set_header Connection "";
  proxy_connect_timeout 1s;
  proxy_read_timeout 30s;
  proxy_next_upstream error timeout http_502 http_503;
  proxy_next_upstream_tries 2;
${upstreams.join('\n')}
  server {
    listen 127.0.0.1:${port};
    set $wego_pool none;
${locations.join('\n')}
  }
}
`;
}

function parseLog(text: string): ProxiedRequest[] {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const [pool = '', addresses = '', status = ''] = line.split('|');
      // "127.0.0.1:1234, 127.0.0.1:1235" after a fail-over; "-" when nothing was tried.
      const triedPorts = [...addresses.matchAll(/:(\d+)/g)].map((match) => Number(match[1]));
      return { pool, triedPorts, status: Number(status) };
    });
}

async function waitUntilListening(url: string, exited: () => string | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const exit = exited();
    if (exit !== null) throw new Error(`nginx exited (${exit})`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not listen within ${timeoutMs} ms`);
}

/**
 * Starts `nginx -p <dir> -c <dir>/nginx.conf -g 'daemon off;'` in a fresh temporary directory
 * (its pid, logs and temporary files stay there) on a free port; fails when nginx is missing.
 */
export async function startNginxBalancer(pools: readonly BalancedPool[], binary: string = NGINX): Promise<NginxBalancer> {
  if (!existsSync(binary)) {
    throw new Error(`These tests need Debian's nginx at ${binary}: apt-get install -y nginx (.ci/run installs it when missing).`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'wego-nginx-'));
  // Started by root, nginx's worker runs as nobody, which must reach the temporary files' folders.
  chmodSync(dir, 0o755);
  const port = await testPort();
  const config = join(dir, 'nginx.conf');
  writeFileSync(config, configuration(dir, port, pools));
  let output = '';
  // -e: the error log from the first moment, before the configuration names it.
  const child = spawn(binary, ['-p', dir, '-c', config, '-e', join(dir, 'error.log'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const exitOf = (): string | null => {
    if (child.exitCode === null && child.signalCode === null) return null;
    const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
    return `code ${child.exitCode ?? child.signalCode}: ${output}${log}`;
  };
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      // TERM is nginx's fast shutdown; the master waits for its worker before it exits.
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilListening(`http://127.0.0.1:${port}/`, exitOf, 10000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    port,
    urlOf: (pool, path) => `http://127.0.0.1:${port}/${pool}/${path.replace(/^\//, '')}`,
    proxied: () => parseLog(readFileSync(join(dir, 'access.log'), 'utf8')),
    stop,
  };
}
