import { lineFormatFor, type LineFormat, type OutputStream, type PlainLineLevel } from './log-lines';

/** One output stream of `pnpm start` with the way its lines are written. */
export class OutputSink {
  constructor(
    private readonly stream: OutputStream,
    private readonly format: LineFormat,
  ) {}

  /** Writes one line printed by process `name` (or said by `pnpm start` about it). */
  line(name: string, line: string, plainLevel: PlainLineLevel): void {
    if (line.trim() === '') return;
    this.stream.write(this.format(name, line, plainLevel));
  }
}

/** Where the processes' standard output and standard error lines go. */
export interface ProcessOutput {
  stdout: OutputSink;
  stderr: OutputSink;
}

/** Each stream readable when it is a terminal, JSON otherwise. */
export function processOutput(stdout: OutputStream, stderr: OutputStream, options: { colour: boolean }): ProcessOutput {
  return { stdout: new OutputSink(stdout, lineFormatFor(stdout, options)), stderr: new OutputSink(stderr, lineFormatFor(stderr, options)) };
}
