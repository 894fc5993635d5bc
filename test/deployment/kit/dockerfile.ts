/** One instruction of a Dockerfile: its keyword (upper case) and its arguments, continuation lines joined. */
export interface DockerInstruction {
  keyword: string;
  arguments: string;
}

export interface DockerStage {
  name: string | null;
  base: string;
  instructions: DockerInstruction[];
}

/** The stages of a Dockerfile, in order; an instruction before the first FROM (other than ARG) is refused. */
export function parseDockerfile(text: string): DockerStage[] {
  const logicalLines: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (pending === '' && (line === '' || line.startsWith('#'))) continue;
    if (line.startsWith('#')) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    logicalLines.push(`${pending}${line}`.trim());
    pending = '';
  }
  if (pending !== '') throw new Error('Dockerfile: the last instruction continues past the end of the file');
  const stages: DockerStage[] = [];
  for (const line of logicalLines) {
    const space = line.search(/\s/);
    const keyword = (space === -1 ? line : line.slice(0, space)).toUpperCase();
    const args = space === -1 ? '' : line.slice(space + 1).trim();
    if (keyword === 'FROM') {
      const match = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!match) throw new Error(`Dockerfile: cannot read "FROM ${args}"`);
      stages.push({ base: match[1]!, name: match[2] ?? null, instructions: [] });
    } else if (stages.length === 0) {
      if (keyword !== 'ARG') throw new Error(`Dockerfile: ${keyword} before the first FROM`);
    } else {
      stages[stages.length - 1]!.instructions.push({ keyword, arguments: args });
    }
  }
  return stages;
}

/** The exec form of CMD or ENTRYPOINT (`["node", "gateway/dist/main.js"]`); the shell form is refused. */
export function execForm(instruction: DockerInstruction): string[] {
  const parsed = JSON.parse(instruction.arguments) as unknown;
  if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) {
    throw new Error(`${instruction.keyword} must be in exec form, a JSON array of strings`);
  }
  return parsed;
}
