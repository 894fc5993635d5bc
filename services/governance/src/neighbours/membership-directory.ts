import { unavailable } from '@wego/errors';
import type { Logger } from '@wego/server';
import { NEIGHBOUR_TIMEOUT_MS, requestEntities, type Neighbour, type OnBehalfOf } from './entities-request';

/** What governance's rules need to know of a member, as membership answers at the moment of a write. */
export interface MemberFacts {
  id: string;
  category: string;
  status: string;
  countryCode: string;
  /** The day it joined WeGO: it hosts or stands for nothing dated before (G1, G4, G5). */
  joinedOn: string;
  /** Null when membership would not tell this caller. */
  feesFullyPaid: boolean | null;
}

const FACTS = '... on Member { id category status countryCode joinedOn feesFullyPaid }';

function factsOf(entity: Record<string, unknown> | null): MemberFacts | null {
  if (!entity || typeof entity.id !== 'string') return null;
  const { id, category, status, countryCode, joinedOn, feesFullyPaid } = entity;
  if (typeof category !== 'string' || typeof status !== 'string' || typeof countryCode !== 'string' || typeof joinedOn !== 'string') return null;
  return { id, category, status, countryCode, joinedOn, feesFullyPaid: typeof feesFullyPaid === 'boolean' ? feesFullyPaid : null };
}

/** Governance asks over membership's public API and never reads its database schema. */
export class MembershipDirectory {
  constructor(
    private readonly membership: Neighbour,
    private readonly logger: Logger,
    private readonly timeoutMs = NEIGHBOUR_TIMEOUT_MS,
  ) {}

  /** The name of each member membership knows, in one request; null when membership did not answer, and reads go on without names. */
  async namesOf(memberIds: readonly string[], requestId: string): Promise<Map<string, string> | null> {
    try {
      const entities = await requestEntities(this.membership, '... on Member { id name }', this.representations(memberIds), { requestId, authorization: undefined }, this.timeoutMs);
      const names = new Map<string, string>();
      for (const entity of entities) {
        if (entity && typeof entity.id === 'string' && typeof entity.name === 'string') names.set(entity.id, entity.name);
      }
      return names;
    } catch (error) {
      this.logger.warn('membership did not answer; member names are unavailable to this request', { requestId, url: this.membership.url, error });
      return null;
    }
  }

  /** A write cannot go on without this: when membership does not answer it is refused as UNAVAILABLE (retryable). */
  async factsOf(memberIds: readonly string[], onBehalfOf: OnBehalfOf): Promise<Map<string, MemberFacts | null>> {
    try {
      const entities = await requestEntities(this.membership, FACTS, this.representations(memberIds), onBehalfOf, this.timeoutMs);
      return new Map(memberIds.map((id, index) => [id, factsOf(entities[index] ?? null)]));
    } catch (error) {
      this.logger.warn('membership did not answer; a write that needs its members was refused', { requestId: onBehalfOf.requestId, url: this.membership.url, error });
      throw unavailable('Membership cannot confirm the members concerned at the moment; nothing was recorded. Please try again shortly.');
    }
  }

  private representations(memberIds: readonly string[]): Record<string, unknown>[] {
    return memberIds.map((id) => ({ __typename: 'Member', id }));
  }
}
