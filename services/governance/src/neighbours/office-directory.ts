import { unavailable } from '@wego/errors';
import type { Logger } from '@wego/server';
import { NEIGHBOUR_TIMEOUT_MS, requestEntities, type Neighbour, type OnBehalfOf } from './entities-request';

/** Which office serves a member (O3), asked of regional-offices over its public federation API. */
export class OfficeDirectory {
  constructor(
    private readonly regionalOffices: Neighbour,
    private readonly logger: Logger,
    private readonly timeoutMs = NEIGHBOUR_TIMEOUT_MS,
  ) {}

  /** The id of the office serving a member of this country; UNAVAILABLE when regional-offices does not answer. */
  async servingOfficeOf(member: { id: string; countryCode: string }, onBehalfOf: OnBehalfOf): Promise<string> {
    let officeId: unknown;
    try {
      const [entity] = await requestEntities(
        this.regionalOffices,
        '... on Member { office { id } }',
        [{ __typename: 'Member', id: member.id, countryCode: member.countryCode }],
        onBehalfOf,
        this.timeoutMs,
      );
      officeId = (entity?.office as { id?: unknown } | null | undefined)?.id;
      if (typeof officeId !== 'string') throw new Error('answered without the serving office');
      return officeId;
    } catch (error) {
      this.logger.warn('regional-offices did not answer; a write that needs a serving office was refused', { requestId: onBehalfOf.requestId, url: this.regionalOffices.url, error });
      throw unavailable('Regional offices cannot confirm which office serves the member at the moment; nothing was recorded. Please try again shortly.');
    }
  }
}
