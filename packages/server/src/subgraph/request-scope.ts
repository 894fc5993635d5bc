import type { RequestIdentity } from './viewer-context';

/** What every subgraph's per-request context starts with: who asks, under which request id, and the guards its writes share. */
export function requestScope<Guards extends object>({ viewer, requestId }: RequestIdentity, guards: Guards) {
  return { viewer, requestId, actor: { viewer, requestId }, ...guards };
}
