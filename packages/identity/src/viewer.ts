/** The verified caller of one request (README, "Tokens"). */
export type Viewer =
  | { role: 'anonymous' }
  | { role: 'secretariat'; subject: string }
  | { role: 'office'; subject: string; officeId: string }
  | { role: 'member'; subject: string; memberId: string };

export type Role = Viewer['role'];

export const ANONYMOUS: Viewer = { role: 'anonymous' };

export function isSecretariat(viewer: Viewer): viewer is Extract<Viewer, { role: 'secretariat' }> {
  return viewer.role === 'secretariat';
}
