import { chairOf } from '../../src/domain/chair';
import type { Mandate } from '../../src/domain/mandate';
import type { MeetingKind } from '../../src/domain/meeting-kinds';
import { day } from './dates';

const mandate = (memberId: string, position: Mandate['position'], startsOn: string, endsOn: string): Mandate => ({
  id: `${memberId}-${position}`,
  memberId,
  position,
  startsOn: day(startsOn),
  endsOn: day(endsOn),
  area: null,
});

const mandates = [
  mandate('seoul', 'PRESIDENT', '2025-10-21', '2028-03-30'),
  mandate('mexico-city', 'PRESIDENT', '2022-10-04', '2025-10-20'),
  mandate('bogota', 'EXECUTIVE_VICE_PRESIDENT', '2025-10-22', '2028-03-31'),
  mandate('kazan', 'EXECUTIVE_VICE_PRESIDENT', '2022-10-05', '2025-10-21'),
  mandate('chengdu', 'VICE_PRESIDENT', '2025-11-01', '2028-03-30'),
];
const committee = (opensOn: string) => ({ kind: 'EXECUTIVE_COMMITTEE' as MeetingKind, opensOn: day(opensOn) });
const assembly = (opensOn: string) => ({ kind: 'GENERAL_ASSEMBLY' as MeetingKind, opensOn: day(opensOn) });

describe('G12 chair', () => {
  it('of a Committee meeting is the President on the opening date', () => {
    expect(chairOf(committee('2026-05-12'), mandates, new Set())).toBe('seoul');
    expect(chairOf(committee('2024-05-14'), mandates, new Set(['chengdu']))).toBe('mexico-city');
  });

  it('is the Executive Vice President of the opening date when the President is recorded absent', () => {
    expect(chairOf(committee('2026-05-12'), mandates, new Set(['seoul']))).toBe('bogota');
    expect(chairOf(committee('2024-05-14'), mandates, new Set(['mexico-city']))).toBe('kazan');
  });

  it('of a General Assembly is the President in office the day before it opens: the outgoing one', () => {
    expect(chairOf(assembly('2025-10-21'), mandates, new Set())).toBe('mexico-city');
    expect(chairOf(assembly('2028-03-31'), mandates, new Set())).toBe('seoul');
    // Outgoing President absent: the EVP of the opening day, the Assembly's own host.
    expect(chairOf(assembly('2025-10-21'), mandates, new Set(['mexico-city']))).toBe('kazan');
  });

  it('counts a vacant presidency as absence: the EVP chairs', () => {
    const vacant = mandates.filter((m) => m.position !== 'PRESIDENT');
    expect(chairOf(committee('2026-05-12'), vacant, new Set())).toBe('bogota');
  });

  it('is nobody when the President and the EVP are both absent or missing; an absent member never chairs', () => {
    expect(chairOf(committee('2026-05-12'), mandates, new Set(['seoul', 'bogota']))).toBeNull();
    expect(chairOf(committee('2026-05-12'), mandates.filter((m) => m.position !== 'EXECUTIVE_VICE_PRESIDENT'), new Set(['seoul']))).toBeNull();
    expect(chairOf(committee('2029-05-12'), mandates, new Set())).toBeNull();
  });
});
