import { vicePresidentCuts } from '../../src/domain/distinct-cities';
import { mandateTable } from './mandates';

describe('G10 a Vice President that becomes President or Executive Vice President', () => {
  it.each([
    {
      rule: 'loses its Vice President mandate from the day the new one starts: revoked when it starts on or after that day',
      history: `
        vp-late      chengdu  VICE_PRESIDENT            2027-01-10  2028-09-30
        vp-same-day  minsk    VICE_PRESIDENT            2026-11-27  2028-09-30
        evp          chengdu  EXECUTIVE_VICE_PRESIDENT  2026-11-27  2027-06-01
        president    minsk    PRESIDENT                 2026-11-27  2029-11-26`,
      cuts: [
        { id: 'vp-late', revoke: true },
        { id: 'vp-same-day', revoke: true },
      ],
    },
    {
      rule: 'ends the day before the new mandate starts when it started before it, the earliest new mandate deciding',
      history: `
        vp         chengdu  VICE_PRESIDENT            2026-03-01  2028-09-30
        president  chengdu  PRESIDENT                 2027-09-01  2030-08-31
        evp        chengdu  EXECUTIVE_VICE_PRESIDENT  2026-11-27  2027-06-01`,
      cuts: [{ id: 'vp', revoke: false, endsOn: '2026-11-26' }],
    },
    {
      rule: 'leaves alone Vice President mandates that do not meet a President or EVP mandate of the same member',
      history: `
        vp         chengdu  VICE_PRESIDENT            2026-03-01  2026-11-26
        evp        chengdu  EXECUTIVE_VICE_PRESIDENT  2026-11-27  2027-06-01
        other-vp   minsk    VICE_PRESIDENT            2026-03-01  2028-09-30
        president  lisbon   PRESIDENT                 2025-10-01  2028-09-30`,
      cuts: [],
    },
  ])('$rule', ({ history, cuts }) => {
    expect(vicePresidentCuts(mandateTable(history))).toEqual(cuts);
  });
});
