import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startNginxBalancer, type NginxBalancer } from '../support/nginx-balancer';

/** A plain HTTP instance that counts what reached it and answers with its own name, or hangs up when told to. */
interface Instance {
  name: string;
  server: Server;
  port: number;
  received: string[];
  hangUp: boolean;
}

async function startInstance(name: string): Promise<Instance> {
  const instance: Instance = { name, server: createServer(), port: 0, received: [], hangUp: false };
  instance.server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      instance.received.push(`${request.method} ${body}`);
      // Read the whole request, then answer nothing: as an instance that dies mid-request.
      if (instance.hangUp) return request.socket.destroy();
      response.end(request.url === '/echo' ? body : name);
    });
  });
  await new Promise<void>((resolve) => instance.server.listen(0, '127.0.0.1', resolve));
  instance.port = (instance.server.address() as AddressInfo).port;
  return instance;
}

async function close(instance: Instance): Promise<void> {
  if (!instance.server.listening) return;
  instance.server.closeAllConnections();
  await new Promise((resolve) => instance.server.close(resolve));
}

let first: Instance;
let second: Instance;
let balancer: NginxBalancer;

beforeAll(async () => {
  [first, second] = await Promise.all([startInstance('first'), startInstance('second')]);
  balancer = await startNginxBalancer([{ name: 'pool', ports: [first.port, second.port] }]);
});
afterAll(async () => {
  await balancer?.stop();
  await Promise.all([first, second].filter(Boolean).map(close));
});

const post = (body: string) => fetch(balancer.urlOf('pool', 'graphql'), { method: 'POST', body });

describe('the nginx balancer of the replica tests', () => {
  it('spreads requests over both instances of a pool', async () => {
    const answers: string[] = [];
    for (let i = 0; i < 4; i += 1) answers.push(await (await post(`spread ${i}`)).text());
    expect(answers.sort()).toEqual(['first', 'first', 'second', 'second']);
  });

  it('passes bodies larger than its memory buffers both ways (its temporary files are its own)', async () => {
    const body = 'x'.repeat(512 * 1024);
    const answer = await fetch(balancer.urlOf('pool', 'echo'), { method: 'POST', body });
    expect(answer.status).toBe(200);
    expect((await answer.text()).length).toBe(body.length);
  });

  it('passes a POST that an instance read but never answered to no other instance: the client gets 502', async () => {
    first.hangUp = true;
    second.hangUp = true;
    const before = first.received.length + second.received.length;
    const answer = await post('a write that may have been applied');
    expect(answer.status).toBe(502);
    // One instance saw it, once; nginx did not replay it on the other.
    expect(first.received.length + second.received.length - before).toBe(1);
    first.hangUp = false;
    second.hangUp = false;
  });

  it('passes a request to the other instance when one no longer accepts connections, and logs both tries', async () => {
    // After the 502 above, nginx rests that instance for its fail_timeout (2 s, counted in whole seconds).
    await new Promise((resolve) => setTimeout(resolve, 3100));
    await close(first);
    const answers: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const answer = await post(`after the stop ${i}`);
      expect(answer.status).toBe(200);
      answers.push(await answer.text());
    }
    expect(answers).toEqual(['second', 'second', 'second', 'second']);
    const failedOver = balancer.proxied().filter((request) => request.triedPorts.length === 2);
    expect(failedOver.length).toBeGreaterThanOrEqual(1);
    expect(failedOver[0]).toEqual({ pool: 'pool', triedPorts: [first.port, second.port], status: 200 });
  });

  it('fails, and does not skip, when nginx is not installed', async () => {
    await expect(startNginxBalancer([{ name: 'pool', ports: [second.port] }], '/nonexistent/nginx')).rejects.toThrow(
      "These tests need Debian's nginx at /nonexistent/nginx: apt-get install -y nginx (.ci/run installs it when missing).",
    );
  });
});
