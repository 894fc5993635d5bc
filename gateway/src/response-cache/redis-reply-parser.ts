/** A reply of the Redis protocol (RESP2): a string, an integer, null, an error, or an array of those. */
export type RedisReply = string | number | null | RedisError | RedisReply[];

/** An error reply (`-ERR …`): the command failed, the connection is fine. */
export class RedisError extends Error {
  override name = 'RedisError';
}

const CRLF = 0x0d;

/**
 * Reads one reply from `buffer` at `offset`; null when the reply has not fully arrived yet.
 * Bulk strings are counted in bytes, so a reply cut inside a multi-byte character waits for the rest.
 */
export function parseReply(buffer: Buffer, offset: number): { reply: RedisReply; next: number } | null {
  if (offset >= buffer.length) return null;
  const lineEnd = buffer.indexOf(CRLF, offset);
  if (lineEnd === -1 || lineEnd + 1 >= buffer.length) return null;
  const type = String.fromCharCode(buffer[offset]!);
  const line = buffer.toString('utf8', offset + 1, lineEnd);
  const afterLine = lineEnd + 2;
  switch (type) {
    case '+':
      return { reply: line, next: afterLine };
    case '-':
      return { reply: new RedisError(line), next: afterLine };
    case ':':
      return { reply: Number(line), next: afterLine };
    case '$': {
      const length = Number(line);
      if (length < 0) return { reply: null, next: afterLine };
      if (afterLine + length + 2 > buffer.length) return null;
      return { reply: buffer.toString('utf8', afterLine, afterLine + length), next: afterLine + length + 2 };
    }
    case '*': {
      const count = Number(line);
      if (count < 0) return { reply: null, next: afterLine };
      const items: RedisReply[] = [];
      let next = afterLine;
      for (let index = 0; index < count; index += 1) {
        const item = parseReply(buffer, next);
        if (!item) return null;
        items.push(item.reply);
        next = item.next;
      }
      return { reply: items, next };
    }
    default:
      throw new Error(`Redis sent a reply of unknown type ${JSON.stringify(type)}`);
  }
}

/** One command as the protocol writes it: an array of bulk strings. */
export function encodeCommand(args: readonly (string | number)[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const arg of args) {
    const bytes = Buffer.from(String(arg), 'utf8');
    parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from('\r\n'));
  }
  return Buffer.concat(parts);
}
