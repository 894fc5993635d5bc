import { Entity } from 'typeorm';
import { CountryCodeColumn, DayColumn, FlagColumn, IdColumn, TextColumn } from '@wego/database';
import type { MemberKind, MembershipCategory, MembershipStatus } from '../domain/member-kinds';

@Entity({ schema: 'membership', name: 'member' })
export class MemberRecord {
  @IdColumn() id: string;
  @TextColumn() name: string;
  @TextColumn() category: MembershipCategory;
  @TextColumn() kind: MemberKind;
  @CountryCodeColumn() countryCode: string;
  @FlagColumn(false, { name: 'founding_member' }) foundingMember: boolean;
  @DayColumn('joined_on') joinedOn: string;
  @TextColumn({ default: 'ACTIVE' }) status: MembershipStatus;
}
