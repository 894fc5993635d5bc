import { addDays, type CalendarDate } from '@wego/calendar';
import type { Mandate } from './mandate';

/** What becomes of a Vice President mandate whose member became President or EVP. */
export type VicePresidentCut = { id: string; revoke: true } | { id: string; revoke: false; endsOn: CalendarDate };

/**
 * G10: a Vice President who becomes President or EVP loses the Vice President mandate from that day.
 * `history` must include the derived EVP mandates.
 */
export function vicePresidentCuts(history: readonly Mandate[]): VicePresidentCut[] {
  const cuts: VicePresidentCut[] = [];
  for (const vicePresident of history) {
    if (vicePresident.position !== 'VICE_PRESIDENT') continue;
    const firstOverlap = history
      .filter(
        (other) =>
          other.memberId === vicePresident.memberId &&
          (other.position === 'PRESIDENT' || other.position === 'EXECUTIVE_VICE_PRESIDENT') &&
          other.startsOn <= vicePresident.endsOn &&
          vicePresident.startsOn <= other.endsOn,
      )
      .sort((first, second) => (first.startsOn < second.startsOn ? -1 : first.startsOn > second.startsOn ? 1 : 0))[0];
    if (!firstOverlap) continue;
    cuts.push(
      vicePresident.startsOn >= firstOverlap.startsOn
        ? { id: vicePresident.id, revoke: true }
        : { id: vicePresident.id, revoke: false, endsOn: addDays(firstOverlap.startsOn, -1) },
    );
  }
  return cuts;
}
