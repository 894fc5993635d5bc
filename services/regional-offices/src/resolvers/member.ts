import type { MemberResolvers } from '../generated/schema-types';

/** A member reference with its country, provided by membership (@requires). */
export interface MemberReference {
  id: string;
  countryCode: string;
}

export const Member = {
  __resolveReference: (reference) => reference,

  office: (member, _, context) => context.loaders.officeServingCountry.load(member.countryCode),
} satisfies MemberResolvers;
