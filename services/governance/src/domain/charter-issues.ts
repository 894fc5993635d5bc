import type { CalendarDate } from '@wego/calendar';
import type { RuleId } from '@wego/rulebook';
import { holderOn, isActiveOn, type Mandate } from './mandate';
import { OFFICE_AREA_NAMES, OFFICE_AREAS, type OfficeArea } from './office-areas';

/** Something on a date that does not meet the charter: reported, never refused. */
export interface CharterIssue {
  rule: RuleId;
  message: string;
}

export const MINIMUM_VICE_PRESIDENTS = 5;
/** G11: an area outnumbering another by this many Vice Presidents is an imbalance. */
export const AREA_IMBALANCE = 2;

/** The Vice Presidents of the date: distinct members, neither the President nor the Executive Vice President counted among them (G10). */
function vicePresidentsOn(date: CalendarDate, mandates: readonly Mandate[]): Mandate[] {
  const active = mandates.filter((mandate) => isActiveOn(mandate, date));
  const evpMemberIds = new Set(
    active.filter((mandate) => mandate.position === 'EXECUTIVE_VICE_PRESIDENT' || mandate.position === 'PRESIDENT').map((mandate) => mandate.memberId),
  );
  const byMember = new Map<string, Mandate>();
  for (const mandate of active) {
    if (mandate.position === 'VICE_PRESIDENT' && !evpMemberIds.has(mandate.memberId) && !byMember.has(mandate.memberId)) {
      byMember.set(mandate.memberId, mandate);
    }
  }
  return [...byMember.values()];
}

/** G10: not less than five Vice Presidents besides the EVP, whenever a President sits. */
function tooFewVicePresidents(date: CalendarDate, mandates: readonly Mandate[], vicePresidents: readonly Mandate[]): CharterIssue | null {
  const presidentSits = holderOn(mandates, 'PRESIDENT', date) !== undefined;
  if (!presidentSits || vicePresidents.length >= MINIMUM_VICE_PRESIDENTS) return null;
  const count =
    vicePresidents.length === 0
      ? 'no Vice President City'
      : vicePresidents.length === 1
        ? 'only one Vice President City'
        : `only ${vicePresidents.length} Vice President Cities`;
  return {
    rule: 'G10',
    message: `On ${date} the Executive Committee has ${count} besides the Executive Vice President City; the statutes ask for not less than five.`,
  };
}

/** G11: Vice Presidents spread over the five areas as equally as possible. */
function unevenAreas(date: CalendarDate, vicePresidents: readonly Mandate[]): CharterIssue | null {
  const counts = new Map<OfficeArea, number>(OFFICE_AREAS.map((area) => [area, 0]));
  const countOf = (area: OfficeArea): number => counts.get(area) ?? 0;
  for (const mandate of vicePresidents) if (mandate.area) counts.set(mandate.area, countOf(mandate.area) + 1);
  const most = OFFICE_AREAS.reduce((best, area) => (countOf(area) > countOf(best) ? area : best));
  const least = OFFICE_AREAS.reduce((best, area) => (countOf(area) < countOf(best) ? area : best));
  if (countOf(most) - countOf(least) < AREA_IMBALANCE) return null;
  const spread = OFFICE_AREAS.map((area) => `${OFFICE_AREA_NAMES[area]} ${countOf(area)}`).join(', ');
  return {
    rule: 'G11',
    message:
      `On ${date} the Vice President Cities are unevenly spread: ${OFFICE_AREA_NAMES[most]} has ${countOf(most)} and ${OFFICE_AREA_NAMES[least]} has ${countOf(least)} ` +
      `(${spread}); the statutes ask for equal geographical distribution as much as possible.`,
  };
}

/** The open charter issues on `date`; `mandates` must hold every mandate active on it, the EVP's included. */
export function charterIssuesOn(date: CalendarDate, mandates: readonly Mandate[]): CharterIssue[] {
  const vicePresidents = vicePresidentsOn(date, mandates);
  return [tooFewVicePresidents(date, mandates, vicePresidents), unevenAreas(date, vicePresidents)].filter(
    (issue): issue is CharterIssue => issue !== null,
  );
}
