import type { Viewer } from '@wego/identity';
import { mustRevoke, type RevocableMandate } from '../../src/domain/appointment-revocation';
import type { Mandate } from '../../src/domain/mandate';
import { day } from './dates';

const TODAY = day('2026-11-27');
const history: Mandate[] = [
  { id: 'president-2022', memberId: 'amsterdam', position: 'PRESIDENT', startsOn: day('2022-10-04'), endsOn: day('2025-09-30'), area: null },
  { id: 'president-2025', memberId: 'lisbon', position: 'PRESIDENT', startsOn: day('2025-10-01'), endsOn: day('2028-09-30'), area: null },
];
const appointment = (more: Partial<RevocableMandate> = {}): RevocableMandate => ({
  id: 'vp',
  position: 'VICE_PRESIDENT',
  startsOn: day('2027-01-10'),
  appointedByMemberId: 'lisbon',
  revoked: false,
  ...more,
});
const secretariat: Viewer = { role: 'secretariat', subject: 'officer@seoul' };
const member = (memberId: string): Viewer => ({ role: 'member', subject: `member@${memberId}`, memberId });

function outcome(viewer: Viewer, mandate: RevocableMandate): unknown {
  try {
    return mustRevoke(viewer, mandate, history, TODAY);
  } catch (error) {
    const { extensions } = error as { extensions: Record<string, unknown> };
    return { code: extensions.code, rule: extensions.rule };
  }
}
const G10 = { code: 'CHARTER_VIOLATION', rule: 'G10' };

describe('G10 revoking an appointment', () => {
  it('revokes one not yet begun for the Secretariat and for the President City that made it, while President today', () => {
    expect(outcome(secretariat, appointment())).toBe(true);
    expect(outcome(member('lisbon'), appointment())).toBe(true);
  });

  it('answers a revoked one unchanged', () => {
    expect(outcome(secretariat, appointment({ revoked: true }))).toBe(false);
  });

  it('refuses under G10 one begun (today included), a mandate of another position, and a member that did not make it or is not President today', () => {
    expect(outcome(secretariat, appointment({ startsOn: TODAY }))).toEqual(G10);
    expect(outcome(secretariat, appointment({ position: 'EXECUTIVE_COMMITTEE_MEMBER', appointedByMemberId: null }))).toEqual(G10);
    expect(outcome(member('chengdu'), appointment())).toEqual(G10);
    expect(outcome(member('amsterdam'), appointment({ appointedByMemberId: 'amsterdam' }))).toEqual(G10);
  });

  it('is UNAUTHENTICATED without a viewer and FORBIDDEN to office staff', () => {
    expect(outcome({ role: 'anonymous' }, appointment())).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(outcome({ role: 'office', subject: 'staff@east-asia', officeId: 'east-asia' }, appointment())).toMatchObject({ code: 'FORBIDDEN' });
  });
});
