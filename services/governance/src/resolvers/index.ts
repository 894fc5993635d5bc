import { recordingRefusals } from '@wego/audit';
import { DateScalar } from '@wego/graphql-primitives';
import { replayingRetries } from '@wego/idempotency';
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

export const resolvers = {
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
