import type { MutationResolvers } from '../generated/schema-types';
import { parseCountryCodeList } from './country-code-list';

export const coverageMutations = {
  async setOfficeCoverage(_, args, context) {
    const office = await context.coverage.setCoverage(context.actor, args.officeId, parseCountryCodeList('countryCodes', args.countryCodes));
    context.loaders.forgetCoverage();
    return office;
  },
} satisfies MutationResolvers;
