import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MemberKind, MembershipCategory, MembershipStatus } from '../domain/member-kinds';

@Entity({ schema: 'membership', name: 'member' })
export class MemberRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  category: MembershipCategory;

  @Column({ type: 'text' })
  kind: MemberKind;

  @Column({ type: 'char', length: 2, name: 'country_code' })
  countryCode: string;

  @Column({ type: 'boolean', name: 'founding_member', default: false })
  foundingMember: boolean;

  @Column({ type: 'date', name: 'joined_on' })
  joinedOn: string;

  @Column({ type: 'text', default: 'ACTIVE' })
  status: MembershipStatus;
}
