import type { Mandate } from './mandate';
import { rankOf } from './positions';

const NAME_ORDER = new Intl.Collator('und');

/**
 * Names compare with the ICU root collation, as membership orders them; an unknown name
 * (membership did not answer) sorts after the named ones of its position.
 */
export function inCommitteeOrder(mandates: readonly Mandate[], nameOf: (memberId: string) => string | null): Mandate[] {
  return [...mandates].sort((first, second) => {
    const byPosition = rankOf(first.position) - rankOf(second.position);
    if (byPosition !== 0) return byPosition;
    const [firstName, secondName] = [nameOf(first.memberId), nameOf(second.memberId)];
    if (firstName !== null && secondName !== null) {
      const byName = NAME_ORDER.compare(firstName, secondName);
      if (byName !== 0) return byName;
    } else if (firstName !== secondName) {
      return firstName === null ? 1 : -1;
    }
    if (first.memberId !== second.memberId) return first.memberId < second.memberId ? -1 : 1;
    return first.id < second.id ? -1 : first.id > second.id ? 1 : 0;
  });
}
