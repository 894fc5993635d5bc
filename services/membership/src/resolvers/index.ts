import { recordingRefusals } from '@wego/audit';
import { DateScalar } from '@wego/graphql-primitives';
import { replayingRetries } from '@wego/idempotency';
import { feeMutations } from './fee-mutations';
import { Member } from './member';
import { memberMutations } from './member-mutations';
import { Office } from './office';
import { Query } from './query';

export const resolvers = {
  Date: DateScalar,
  Query,
  Mutation: recordingRefusals(replayingRetries({ ...memberMutations, ...feeMutations })),
  Member,
  Office,
};
