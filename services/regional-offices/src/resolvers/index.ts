import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { recordingRefusals } from '@wego/audit';
import { replayingRetries } from '@wego/idempotency';
import type { Resolvers } from '../generated/schema-types';
import { coverageMutations } from './coverage-mutations';
import { Member } from './member';
import { Office } from './office';
import { Query } from './query';

/** Every resolver of the subgraph, typed from its schema. */
const typedResolvers: Resolvers = {
  Query,
  Mutation: recordingRefusals(replayingRetries(coverageMutations)),
  Office,
  Member,
};

/** The map as Apollo's subgraph schema takes it: its type knows neither reference resolvers nor a context of ours. */
export const resolvers = typedResolvers as GraphQLResolverMap<unknown>;
