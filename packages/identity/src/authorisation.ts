import { forbidden, unauthenticated } from '@wego/errors';
import type { Viewer } from './viewer';

/** Only the Secretariat administers: a caller without a token is unauthenticated, any other is forbidden. */
export function requireSecretariat(viewer: Viewer, action: string): asserts viewer is Extract<Viewer, { role: 'secretariat' }> {
  if (viewer.role === 'anonymous') throw unauthenticated(`Sign in to ${action}.`);
  if (viewer.role !== 'secretariat') throw forbidden(`Only the Secretariat may ${action}.`);
}
