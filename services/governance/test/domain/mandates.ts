import type { Mandate } from '../../src/domain/mandate';
import type { OfficeArea } from '../../src/domain/office-areas';
import { day } from './dates';

/** A mandate as a test writes it; the office area only where the rule reads it. */
export function mandate(id: string, memberId: string, position: Mandate['position'], startsOn: string, endsOn: string, area: OfficeArea | null = null): Mandate {
  return { id, memberId, position, startsOn: day(startsOn), endsOn: day(endsOn), area };
}

/**
 * Mandates written one a line, like a register: id, member, position, first day, last day and,
 * where the rule reads it, the office area, separated by spaces.
 */
export function mandateTable(table: string): Mandate[] {
  return table
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const [id, memberId, position, startsOn, endsOn, area] = line.split(/\s+/);
      if (!id || !memberId || !position || !startsOn || !endsOn) throw new Error(`a mandate needs an id, a member, a position and two days: ${line}`);
      return mandate(id, memberId, position as Mandate['position'], startsOn, endsOn, (area ?? null) as OfficeArea | null);
    });
}
