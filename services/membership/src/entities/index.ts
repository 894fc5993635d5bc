import { FeeAssessmentRecord } from './fee-assessment.entity';
import { FeePaymentRecord } from './fee-payment.entity';
import { MemberRecord } from './member.entity';

export { FeeAssessmentRecord, FeePaymentRecord, MemberRecord };

export const MEMBERSHIP_ENTITIES = [MemberRecord, FeeAssessmentRecord, FeePaymentRecord];
