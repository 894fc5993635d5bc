import type { RegionalOfficesContext } from '../context';

/** A member reference with its country, provided by membership (@requires). */
export interface MemberReference {
  id: string;
  countryCode: string;
}

export const Member = {
  __resolveReference: (reference: MemberReference) => reference,

  office: (member: MemberReference, _: unknown, context: RegionalOfficesContext) => context.loaders.officeServingCountry.load(member.countryCode),
};
