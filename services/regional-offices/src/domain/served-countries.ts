import type { CoverageMap } from './coverage-map';
import { SECRETARIAT_OFFICE_ID, type OfficeKind } from './office-kinds';

/** A set of countries: the listed ones, or with `complement` every country except the listed ones. */
export interface CountrySelection {
  countryCodes: string[];
  complement: boolean;
}

/** O3: a regional office serves the countries it covers; the Secretariat every country none covers. */
export function servedCountriesOf(office: { id: string; kind: OfficeKind }, coverage: CoverageMap): CountrySelection {
  if (office.kind === 'SECRETARIAT') return { countryCodes: coverage.coveredCountries(), complement: true };
  return { countryCodes: coverage.countriesOf(office.id), complement: false };
}

/** O3: the office serving a member of this country. */
export function servingOfficeIdOf(countryCode: string, coverage: CoverageMap): string {
  return coverage.officeCovering(countryCode) ?? SECRETARIAT_OFFICE_ID;
}
