import type { QueryResolvers } from '../generated/schema-types';
import { parseDecisionFilter } from './decision-filter-input';
import { decisionPage } from './decision-page';

/** The public reads of decisions (G13). */
export const DecisionQueries = {
  decision: (_, args, context) => context.loaders.decisionById.load(args.id),

  decisions: (_, args, context) => decisionPage(context, parseDecisionFilter(args.filter), args),
} satisfies QueryResolvers;
