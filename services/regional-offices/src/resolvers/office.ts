import { forbidden } from '@wego/errors';
import { isSecretariat } from '@wego/identity';
import type { OfficeRecord } from '../entities';
import { servedCountriesOf } from '../domain/served-countries';
import type { OfficeResolvers } from '../generated/schema-types';

/** An office as resolved here: its row, with the list it left when a change of coverage answers it. */
export type ResolvedOffice = OfficeRecord & { coveredCountryCodes?: string[] };

export const Office = {
  __resolveReference: (reference, context) => context.loaders.officeById.load(reference.id),

  /** A change of coverage answers the list it left, so that a replay of it answers the same list. */
  coveredCountryCodes: async (office, _, context) => office.coveredCountryCodes ?? (await context.loaders.coverage()).countriesOf(office.id),

  servedCountries: async (office, _, context) => servedCountriesOf(office, await context.loaders.coverage()),

  auditTrail(office, _, context) {
    if (!isSecretariat(context.viewer)) throw forbidden('Only the Secretariat may read the audit trail.');
    return context.loaders.auditTrailByOfficeId.load(office.id);
  },
} satisfies OfficeResolvers;
