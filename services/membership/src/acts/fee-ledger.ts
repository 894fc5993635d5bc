import type { Actor, AuditTrail } from '@wego/audit';
import { charterViolation, notFound } from '@wego/errors';
import type { Transactions } from '@wego/idempotency';
import { requireSecretariat } from '@wego/identity';
import type { FeeStore } from '../stores/fee-store';
import type { MemberStore } from '../stores/member-store';
import { feeOf, type MembershipFee } from '../domain/fee-view';

/** Fee assessments and payments: rule M4. */
export class FeeLedger {
  constructor(
    private readonly transactions: Transactions,
    private readonly members: MemberStore,
    private readonly fees: FeeStore,
    private readonly audit: AuditTrail,
  ) {}

  async assess(actor: Actor, memberId: string, year: number, amountDue: number): Promise<MembershipFee> {
    requireSecretariat(actor.viewer, 'assess fees');
    return this.transactions.transaction(async (manager) => {
      const member = await this.members.lockById(manager, memberId);
      if (!member) throw notFound(`No member has the id ${memberId}.`);
      const assessment = await this.fees.insertAssessment(manager, memberId, year, amountDue);
      if (!assessment) throw charterViolation('M4', `${member.name} already has a fee assessed for ${year}; a year is assessed once.`);
      const fee = feeOf(assessment);
      await this.audit.record(manager, actor, {
        operation: 'assessFee',
        entityType: 'MembershipFee',
        entityId: memberId,
        before: null,
        after: fee,
      });
      return fee;
    });
  }

  async recordPayment(actor: Actor, memberId: string, year: number, amount: number): Promise<MembershipFee> {
    requireSecretariat(actor.viewer, 'record fee payments');
    return this.transactions.transaction(async (manager) => {
      const member = await this.members.lockById(manager, memberId);
      if (!member) throw notFound(`No member has the id ${memberId}.`);
      const assessment = await this.fees.lockAssessment(manager, memberId, year);
      if (!assessment) throw charterViolation('M4', `${member.name} has no fee assessed for ${year}, so nothing is owed for it.`);
      const owed = assessment.amountDue - assessment.amountPaid;
      if (amount > owed) {
        throw charterViolation('M4', `A payment of ${amount} USD is more than the ${owed} USD ${member.name} still owes for ${year}.`);
      }
      const paid = await this.fees.addPayment(manager, assessment, amount);
      await this.audit.record(manager, actor, {
        operation: 'recordFeePayment',
        entityType: 'MembershipFee',
        entityId: memberId,
        before: feeOf(assessment),
        after: { ...feeOf(paid), payment: amount },
      });
      return feeOf(paid);
    });
  }
}
