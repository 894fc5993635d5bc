import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

/**
 * A TCP relay in front of a real Redis server, so that a test can take Redis away and give it back:
 * `cut()` drops every connection and refuses new ones, `silence()` keeps connections open but lets no
 * command through (Redis seems hung), `restore()` relays again on the same port.
 */
export class RedisRelay {
  private readonly sockets = new Set<Socket>();
  private server: Server | null = null;
  private silent = false;
  private port = 0;

  private constructor(private readonly target: URL) {}

  static async start(redisUrl: string): Promise<RedisRelay> {
    const relay = new RedisRelay(new URL(redisUrl));
    await relay.listen();
    return relay;
  }

  /** The relay's URL: the target's, with this relay's port. */
  get url(): string {
    const url = new URL(this.target);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  silence(): void {
    this.silent = true;
  }

  async restore(): Promise<void> {
    this.silent = false;
    if (!this.server) await this.listen();
  }

  async stop(): Promise<void> {
    await this.cut();
  }

  private async listen(): Promise<void> {
    const server = createServer((client) => this.relay(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  private relay(client: Socket): void {
    const upstream = connect(Number(this.target.port || 6379), this.target.hostname);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('error', () => undefined);
      socket.once('close', () => {
        this.sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk: Buffer) => {
      if (!this.silent) upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
  }
}
