import { parsePageRequest, toConnection, type Connection, type PageRequest } from '@wego/graphql-primitives';
import type { MemberRecord } from '../entities';
import type { MembershipContext } from '../context';
import type { QueryMembersArgs } from '../generated/schema-types';
import type { MemberPage } from '../stores/member-store';

/** One page of members as a MemberConnection; `fetch` reads it for the page `first`/`after` ask for. */
export async function memberPage(
  context: MembershipContext,
  args: Pick<QueryMembersArgs, 'first' | 'after'>,
  fetch: (page: PageRequest) => Promise<MemberPage>,
): Promise<Connection<MemberRecord>> {
  const page = parsePageRequest(args);
  const { rows, totalCount } = await fetch(page);
  for (const row of rows) context.loaders.memberById.prime(row.id, row);
  return toConnection(rows, page.size, totalCount, (member) => ({ sortKey: member.name, id: member.id }));
}
