/** The five offices' areas (O1), the Secretariat's included: the areas G11 weighs Vice Presidents by. */
export const OFFICE_AREAS = ['secretariat', 'east-asia', 'eurasia', 'mediterranean', 'latin-america'] as const;
export type OfficeArea = (typeof OFFICE_AREAS)[number];

/** How a Secretariat officer names each area. */
export const OFFICE_AREA_NAMES: Readonly<Record<OfficeArea, string>> = {
  secretariat: "the Secretariat's area (Seoul)",
  'east-asia': 'East Asia',
  eurasia: 'Eurasia',
  mediterranean: 'the Mediterranean',
  'latin-america': 'Latin America',
};
