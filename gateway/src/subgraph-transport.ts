import * as http from 'node:http';
import * as https from 'node:https';

// One pool of kept-alive connections per protocol, shared by every subgraph: a call reuses an idle connection to its subgraph.
const CONNECTION_POOLS = {
  'http:': new http.Agent({ keepAlive: true, scheduling: 'lifo' }),
  'https:': new https.Agent({ keepAlive: true, scheduling: 'lifo' }),
};

/** A subgraph's answer, read whole: what the data source reads of a fetch Response, without a stream per body. */
class SubgraphAnswer {
  readonly ok: boolean;
  readonly headers: Headers;
  readonly bodyUsed = false;

  constructor(
    readonly status: number,
    readonly statusText: string,
    raw: http.IncomingMessage['headers'],
    private readonly body: Buffer,
    readonly url: string,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new Headers();
    for (const [name, value] of Object.entries(raw)) if (value !== undefined) this.headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }

  async text(): Promise<string> {
    return this.body.toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body.toString('utf8')) as unknown;
  }
}

/** `fetch`'s contract over node:http: the built-in fetch's streaming cost more than the calls themselves (bench:compare). */
export const subgraphTransport: typeof fetch = (input, init = {}) =>
  new Promise<Response>((resolve, reject) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const protocol = url.protocol === 'https:' ? 'https:' : 'http:';
    const send = protocol === 'https:' ? https.request : http.request;
    const headers = Object.fromEntries(new Headers(init.headers));
    const request = send(url, { method: init.method ?? 'GET', headers, agent: CONNECTION_POOLS[protocol], signal: init.signal ?? undefined }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        resolve(new SubgraphAnswer(response.statusCode ?? 0, response.statusMessage ?? '', response.headers, Buffer.concat(chunks), url.href) as unknown as Response);
      });
    });
    request.on('error', reject);
    request.end(typeof init.body === 'string' ? init.body : undefined);
  });
