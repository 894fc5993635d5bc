import type { Mandate as MandateView } from '../domain/mandate';
import type { MandateResolvers } from '../generated/schema-types';
import { memberReference } from './member-reference';

/** A mandate as resolvers receive it: recorded ones carry what G10 keeps of an appointment; derived ones (EVP) carry none of it. */
type MandateRead = MandateView & { revoked?: boolean; appointedByMemberId?: string | null };

export const Mandate = {
  __resolveReference: (reference, context) => context.loaders.mandateById.load(reference.id),

  member: (mandate) => memberReference(mandate.memberId),

  revoked: (mandate: MandateRead) => mandate.revoked === true,

  appointedBy: (mandate: MandateRead) => (mandate.appointedByMemberId ? memberReference(mandate.appointedByMemberId) : null),
} satisfies MandateResolvers;
