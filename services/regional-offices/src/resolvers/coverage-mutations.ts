import type { RegionalOfficesContext } from '../context';
import { parseCountryCodeList } from './country-code-list';

export const coverageMutations = {
  async setOfficeCoverage(_: unknown, args: { officeId: string; countryCodes: string[] }, context: RegionalOfficesContext) {
    const office = await context.coverage.setCoverage(context.actor, args.officeId, parseCountryCodeList('countryCodes', args.countryCodes));
    context.loaders.forgetCoverage();
    return office;
  },
};
