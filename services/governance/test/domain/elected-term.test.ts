import { electedTermOf } from '../../src/domain/elected-term';
import { day } from './dates';

describe('G3 elected terms', () => {
  it('end the day before the third anniversary of the electing General Assembly', () => {
    expect(electedTermOf(day('2025-10-21'), null)).toEqual({ startsOn: '2025-10-21', endsOn: '2028-10-20' });
    expect(electedTermOf(day('2025-01-01'), null)).toEqual({ startsOn: '2025-01-01', endsOn: '2027-12-31' });
  });

  it('take 28 February as the third anniversary of 29 February', () => {
    expect(electedTermOf(day('2024-02-29'), null)).toEqual({ startsOn: '2024-02-29', endsOn: '2027-02-27' });
  });

  it('end the day before the next General Assembly opens, if that comes first', () => {
    expect(electedTermOf(day('2025-10-21'), day('2028-03-31'))).toEqual({ startsOn: '2025-10-21', endsOn: '2028-03-30' });
    expect(electedTermOf(day('2025-10-21'), day('2028-10-21'))).toEqual({ startsOn: '2025-10-21', endsOn: '2028-10-20' });
    expect(electedTermOf(day('2025-10-21'), day('2029-05-01'))).toEqual({ startsOn: '2025-10-21', endsOn: '2028-10-20' });
  });
});
