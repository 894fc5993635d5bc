import { charterViolation } from '@wego/errors';
import type { OfficeRecord } from '../entities';
import type { CoverageMap } from './coverage-map';

/** O2: only a regional office has a list, and a country is covered by one office at most. */
export function assertCoverageAllowed(
  office: OfficeRecord,
  countryCodes: readonly string[],
  coverage: CoverageMap,
  nameOf: (officeId: string) => string,
): void {
  if (office.kind === 'SECRETARIAT') {
    throw charterViolation('O2', `${office.name} has no list of countries: it serves every country no regional office covers.`);
  }
  for (const countryCode of countryCodes) {
    const holder = coverage.officeCovering(countryCode);
    if (holder !== undefined && holder !== office.id) {
      throw charterViolation(
        'O2',
        `${countryCode} is already covered by the ${nameOf(holder)}; a country is covered by one office only, so remove it from that office's list first.`,
      );
    }
  }
}
