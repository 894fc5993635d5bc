import { earlierOf, type CalendarDate } from '@wego/calendar';
import { electedTermOf } from './elected-term';
import type { GeneralAssembly } from './executive-vice-presidents';

/** A recorded mandate, with what its last day is derived from. */
export interface TermedMandate {
  id: string;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  sourceMeetingId: string | null;
  besideMandateId: string | null;
  endedEarlyOn: CalendarDate | null;
}

export interface TermEndChange {
  id: string;
  from: CalendarDate;
  to: CalendarDate;
}

/**
 * G3 and G10 recomputed from the Assemblies not cancelled; returns only the mandates whose last day changes.
 * A mandate with no source and nothing beside keeps its recorded last day.
 */
export function reconciledTermEnds(mandates: readonly TermedMandate[], assemblies: readonly Pick<GeneralAssembly, 'id' | 'opensOn' | 'regular'>[]): TermEndChange[] {
  const byId = new Map(mandates.map((mandate) => [mandate.id, mandate]));
  const assemblyById = new Map(assemblies.map((assembly) => [assembly.id, assembly]));
  const derived = new Map<string, CalendarDate>();

  const endOf = (mandate: TermedMandate): CalendarDate => {
    const known = derived.get(mandate.id);
    if (known) return known;
    let end = mandate.endsOn;
    const source = mandate.sourceMeetingId ? assemblyById.get(mandate.sourceMeetingId) : undefined;
    const beside = mandate.besideMandateId ? byId.get(mandate.besideMandateId) : undefined;
    if (source) {
      const next = assemblies.filter((assembly) => assembly.regular && assembly.opensOn > source.opensOn).sort((a, b) => (a.opensOn < b.opensOn ? -1 : 1))[0];
      end = electedTermOf(source.opensOn, next?.opensOn ?? null).endsOn;
    } else if (beside) {
      end = endOf(beside);
    }
    if (mandate.endedEarlyOn) end = earlierOf(end, mandate.endedEarlyOn);
    derived.set(mandate.id, end);
    return end;
  };

  return mandates.map((mandate) => ({ id: mandate.id, from: mandate.endsOn, to: endOf(mandate) })).filter((change) => change.from !== change.to);
}
