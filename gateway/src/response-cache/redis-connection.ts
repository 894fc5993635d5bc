import { connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';
import { encodeCommand, parseReply, RedisError, type RedisReply } from './redis-reply-parser';

export interface RedisConnectionEvents {
  /** The connection was lost or could not be made; it is tried again in the background. */
  onDown(error: unknown): void;
  /** The connection is ready (again): authenticated and on its database. */
  onUp(): void;
}

interface Pending {
  resolve(reply: RedisReply): void;
  reject(error: unknown): void;
}

const COMMAND_TIMEOUT_MS = 1000;
const CONNECT_TIMEOUT_MS = 2000;

/**
 * One connection to Redis, pipelined: commands are written as they come and their replies matched
 * in order. While it is not connected a command fails at once, so a request never waits for Redis;
 * a command unanswered within a second drops the connection (and everything pending on it), which
 * is then made again with a growing pause, at most two seconds.
 */
export class RedisConnection {
  private socket: Socket | null = null;
  private ready = false;
  private closed = false;
  private attempts = 0;
  private buffer: Buffer = Buffer.alloc(0);
  private readonly pending: Pending[] = [];
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: URL,
    private readonly events: RedisConnectionEvents,
  ) {}

  /** Connects once; resolves whether or not Redis answered (a failure is reported to onDown and retried). */
  async open(): Promise<void> {
    await new Promise<void>((resolve) => this.connect(resolve));
  }

  command(args: readonly (string | number)[]): Promise<RedisReply> {
    if (!this.ready || !this.socket) return Promise.reject(new Error('Redis is not connected'));
    return this.send(this.socket, args);
  }

  close(): void {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.drop(new Error('the Redis connection was closed'));
  }

  private send(socket: Socket, args: readonly (string | number)[]): Promise<RedisReply> {
    return new Promise<RedisReply>((resolve, reject) => {
      const timer = setTimeout(() => this.lost(new Error(`Redis did not answer ${String(args[0])} within ${COMMAND_TIMEOUT_MS} ms`)), COMMAND_TIMEOUT_MS);
      this.pending.push({
        resolve: (reply) => {
          clearTimeout(timer);
          if (reply instanceof RedisError) reject(reply);
          else resolve(reply);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      socket.write(encodeCommand(args));
    });
  }

  private connect(settled: () => void = () => undefined): void {
    const port = Number(this.url.port || 6379);
    const host = this.url.hostname.replace(/^\[|\]$/g, '');
    const socket = this.url.protocol === 'rediss:' ? connectTls({ host, port, servername: host }) : connectTcp({ host, port });
    this.socket = socket;
    this.buffer = Buffer.alloc(0);
    socket.setNoDelay(true);
    socket.setTimeout(CONNECT_TIMEOUT_MS, () => socket.destroy(new Error(`Redis did not accept a connection within ${CONNECT_TIMEOUT_MS} ms`)));
    socket.once(this.url.protocol === 'rediss:' ? 'secureConnect' : 'connect', () => {
      socket.setTimeout(0);
      this.handshake(socket).then(
        () => {
          this.attempts = 0;
          this.ready = true;
          this.events.onUp();
          settled();
        },
        (error: unknown) => {
          socket.destroy(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
    socket.on('data', (chunk: Buffer) => this.received(chunk));
    socket.on('error', () => undefined);
    socket.once('close', () => {
      if (this.socket !== socket) return;
      this.lost(new Error('the connection to Redis closed'));
      settled();
    });
  }

  private async handshake(socket: Socket): Promise<void> {
    const password = decodeURIComponent(this.url.password);
    const username = decodeURIComponent(this.url.username);
    if (password) await this.send(socket, username ? ['AUTH', username, password] : ['AUTH', password]);
    const database = this.url.pathname.replace(/^\//, '');
    if (database) await this.send(socket, ['SELECT', database]);
  }

  private received(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    let offset = 0;
    for (;;) {
      let parsed: ReturnType<typeof parseReply>;
      try {
        parsed = parseReply(this.buffer, offset);
      } catch (error) {
        this.lost(error);
        return;
      }
      if (!parsed) break;
      offset = parsed.next;
      this.pending.shift()?.resolve(parsed.reply);
    }
    this.buffer = offset === this.buffer.length ? Buffer.alloc(0) : this.buffer.subarray(offset);
  }

  private lost(error: unknown): void {
    const wasUsable = this.socket !== null;
    this.drop(error);
    if (!wasUsable) return;
    this.events.onDown(error);
    if (this.closed) return;
    this.attempts += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (!this.closed) this.connect();
    }, Math.min(this.attempts * 200, 2000));
    this.reconnectTimer.unref();
  }

  private drop(error: unknown): void {
    this.ready = false;
    const socket = this.socket;
    this.socket = null;
    socket?.destroy();
    for (const waiting of this.pending.splice(0)) waiting.reject(error);
  }
}
