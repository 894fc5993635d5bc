import type { MemberFacts } from '../neighbours/membership-directory';
import type { CandidacyPosition } from './positions';

/** G4 and G9 ask for good standing (M5: FULL, ACTIVE, fees paid); G5 for FULL and ACTIVE only. */
export function goodStandingShortfall(member: MemberFacts): string | null {
  return activeFullMemberShortfall(member) ?? (member.feesFullyPaid === true ? null : 'its membership fees are not fully paid');
}

export function activeFullMemberShortfall(member: MemberFacts): string | null {
  if (member.category !== 'FULL') return `it is an ${member.category.toLowerCase()} member, not a full member (a city or other local government)`;
  if (member.status !== 'ACTIVE') return `its membership is ${member.status.toLowerCase()}`;
  return null;
}

/** What a position asks of its candidate, at the candidacy and again at the election: G4 good standing for President, G5 a full, active member for the Committee. */
export function eligibilityShortfall(position: CandidacyPosition, member: MemberFacts): string | null {
  return position === 'PRESIDENT' ? goodStandingShortfall(member) : activeFullMemberShortfall(member);
}
