/** One country covered by one regional office (O2). */
export interface CoverageEntry {
  officeId: string;
  countryCode: string;
}

/** The whole coverage at one moment: which regional office covers each country (O2). */
export class CoverageMap {
  private readonly officeByCountry: ReadonlyMap<string, string>;

  constructor(entries: readonly CoverageEntry[]) {
    this.officeByCountry = new Map(entries.map((entry) => [entry.countryCode, entry.officeId]));
  }

  /** In alphabetical order. */
  countriesOf(officeId: string): string[] {
    return [...this.officeByCountry].filter(([, office]) => office === officeId).map(([country]) => country).sort();
  }

  officeCovering(countryCode: string): string | undefined {
    return this.officeByCountry.get(countryCode);
  }

  /** In alphabetical order. */
  coveredCountries(): string[] {
    return [...this.officeByCountry.keys()].sort();
  }
}
