import { assertNominable } from '../../src/domain/vice-president-nomination';
import type { Mandate } from '../../src/domain/mandate';
import { day } from './dates';

const TODAY = day('2026-11-27');
const history: Mandate[] = [
  { id: 'seat', memberId: 'chengdu', position: 'EXECUTIVE_COMMITTEE_MEMBER', startsOn: day('2025-10-01'), endsOn: day('2028-09-30'), area: null },
  { id: 'president', memberId: 'lisbon', position: 'PRESIDENT', startsOn: day('2025-10-01'), endsOn: day('2028-09-30'), area: null },
];
const excom = (opensOn: string) => ({ kind: 'EXECUTIVE_COMMITTEE' as const, opensOn: day(opensOn) });

function outcome(meeting: ReturnType<typeof excom> | { kind: 'GENERAL_ASSEMBLY'; opensOn: ReturnType<typeof day> }, memberIds: string[], already: string[] = []): string {
  try {
    assertNominable(meeting, memberIds, history, new Set(already), TODAY);
    return 'accepted';
  } catch (error) {
    return (error as { extensions: { rule: string } }).extensions.rule;
  }
}

describe('G10 nominations', () => {
  it('are accepted at a Committee meeting opened on or before today, of members seated on its opening day', () => {
    expect(outcome(excom('2026-02-10'), ['chengdu'])).toBe('accepted');
    expect(outcome(excom('2026-11-27'), ['chengdu'])).toBe('accepted');
  });

  it('are refused under G10 at a General Assembly, at a meeting not yet open, for a member without a seat that day, or nominated there already', () => {
    expect(outcome({ kind: 'GENERAL_ASSEMBLY', opensOn: day('2025-10-01') }, ['chengdu'])).toBe('G10');
    expect(outcome(excom('2026-11-28'), ['chengdu'])).toBe('G10');
    expect(outcome(excom('2025-09-30'), ['chengdu'])).toBe('G10');
    expect(outcome(excom('2026-02-10'), ['lisbon'])).toBe('G10');
    expect(outcome(excom('2026-02-10'), ['chengdu'], ['chengdu'])).toBe('G10');
  });
});
