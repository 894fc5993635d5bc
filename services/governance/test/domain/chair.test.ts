import { chairOf } from '../../src/domain/chair';
import type { Mandate } from '../../src/domain/mandate';
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

describe('G12 chair', () => {
  it('is the President on the opening date', () => {
    expect(chairOf(day('2026-05-12'), mandates, new Set())).toBe('seoul');
    expect(chairOf(day('2024-05-14'), mandates, new Set(['chengdu']))).toBe('mexico-city');
  });

  it('is the Executive Vice President of that date when the President is recorded absent', () => {
    expect(chairOf(day('2026-05-12'), mandates, new Set(['seoul']))).toBe('bogota');
    expect(chairOf(day('2024-05-14'), mandates, new Set(['mexico-city']))).toBe('kazan');
    // On the 2025 General Assembly's opening day its own host is EVP.
    expect(chairOf(day('2025-10-21'), mandates, new Set(['seoul']))).toBe('kazan');
  });

  it('is nobody when no President sits, or the President is absent and no EVP sits', () => {
    expect(chairOf(day('2028-03-31'), mandates, new Set())).toBeNull();
    expect(chairOf(day('2026-05-12'), mandates.filter((m) => m.position !== 'EXECUTIVE_VICE_PRESIDENT'), new Set(['seoul']))).toBeNull();
  });
});
