import { recordingRefusals } from '@wego/audit';
import { replayingRetries } from '@wego/idempotency';
import { coverageMutations } from './coverage-mutations';
import { Member } from './member';
import { Office } from './office';
import { Query } from './query';

export const resolvers = {
  Query,
  Mutation: recordingRefusals(replayingRetries(coverageMutations)),
  Office,
  Member,
};
