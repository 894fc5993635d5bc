export const OFFICE_KINDS = ['SECRETARIAT', 'REGIONAL_OFFICE'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

/** O1: the regions of the four regional offices, in the order offices are listed. */
export const REGIONS = ['EAST_ASIA', 'EURASIA', 'MEDITERRANEAN', 'LATIN_AMERICA'] as const;
export type Region = (typeof REGIONS)[number];

/** O1: the Secretariat's fixed id; it serves every member no regional office covers (O3). */
export const SECRETARIAT_OFFICE_ID = 'secretariat';

/** The order of offices in every list: the Secretariat first, then the regional offices by region. */
export function inCharterOrder<T extends { region: Region | null }>(offices: readonly T[]): T[] {
  const rank = (office: T): number => (office.region === null ? -1 : REGIONS.indexOf(office.region));
  return [...offices].sort((a, b) => rank(a) - rank(b));
}
