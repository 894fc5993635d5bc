import type { Viewer } from './viewer';

/** What a token of this graph claims about its holder (README, "Tokens"). */
export type TokenClaims =
  | { sub: string; role: 'secretariat' }
  | { sub: string; role: 'office'; officeId: string }
  | { sub: string; role: 'member'; memberId: string };

/** The viewer verified claims name; null when they name no role this graph knows. */
export function viewerFromClaims(payload: Record<string, unknown>): Viewer | null {
  const subject = payload.sub;
  if (typeof subject !== 'string' || subject.length === 0) return null;
  switch (payload.role) {
    case 'secretariat':
      return { role: 'secretariat', subject };
    case 'office':
      return typeof payload.officeId === 'string' && payload.officeId ? { role: 'office', subject, officeId: payload.officeId } : null;
    case 'member':
      return typeof payload.memberId === 'string' && payload.memberId ? { role: 'member', subject, memberId: payload.memberId } : null;
    default:
      return null;
  }
}
