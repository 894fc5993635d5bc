import { candidacyDeadlineOf } from '../../src/domain/candidacy-deadline';
import { readStatusOf, type CandidacyStanding } from '../../src/domain/candidacy-status';
import { day } from './dates';

describe('G4 candidacy deadline', () => {
  it('is the opening date minus one calendar month, the day clamped to that month’s end', () => {
    expect(candidacyDeadlineOf({ kind: 'GENERAL_ASSEMBLY', opensOn: day('2027-03-31') })).toBe('2027-02-28');
    expect(candidacyDeadlineOf({ kind: 'GENERAL_ASSEMBLY', opensOn: day('2028-03-31') })).toBe('2028-02-29');
    expect(candidacyDeadlineOf({ kind: 'GENERAL_ASSEMBLY', opensOn: day('2025-10-21') })).toBe('2025-09-21');
    expect(candidacyDeadlineOf({ kind: 'GENERAL_ASSEMBLY', opensOn: day('2026-01-10') })).toBe('2025-12-10');
  });

  it('exists for General Assemblies alone', () => {
    expect(candidacyDeadlineOf({ kind: 'EXECUTIVE_COMMITTEE', opensOn: day('2027-03-31') })).toBeNull();
  });
});

describe('G7 candidacy status', () => {
  const elected: CandidacyStanding = { position: 'PRESIDENT', status: 'ELECTED' };
  const submitted: CandidacyStanding = { position: 'PRESIDENT', status: 'SUBMITTED' };
  const withdrawn: CandidacyStanding = { position: 'PRESIDENT', status: 'WITHDRAWN' };
  const otherPosition: CandidacyStanding = { position: 'EXECUTIVE_COMMITTEE_MEMBER', status: 'SUBMITTED' };

  it('reads NOT_ELECTED for a submitted candidacy once another is elected for the same position', () => {
    const meeting = [elected, submitted, withdrawn, otherPosition];
    expect(meeting.map((candidacy) => readStatusOf(candidacy, meeting))).toEqual(['ELECTED', 'NOT_ELECTED', 'WITHDRAWN', 'SUBMITTED']);
  });

  it('stays SUBMITTED while nobody is elected for its position', () => {
    expect(readStatusOf(submitted, [submitted, withdrawn, { position: 'EXECUTIVE_COMMITTEE_MEMBER', status: 'ELECTED' }])).toBe('SUBMITTED');
  });
});
