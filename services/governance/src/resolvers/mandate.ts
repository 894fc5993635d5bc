import type { GovernanceContext } from '../context';
import type { Mandate as MandateView } from '../domain/mandate';
import { memberReference } from './member-reference';

export const Mandate = {
  __resolveReference: (reference: { id: string }, context: GovernanceContext) => context.loaders.mandateById.load(reference.id),

  member: (mandate: MandateView) => memberReference(mandate.memberId),
};
