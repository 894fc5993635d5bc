import { recordingRefusals } from '@wego/audit';
import { coverageMutations } from './coverage-mutations';
import { Member } from './member';
import { Office } from './office';
import { Query } from './query';

export const resolvers = {
  Query,
  Mutation: recordingRefusals(coverageMutations),
  Office,
  Member,
};
