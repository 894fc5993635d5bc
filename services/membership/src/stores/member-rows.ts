import { MemberRecord } from '../entities';

/** A member as raw SQL answers it, beside what the statement adds (a position, a count). */
export interface MemberRow {
  id: string | null;
  name: string;
  category: MemberRecord['category'];
  kind: MemberRecord['kind'];
  country_code: string;
  founding_member: boolean;
  joined_on: string;
  status: MemberRecord['status'];
}

export function memberOf(row: MemberRow): MemberRecord {
  return Object.assign(new MemberRecord(), {
    id: row.id,
    name: row.name,
    category: row.category,
    kind: row.kind,
    countryCode: row.country_code,
    foundingMember: row.founding_member,
    joinedOn: row.joined_on,
    status: row.status,
  });
}
