import { notFound } from '@wego/errors';
import type { OnBehalfOf } from './entities-request';
import type { MemberFacts, MembershipDirectory } from './membership-directory';

/** Membership's truth about members a write names, each of which must exist (NOT_FOUND otherwise). */
export async function knownMembers(directory: MembershipDirectory, memberIds: readonly string[], onBehalfOf: OnBehalfOf): Promise<MemberFacts[]> {
  if (memberIds.length === 0) return [];
  const facts = await directory.factsOf(memberIds, onBehalfOf);
  return memberIds.map((id) => {
    const member = facts.get(id);
    if (!member) throw notFound(`No member has the id ${id}.`);
    return member;
  });
}

/** Membership's truth about one member a write names. */
export async function knownMember(directory: MembershipDirectory, memberId: string, onBehalfOf: OnBehalfOf): Promise<MemberFacts> {
  const [member] = await knownMembers(directory, [memberId], onBehalfOf);
  return member!;
}
