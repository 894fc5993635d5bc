import type { OfficeResolvers } from '../generated/schema-types';
import { memberPage } from './member-page';

/** An office reference with the countries it serves, provided by regional-offices (@requires). */
export interface OfficeReference {
  id: string;
  servedCountries: { countryCodes: string[]; complement: boolean };
}

export const Office = {
  __resolveReference: (reference) => reference,

  members: (office, args, context) =>
    memberPage(context, args, (page) => context.loaders.membersOfOffice.load({ countries: office.servedCountries, page })),
} satisfies OfficeResolvers;
