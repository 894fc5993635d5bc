import type { Logger } from '@wego/logging';

/** How long membership gets to answer before governance goes on without it. */
export const MEMBERSHIP_TIMEOUT_MS = 3000;

const MEMBER_NAMES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Member { id name } } }`;

type MemberEntity = { id?: unknown; name?: unknown } | null;

interface EntitiesAnswer {
  data?: { _entities?: MemberEntity[] } | null;
}

/**
 * What governance asks the membership subgraph about members, over its public GraphQL API:
 * governance never reads membership's schema. When membership does not answer, the answer is
 * null and the caller goes on without it.
 */
export class MembershipDirectory {
  constructor(
    private readonly url: string,
    private readonly logger: Logger,
    private readonly timeoutMs = MEMBERSHIP_TIMEOUT_MS,
  ) {}

  /** The name of each member membership knows, in one request; null when membership did not answer. */
  async namesOf(memberIds: readonly string[], requestId: string): Promise<Map<string, string> | null> {
    const answer = await this.entities(memberIds, requestId);
    if (!answer) return null;
    const names = new Map<string, string>();
    for (const entity of answer) {
      if (entity && typeof entity.id === 'string' && typeof entity.name === 'string') names.set(entity.id, entity.name);
    }
    return names;
  }

  private async entities(memberIds: readonly string[], requestId: string): Promise<MemberEntity[] | null> {
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': requestId },
        body: JSON.stringify({
          query: MEMBER_NAMES,
          variables: { representations: memberIds.map((id) => ({ __typename: 'Member', id })) },
        }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (response.status !== 200) throw new Error(`membership answered HTTP ${response.status}`);
      const body = (await response.json()) as EntitiesAnswer;
      const entities = body.data?._entities;
      if (!Array.isArray(entities)) throw new Error('membership answered without _entities');
      return entities;
    } catch (error) {
      this.logger.warn('membership did not answer; member names are unavailable to this request', { requestId, url: this.url, error });
      return null;
    }
  }
}
