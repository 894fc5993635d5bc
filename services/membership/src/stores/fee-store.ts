import type { DataSource, EntityManager } from 'typeorm';
import { rowsWhereAny } from '@wego/database';
import { FeeAssessmentRecord, FeePaymentRecord } from '../entities';
import { isMemberId } from './member-store';

/** SQL of fee assessments and payments. */
export class FeeStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The assessments of each member, oldest year first, in one statement. */
  assessmentsOf(memberIds: readonly string[]): Promise<FeeAssessmentRecord[]> {
    return rowsWhereAny(this.dataSource.manager, FeeAssessmentRecord, memberIds, { column: 'memberId', valid: isMemberId, orderBy: [['year', 'ASC']] });
  }

  /** Inserts the assessment unless one exists for that member and year; null when one did. */
  async insertAssessment(manager: EntityManager, memberId: string, year: number, amountDue: number): Promise<FeeAssessmentRecord | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(FeeAssessmentRecord)
      .values({ memberId, year, amountDue, amountPaid: 0 })
      .orIgnore()
      .returning(['memberId', 'year', 'amountDue', 'amountPaid'])
      .execute();
    if (result.raw.length === 0) return null;
    return manager.getRepository(FeeAssessmentRecord).create({ memberId, year, amountDue, amountPaid: 0 });
  }

  async lockAssessment(manager: EntityManager, memberId: string, year: number): Promise<FeeAssessmentRecord | null> {
    return manager
      .getRepository(FeeAssessmentRecord)
      .createQueryBuilder('f')
      .setLock('pessimistic_write')
      .where('f.memberId = :memberId AND f.year = :year', { memberId, year })
      .getOne();
  }

  async addPayment(manager: EntityManager, assessment: FeeAssessmentRecord, amount: number): Promise<FeeAssessmentRecord> {
    await manager.getRepository(FeePaymentRecord).insert({ memberId: assessment.memberId, year: assessment.year, amount });
    await manager
      .getRepository(FeeAssessmentRecord)
      .update({ memberId: assessment.memberId, year: assessment.year }, { amountPaid: assessment.amountPaid + amount });
    return { ...assessment, amountPaid: assessment.amountPaid + amount };
  }
}
