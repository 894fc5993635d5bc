import { prettyFactory } from 'pino-pretty';

/** Where `pnpm start` writes: a terminal or a pipe, a file, a log collector. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** The level given to a line a process printed that is not one of its JSON log lines. */
export type PlainLineLevel = 'info' | 'error';

/** Turns one line printed by process `name` into the text written out, ending in a newline. */
export type LineFormat = (name: string, line: string, plainLevel: PlainLineLevel) => string;

/** A person reads a terminal; anything else (a pipe, a file, a collector) reads JSON. */
export function lineFormatFor(stream: OutputStream, options: { colour: boolean }): LineFormat {
  return stream.isTTY === true ? readableLines(options) : jsonLines;
}

/** JSON lines: a log line as the process wrote it, any other line made one. */
export const jsonLines: LineFormat = (name, line, plainLevel) => {
  if (logLine(line)) return `${line.trim()}\n`;
  return `${JSON.stringify({ time: new Date().toISOString(), level: plainLevel, process: name, message: line })}\n`;
};

/** Lines for a person: `[name] time LEVEL: message`, then the fields, every line prefixed with the name. */
export function readableLines(options: { colour: boolean }): LineFormat {
  const prettify = prettyFactory({
    colorize: options.colour,
    messageKey: 'message',
    timestampKey: 'time',
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'process,pid,hostname',
  });
  return (name, line) => {
    const entry = logLine(line);
    const text = entry ? prettify(entry) : line;
    return text
      .split('\n')
      .filter((part) => part.trim() !== '')
      .map((part) => `[${name}] ${part}\n`)
      .join('');
  };
}

function logLine(line: string): Record<string, unknown> | null {
  if (!line.trimStart().startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(line);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const entry = parsed as Record<string, unknown>;
    return typeof entry.level === 'string' && typeof entry.message === 'string' ? entry : null;
  } catch {
    return null;
  }
}
