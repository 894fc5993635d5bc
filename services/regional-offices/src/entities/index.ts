import { OfficeCoverageRecord } from './office-coverage.entity';
import { OfficeRecord } from './office.entity';

export { OfficeCoverageRecord, OfficeRecord };

export const REGIONAL_OFFICES_ENTITIES = [OfficeRecord, OfficeCoverageRecord];
