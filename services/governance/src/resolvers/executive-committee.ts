import type { CalendarDate } from '@wego/calendar';
import type { GovernanceContext } from '../context';
import { inCommitteeOrder } from '../domain/executive-committee';
import type { Mandate } from '../domain/mandate';

/** Every mandate active on `date`, listed by position then member name; by member id when membership cannot name them. */
export async function executiveCommitteeOn(context: GovernanceContext, date: CalendarDate): Promise<Mandate[]> {
  const mandates = await context.loaders.mandatesActiveOn.load(date);
  const memberIds = [...new Set(mandates.map((mandate) => mandate.memberId))];
  const names = await context.loaders.memberNameById.loadMany(memberIds);
  const nameById = new Map(memberIds.map((id, index) => [id, names[index]]));
  return inCommitteeOrder(mandates, (memberId) => {
    const name = nameById.get(memberId);
    return typeof name === 'string' ? name : null;
  });
}
