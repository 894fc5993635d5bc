import { Entity } from 'typeorm';
import { CountryCodeColumn, TextColumn } from '@wego/database';

/** One country covered by one regional office (O2); a country is covered by one office at most. */
@Entity({ schema: 'regional_offices', name: 'office_coverage' })
export class OfficeCoverageRecord {
  @TextColumn({ name: 'office_id', primary: true }) officeId: string;
  @CountryCodeColumn({ primary: true }) countryCode: string;
}
