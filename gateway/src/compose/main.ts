import { writeFileSync } from 'node:fs';
import { SUBGRAPHS, SUPERGRAPH_PATH } from '../subgraphs';
import { composeSupergraph } from './compose-supergraph';

/** `pnpm compose`: writes the committed supergraph.graphql from the subgraphs' SDL files. */
function main(): void {
  const { supergraphSdl, hints } = composeSupergraph(SUBGRAPHS);
  for (const hint of hints) process.stderr.write(`hint: ${hint}\n`);
  writeFileSync(SUPERGRAPH_PATH, supergraphSdl);
  process.stdout.write(`wrote ${SUPERGRAPH_PATH}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
