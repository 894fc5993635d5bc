import type { Actor, AuditTrail } from '@wego/audit';
import { isUniqueViolation } from '@wego/database';
import { conflict, notFound } from '@wego/errors';
import type { Transactions } from '@wego/idempotency';
import { requireSecretariat } from '@wego/identity';
import type { OfficeRecord } from '../entities';
import { type CoverageStore, ONE_OFFICE_PER_COUNTRY } from '../stores/coverage-store';
import type { OfficeStore } from '../stores/office-store';
import { CoverageMap } from '../domain/coverage-map';
import { assertCoverageAllowed } from '../domain/coverage-rules';

/** An office as a change of its coverage left it: the answer a retry with the same idempotency key gets again. */
export type CoveredOffice = OfficeRecord & { coveredCountryCodes: string[] };

function sameCountries(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code, index) => code === b[index]);
}

/** The countries each regional office covers: rule O2, edited by the Secretariat. */
export class CoverageRegistry {
  constructor(
    private readonly transactions: Transactions,
    private readonly offices: OfficeStore,
    private readonly coverage: CoverageStore,
    private readonly audit: AuditTrail,
  ) {}

  /** Replaces the office's list; `countryCodes` has passed the input rules (assigned codes, each once). */
  async setCoverage(actor: Actor, officeId: string, countryCodes: readonly string[]): Promise<CoveredOffice> {
    requireSecretariat(actor.viewer, "change an office's coverage");
    try {
      return await this.transactions.transaction(async (manager) => {
        await this.coverage.lock(manager);
        const offices = new Map((await this.offices.all(manager)).map((office) => [office.id, office]));
        const office = offices.get(officeId);
        if (!office) throw notFound(`No office has the id ${officeId}.`);
        const current = new CoverageMap(await this.coverage.all(manager));
        assertCoverageAllowed(office, countryCodes, current, (id) => offices.get(id)?.name ?? id);
        const before = current.countriesOf(officeId);
        const after = [...countryCodes].sort();
        if (sameCountries(before, after)) return { ...office, coveredCountryCodes: after };
        await this.coverage.replace(manager, officeId, after);
        await this.audit.record(manager, actor, {
          operation: 'setOfficeCoverage',
          entityType: 'Office',
          entityId: officeId,
          before: { coveredCountryCodes: before },
          after: { coveredCountryCodes: after },
        });
        return { ...office, coveredCountryCodes: after };
      });
    } catch (error) {
      // The lock makes this unreachable through this API; the constraint still guards other writers.
      if (isUniqueViolation(error, ONE_OFFICE_PER_COUNTRY)) {
        throw conflict('Another change of coverage took one of these countries at the same moment; try again.');
      }
      throw error;
    }
  }
}
