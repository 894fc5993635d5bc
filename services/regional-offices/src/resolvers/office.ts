import { forbidden } from '@wego/errors';
import { isSecretariat } from '@wego/identity';
import type { OfficeRecord } from '../entities';
import type { RegionalOfficesContext } from '../context';
import { servedCountriesOf } from '../domain/served-countries';

export const Office = {
  __resolveReference: (reference: { id: string }, context: RegionalOfficesContext) => context.loaders.officeById.load(reference.id),

  /** A change of coverage answers the list it left, so that a replay of it answers the same list. */
  coveredCountryCodes: async (office: OfficeRecord & { coveredCountryCodes?: string[] }, _: unknown, context: RegionalOfficesContext) =>
    office.coveredCountryCodes ?? (await context.loaders.coverage()).countriesOf(office.id),

  servedCountries: async (office: OfficeRecord, _: unknown, context: RegionalOfficesContext) =>
    servedCountriesOf(office, await context.loaders.coverage()),

  auditTrail(office: OfficeRecord, _: unknown, context: RegionalOfficesContext) {
    if (!isSecretariat(context.viewer)) throw forbidden('Only the Secretariat may read the audit trail.');
    return context.loaders.auditTrailByOfficeId.load(office.id);
  },
};
