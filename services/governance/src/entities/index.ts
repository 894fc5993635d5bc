import { AbsenceRecord } from './absence.entity';
import { CandidacyRecord } from './candidacy.entity';
import { DecisionRecord } from './decision.entity';
import { MandateRecord } from './mandate.entity';
import { MeetingRecord } from './meeting.entity';

export { AbsenceRecord, CandidacyRecord, DecisionRecord, MandateRecord, MeetingRecord };

export const GOVERNANCE_ENTITIES = [MeetingRecord, CandidacyRecord, MandateRecord, AbsenceRecord, DecisionRecord];
