import { testTokens } from '@wego/testing';

/** Every kind of caller the graph knows (README, Tokens), relative to the member a request concerns. */
export const ROLES = [
  'anonymous',
  'member (its own id)',
  'member (another id)',
  'President City',
  'office staff (serving office)',
  'office staff (another office)',
  'office staff (secretariat office id)',
  'secretariat',
] as const;

export type Role = (typeof ROLES)[number];

/** Who a role is, once the member concerned and the sitting President are known. */
export interface Caller {
  role: Role;
  token: string | undefined;
  memberId?: string;
  officeId?: string;
}

/** The member a request concerns, and the office that serves it (O3). */
export interface Subject {
  memberId: string;
  servingOfficeId: string;
}

export interface World {
  presidentId: string;
  /** Any member other than the one given. */
  anotherMemberThan(memberId: string): string;
}

const REGIONAL_OFFICES = ['east-asia', 'eurasia', 'mediterranean', 'latin-america'];

export async function callerOf(role: Role, subject: Subject, world: World): Promise<Caller> {
  switch (role) {
    case 'anonymous':
      return { role, token: undefined };
    case 'member (its own id)':
      return { role, token: await testTokens.member(subject.memberId), memberId: subject.memberId };
    case 'member (another id)': {
      const memberId = world.anotherMemberThan(subject.memberId);
      return { role, token: await testTokens.member(memberId), memberId };
    }
    case 'President City':
      return { role, token: await testTokens.member(world.presidentId), memberId: world.presidentId };
    case 'office staff (serving office)':
      return { role, token: await testTokens.office(subject.servingOfficeId), officeId: subject.servingOfficeId };
    case 'office staff (another office)': {
      const officeId = REGIONAL_OFFICES.find((office) => office !== subject.servingOfficeId)!;
      return { role, token: await testTokens.office(officeId), officeId };
    }
    case 'office staff (secretariat office id)':
      return { role, token: await testTokens.office('secretariat'), officeId: 'secretariat' };
    case 'secretariat':
      return { role, token: await testTokens.secretariat() };
  }
}

/** What a mutation must meet from a caller (README, "Tokens": who reads and writes what, and G10). */
export type MutationVerdict = { accepted: true } | { accepted: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CHARTER_VIOLATION'; rule?: string };

export function mutationVerdict(mutation: string, caller: Caller): MutationVerdict {
  if (caller.role === 'secretariat') return { accepted: true };
  if (caller.role === 'anonymous') return { accepted: false, code: 'UNAUTHENTICATED' };
  if ((mutation === 'appointVicePresident' || mutation === 'revokeAppointment') && caller.memberId !== undefined) {
    // The President City appoints, and revokes its own appointments; any other member is refused by the rule, not by its role.
    return caller.role === 'President City' ? { accepted: true } : { accepted: false, code: 'CHARTER_VIOLATION', rule: 'G10' };
  }
  return { accepted: false, code: 'FORBIDDEN' };
}

/** Fees: the Secretariat, the member itself, the staff of the office that serves it. */
export function mayReadFees(caller: Caller, subject: Subject): boolean {
  return caller.role === 'secretariat' || caller.memberId === subject.memberId || caller.officeId === subject.servingOfficeId;
}

/** Audit trails and refused attempts: the Secretariat alone. */
export function mayReadRecords(caller: Caller): boolean {
  return caller.role === 'secretariat';
}
