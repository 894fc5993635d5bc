import { forbidden } from '@wego/errors';
import { parsePageRequest } from '@wego/graphql-primitives';
import { isSecretariat } from '@wego/identity';
import type { RefusedAttemptRecord } from './refusal-log';
import type { RefusalContext } from './refusal-recorder';

/** The most recent refused attempts of a subgraph, newest first; the Secretariat's alone, like the audit trail. */
export function latestRefusedAttempts(context: RefusalContext, args: { first?: number | null }): Promise<RefusedAttemptRecord[]> {
  if (!isSecretariat(context.actor.viewer)) throw forbidden('Only the Secretariat may read the refused attempts.');
  const { size } = parsePageRequest({ first: args.first });
  return context.refusals.log.latest(context.refusals.dataSource, size);
}
