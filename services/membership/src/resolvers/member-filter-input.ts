import { badUserInput } from '@wego/errors';
import { NAME_MAX_LENGTH, parseCountryCode } from '@wego/input-rules';
import type { MemberFilter } from '../generated/schema-types';
import type { MemberCriteria } from '../stores/member-store';

/** The `MemberFilter` argument, checked by the input rules. */
export function parseMemberFilter(filter: MemberFilter | null | undefined): MemberCriteria {
  const criteria: MemberCriteria = {};
  if (!filter) return criteria;
  if (filter.foundingMember !== undefined && filter.foundingMember !== null) criteria.foundingMember = filter.foundingMember;
  if (filter.category) criteria.category = filter.category;
  if (filter.status) criteria.status = filter.status;
  if (filter.countryCode !== undefined && filter.countryCode !== null) {
    criteria.countryCode = parseCountryCode('filter.countryCode', filter.countryCode);
  }
  if (filter.nameContains !== undefined && filter.nameContains !== null) {
    const text = filter.nameContains.trim().normalize('NFC');
    if (text.includes('\u0000')) throw badUserInput('filter.nameContains', 'nameContains must not contain a NUL character.');
    if ([...text].length > NAME_MAX_LENGTH) {
      throw badUserInput('filter.nameContains', `nameContains must be at most ${NAME_MAX_LENGTH} characters long.`);
    }
    if (text.length > 0) criteria.nameContains = text;
  }
  return criteria;
}
