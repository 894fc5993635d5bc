import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { recordingRefusals } from '@wego/audit';
import { DateScalar } from '@wego/graphql-primitives';
import { replayingRetries } from '@wego/idempotency';
import type { Resolvers } from '../generated/schema-types';
import { Candidacy } from './candidacy';
import { Charter } from './charter';
import { Decision } from './decision';
import { DecisionMutations } from './decision-mutations';
import { DecisionQueries } from './decision-queries';
import { Mandate } from './mandate';
import { Meeting } from './meeting';
import { Member } from './member';
import { Mutation } from './mutation';
import { Nomination } from './nomination';
import { Query } from './query';

/** Every resolver of the subgraph, typed from its schema. */
const typedResolvers: Resolvers = {
  Date: DateScalar,
  Query: { ...Query, ...DecisionQueries },
  Mutation: recordingRefusals(replayingRetries({ ...Mutation, ...DecisionMutations })),
  Meeting,
  Candidacy,
  Charter,
  Mandate,
  Member,
  Nomination,
  Decision,
};

/** The map as Apollo's subgraph schema takes it: its type knows neither reference resolvers nor a context of ours. */
export const resolvers = typedResolvers as GraphQLResolverMap<unknown>;
