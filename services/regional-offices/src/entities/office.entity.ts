import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OfficeKind, Region } from '../domain/office-kinds';

/** The Secretariat or a regional office (O1); ids are fixed slugs such as `east-asia`. */
@Entity({ schema: 'regional_offices', name: 'office' })
export class OfficeRecord {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  kind: OfficeKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  region: Region | null;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'char', length: 2, name: 'country_code' })
  countryCode: string;
}
