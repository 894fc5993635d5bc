import { AbsenceRecord } from './absence.entity';
import { CandidacyRecord } from './candidacy.entity';
import { DecisionRecord } from './decision.entity';
import { MandateRecord } from './mandate.entity';
import { MeetingRecord } from './meeting.entity';
import { NominationRecord } from './nomination.entity';

export { AbsenceRecord, CandidacyRecord, DecisionRecord, MandateRecord, MeetingRecord, NominationRecord };

export const GOVERNANCE_ENTITIES = [MeetingRecord, CandidacyRecord, MandateRecord, AbsenceRecord, NominationRecord, DecisionRecord];
