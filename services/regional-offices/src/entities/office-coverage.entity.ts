import { Entity, PrimaryColumn } from 'typeorm';

/** One country covered by one regional office (O2); a country is covered by one office at most. */
@Entity({ schema: 'regional_offices', name: 'office_coverage' })
export class OfficeCoverageRecord {
  @PrimaryColumn({ type: 'text', name: 'office_id' })
  officeId: string;

  @PrimaryColumn({ type: 'char', length: 2, name: 'country_code' })
  countryCode: string;
}
