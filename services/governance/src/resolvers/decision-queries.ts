import type { GovernanceContext } from '../context';
import { parseDecisionFilter, type DecisionFilterInput } from './decision-filter-input';
import { decisionPage } from './decision-page';

/** The public reads of decisions (G13). */
export const DecisionQueries = {
  decision: (_: unknown, args: { id: string }, context: GovernanceContext) => context.loaders.decisionById.load(args.id),

  decisions(_: unknown, args: { filter?: DecisionFilterInput | null; first?: number | null; after?: string | null }, context: GovernanceContext) {
    return decisionPage(context, parseDecisionFilter(args.filter), args);
  },
};
