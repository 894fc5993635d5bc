import { createHash } from 'node:crypto';

/** One key per operation document, operation name and variables, whether the answer was asked by GET or POST. */
export function answerKeyOf(queryHash: string, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): string {
  return createHash('sha256')
    .update(queryHash)
    .update('\0')
    .update(operationName ?? '')
    .update('\0')
    .update(JSON.stringify(variables ?? {}))
    .digest('base64url');
}
