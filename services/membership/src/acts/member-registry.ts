import type { Actor, AuditTrail } from '@wego/audit';
import type { CalendarDate, Clock } from '@wego/calendar';
import { badUserInput, charterViolation, notFound } from '@wego/errors';
import type { Transactions } from '@wego/idempotency';
import { requireSecretariat } from '@wego/identity';
import type { MemberRecord } from '../entities';
import type { MemberStore } from '../stores/member-store';
import { CATEGORY_OF_KIND, type MemberKind, type MembershipCategory, type MembershipStatus } from '../domain/member-kinds';

/** A new member whose input has passed the input rules. */
export interface NewMember {
  name: string;
  category: MembershipCategory;
  kind: MemberKind;
  countryCode: string;
  joinedOn: CalendarDate | null;
}

function snapshot(member: MemberRecord): Record<string, unknown> {
  return { ...member };
}

/** Registration and status of members: rules M1-M3. */
export class MemberRegistry {
  constructor(
    private readonly transactions: Transactions,
    private readonly members: MemberStore,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async register(actor: Actor, input: NewMember): Promise<MemberRecord> {
    requireSecretariat(actor.viewer, 'register members');
    const today = this.clock.today();
    const joinedOn = input.joinedOn ?? today;
    if (joinedOn > today) throw badUserInput('joinedOn', `A member cannot join after today (${today}).`);
    if (CATEGORY_OF_KIND[input.kind] !== input.category) {
      throw charterViolation(
        'M1',
        `A member of kind ${input.kind} belongs to category ${CATEGORY_OF_KIND[input.kind]}, not ${input.category}.`,
      );
    }
    return this.transactions.transaction(async (manager) => {
      // M2: foundingMember is set by the seed alone.
      const member = await this.members.insert(manager, {
        name: input.name,
        category: input.category,
        kind: input.kind,
        countryCode: input.countryCode,
        joinedOn,
        foundingMember: false,
        status: 'ACTIVE',
      });
      await this.audit.record(manager, actor, {
        operation: 'registerMember',
        entityType: 'Member',
        entityId: member.id,
        before: null,
        after: snapshot(member),
      });
      return member;
    });
  }

  /** M3: only the Secretariat changes a status; nothing is ever deleted. */
  async setStatus(actor: Actor, memberId: string, status: MembershipStatus): Promise<MemberRecord> {
    requireSecretariat(actor.viewer, "change a member's status");
    return this.transactions.transaction(async (manager) => {
      const member = await this.members.lockById(manager, memberId);
      if (!member) throw notFound(`No member has the id ${memberId}.`);
      if (member.status === status) return member;
      const changed = { ...member, status };
      await this.members.updateStatus(manager, memberId, status);
      await this.audit.record(manager, actor, {
        operation: 'setMemberStatus',
        entityType: 'Member',
        entityId: memberId,
        before: snapshot(member),
        after: snapshot(changed),
      });
      return changed;
    });
  }
}
