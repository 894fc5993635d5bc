import { activeFullMemberShortfall, goodStandingShortfall } from '../../src/domain/standing';
import type { MemberFacts } from '../../src/neighbours/membership-directory';

const member = (facts: Partial<MemberFacts> = {}): MemberFacts => ({
  id: 'seoul',
  category: 'FULL',
  status: 'ACTIVE',
  countryCode: 'KR',
  joinedOn: '2010-01-01',
  feesFullyPaid: true,
  ...facts,
});

describe('M5 good standing (G4 President candidates, G9 General Assembly hosts)', () => {
  it('holds for a full, active member with fees fully paid', () => {
    expect(goodStandingShortfall(member())).toBeNull();
  });

  it('fails when fees are not fully paid, or membership would not tell', () => {
    expect(goodStandingShortfall(member({ feesFullyPaid: false }))).toBe('its membership fees are not fully paid');
    expect(goodStandingShortfall(member({ feesFullyPaid: null }))).toBe('its membership fees are not fully paid');
  });

  it('fails for a member that is not a full member, naming its category', () => {
    expect(goodStandingShortfall(member({ category: 'ASSOCIATE' }))).toBe('it is an associate member, not a full member (a city or other local government)');
    expect(goodStandingShortfall(member({ category: 'INDUSTRY' }))).toContain('industry member, not a full member');
  });

  it('fails for a member that is suspended or withdrawn, naming its status', () => {
    expect(goodStandingShortfall(member({ status: 'SUSPENDED' }))).toBe('its membership is suspended');
    expect(goodStandingShortfall(member({ status: 'WITHDRAWN' }))).toBe('its membership is withdrawn');
  });

  it('names the category first, then the status, then the fees', () => {
    expect(goodStandingShortfall(member({ category: 'ASSOCIATE', status: 'SUSPENDED', feesFullyPaid: false }))).toContain('associate member');
    expect(goodStandingShortfall(member({ status: 'SUSPENDED', feesFullyPaid: false }))).toBe('its membership is suspended');
  });
});

describe('G5 a full, active member (Executive Committee candidates)', () => {
  it('holds whatever the fees', () => {
    expect(activeFullMemberShortfall(member())).toBeNull();
    expect(activeFullMemberShortfall(member({ feesFullyPaid: false }))).toBeNull();
    expect(activeFullMemberShortfall(member({ feesFullyPaid: null }))).toBeNull();
  });

  it('fails for a member that is not full or not active', () => {
    expect(activeFullMemberShortfall(member({ category: 'ASSOCIATE' }))).toContain('associate member, not a full member');
    expect(activeFullMemberShortfall(member({ status: 'WITHDRAWN' }))).toBe('its membership is withdrawn');
  });
});
