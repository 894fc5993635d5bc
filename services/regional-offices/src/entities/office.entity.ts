import { Entity } from 'typeorm';
import { CountryCodeColumn, TextColumn } from '@wego/database';
import type { OfficeKind, Region } from '../domain/office-kinds';

/** The Secretariat or a regional office (O1); ids are fixed slugs such as `east-asia`. */
@Entity({ schema: 'regional_offices', name: 'office' })
export class OfficeRecord {
  @TextColumn({ primary: true }) id: string;
  @TextColumn() kind: OfficeKind;
  @TextColumn() name: string;
  @TextColumn({ nullable: true }) region: Region | null;
  @TextColumn() city: string;
  @CountryCodeColumn() countryCode: string;
}
