import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonLines, lineFormatFor, readableLines } from '../src/log-lines';
import { processOutput } from '../src/process-output';
import { startNodeProcess } from '../src/processes';

const WARNING = JSON.stringify({
  level: 'warn',
  time: '2026-11-27T09:15:02.345Z',
  process: 'governance',
  requestId: 'req-7',
  error: { type: 'Error', message: 'connect ECONNREFUSED', stack: 'Error: connect ECONNREFUSED\n    at connect (net.js:1:1)' },
  message: 'membership did not answer; member names are unavailable to this request',
});

/** A stream that keeps what is written to it, a terminal or not. */
function capture(isTTY: boolean): { isTTY: boolean; text: string; write(text: string): boolean } {
  return {
    isTTY,
    text: '',
    write(text: string) {
      this.text += text;
      return true;
    },
  };
}

describe('a log line on a terminal', () => {
  const format = readableLines({ colour: false });

  it('reads as the process name, the time, the level and the message, then the fields, every line under the name', () => {
    const text = format('governance', WARNING, 'error');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\[governance\] \[\d\d:\d\d:\d\d\.\d{3}\] WARN: membership did not answer; member names are unavailable to this request$/);
    for (const line of lines) expect(line.startsWith('[governance] ')).toBe(true);
    expect(text).toContain('requestId: "req-7"');
    expect(text).toContain('at connect (net.js:1:1)');
    expect(text).not.toContain('{"level"');
    expect(text).not.toContain('process');
  });

  it('is coloured unless colour is turned off', () => {
    expect(readableLines({ colour: true })('gateway', WARNING, 'error')).toContain('\u001b[');
    expect(format('gateway', WARNING, 'error')).not.toContain('\u001b[');
  });

  it('is a line that is not JSON, under the name', () => {
    expect(format('membership setup', 'Error: Cannot find module', 'error')).toBe('[membership setup] Error: Cannot find module\n');
  });
});

describe('a log line elsewhere than a terminal', () => {
  it('is the JSON line the process wrote', () => {
    expect(jsonLines('governance', WARNING, 'error')).toBe(`${WARNING}\n`);
  });

  it('is made JSON when the process printed plain text, with the process name and the level of its stream', () => {
    const line = JSON.parse(jsonLines('gateway', 'Error: Cannot find module', 'error')) as Record<string, unknown>;
    expect(line).toEqual({ time: expect.any(String), level: 'error', process: 'gateway', message: 'Error: Cannot find module' });
  });
});

describe('the format of an output stream', () => {
  it('is readable on a terminal and JSON otherwise', () => {
    expect(lineFormatFor({ write: () => true, isTTY: true }, { colour: false })('governance', WARNING, 'error')).toMatch(/^\[governance\] .* WARN: /);
    expect(lineFormatFor({ write: () => true, isTTY: false }, { colour: false })('governance', WARNING, 'error')).toBe(`${WARNING}\n`);
    expect(lineFormatFor({ write: () => true }, { colour: false })('governance', WARNING, 'error')).toBe(`${WARNING}\n`);
  });
});

describe('the lines a started process prints', () => {
  let folder: string;
  let script: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'local-stack-logs-'));
    script = join(folder, 'prints.js');
    // The JSON line arrives in two pieces, as a pipe may deliver it.
    const half = Math.floor(WARNING.length / 2);
    writeFileSync(
      script,
      [
        `process.stdout.write('listening\\n');`,
        `process.stderr.write(${JSON.stringify(WARNING.slice(0, half))});`,
        `setTimeout(() => process.stderr.write(${JSON.stringify(WARNING.slice(half) + '\n')} + 'plain text\\n'), 50);`,
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('are readable when the output is a terminal', async () => {
    const stdout = capture(true);
    const stderr = capture(true);
    expect(await startNodeProcess('governance', script, {}, processOutput(stdout, stderr, { colour: false })).exited).toBe(0);
    expect(stdout.text).toBe('[governance] listening\n');
    expect(stderr.text).toMatch(/^\[governance\] \[[\d:.]+\] WARN: membership did not answer/);
    expect(stderr.text).toContain('[governance]     requestId: "req-7"\n');
    expect(stderr.text.endsWith('[governance] plain text\n')).toBe(true);
  });

  it('are JSON lines, whole, when the output is not a terminal', async () => {
    const stdout = capture(false);
    const stderr = capture(false);
    expect(await startNodeProcess('governance', script, {}, processOutput(stdout, stderr, { colour: false })).exited).toBe(0);
    const lines = stderr.text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([JSON.parse(WARNING), { time: expect.any(String), level: 'error', process: 'governance', message: 'plain text' }]);
    expect(JSON.parse(stdout.text)).toEqual(expect.objectContaining({ level: 'info', process: 'governance', message: 'listening' }));
  });
});
