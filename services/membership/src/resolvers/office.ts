import type { MembershipContext } from '../context';
import { memberPage } from './member-page';

/** An office reference with the countries it serves, provided by regional-offices (@requires). */
export interface OfficeReference {
  id: string;
  servedCountries: { countryCodes: string[]; complement: boolean };
}

export const Office = {
  __resolveReference: (reference: OfficeReference) => reference,

  members: (office: OfficeReference, args: { first?: number | null; after?: string | null }, context: MembershipContext) =>
    memberPage(context, args, (page) => context.loaders.membersOfOffice.load({ countries: office.servedCountries, page })),
};
