import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { recordingRefusals } from '@wego/audit';
import { DateScalar } from '@wego/graphql-primitives';
import { replayingRetries } from '@wego/idempotency';
import type { Resolvers } from '../generated/schema-types';
import { feeMutations } from './fee-mutations';
import { Member } from './member';
import { memberMutations } from './member-mutations';
import { Office } from './office';
import { Query } from './query';

/** Every resolver of the subgraph, typed from its schema. */
const typedResolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation: recordingRefusals(replayingRetries({ ...memberMutations, ...feeMutations })),
  Member,
  Office,
};

/** The map as Apollo's subgraph schema takes it: its type knows neither reference resolvers nor a context of ours. */
export const resolvers = typedResolvers as GraphQLResolverMap<unknown>;
