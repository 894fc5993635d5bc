import type { Viewer } from '@wego/identity';

/** Who asks for a change, and under which request id. */
export interface Actor {
  viewer: Viewer;
  requestId: string;
}

/** The name the audit trail and the refusal log both record for a viewer. */
export function actorNameOf(viewer: Viewer): string {
  return viewer.role === 'anonymous' ? 'anonymous' : viewer.subject;
}
