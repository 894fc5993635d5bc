import { parsePageRequest, toConnection, type Connection } from '@wego/graphql-primitives';
import type { MemberRecord } from '../entities';
import type { MembershipContext } from '../context';
import type { MemberCriteria } from '../stores/member-store';

/** One page of the members matching `criteria`, as a MemberConnection. */
export async function memberPage(
  context: MembershipContext,
  criteria: MemberCriteria,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<MemberRecord>> {
  const page = parsePageRequest(args);
  const { rows, totalCount } = await context.members.page(criteria, page);
  for (const row of rows) context.loaders.memberById.prime(row.id, row);
  return toConnection(rows, page.size, totalCount, (member) => ({ sortKey: member.name, id: member.id }));
}
