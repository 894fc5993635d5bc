export const MEMBERSHIP_CATEGORIES = ['FULL', 'ASSOCIATE', 'INDUSTRY'] as const;
export type MembershipCategory = (typeof MEMBERSHIP_CATEGORIES)[number];

export const MEMBER_KINDS = ['CITY', 'REGIONAL_GOVERNMENT', 'INSTITUTION', 'TECH_SOLUTION_PROVIDER'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

export const MEMBERSHIP_STATUSES = ['ACTIVE', 'SUSPENDED', 'WITHDRAWN'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** M1: the category each kind of body belongs to. */
export const CATEGORY_OF_KIND: Readonly<Record<MemberKind, MembershipCategory>> = {
  CITY: 'FULL',
  REGIONAL_GOVERNMENT: 'FULL',
  INSTITUTION: 'ASSOCIATE',
  TECH_SOLUTION_PROVIDER: 'INDUSTRY',
};
