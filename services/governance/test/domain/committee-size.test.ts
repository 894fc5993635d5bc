import { committeeSizeOn, firstDateOverLimit, grownSpans } from '../../src/domain/committee-size';
import { day } from './dates';
import { mandate, mandateTable } from './mandates';

describe('G8 the committee size on a date', () => {
  const mandates = mandateTable(`
    p            seoul    PRESIDENT                   2025-10-21  2028-03-30
    evp          bogota   EXECUTIVE_VICE_PRESIDENT    2025-10-22  2028-03-31
    seat         chengdu  EXECUTIVE_COMMITTEE_MEMBER  2025-10-21  2028-03-30
    vp           chengdu  VICE_PRESIDENT              2026-01-01  2028-03-30
    bogota-seat  bogota   EXECUTIVE_COMMITTEE_MEMBER  2025-10-21  2028-03-30
  `);

  it('counts distinct members, the President and the EVP included', () => {
    expect(committeeSizeOn(day('2026-11-27'), mandates)).toBe(3);
  });

  it('counts only the mandates active on the date, both ends included', () => {
    expect(committeeSizeOn(day('2025-10-20'), mandates)).toBe(0);
    expect(committeeSizeOn(day('2025-10-21'), mandates)).toBe(3);
    expect(committeeSizeOn(day('2028-03-31'), mandates)).toBe(1);
    expect(committeeSizeOn(day('2028-04-01'), mandates)).toBe(0);
    expect(committeeSizeOn(day('2026-11-27'), [])).toBe(0);
  });
});

describe('G8 the days a write added to the committee', () => {
  const seat = mandate('seat', 'chengdu', 'EXECUTIVE_COMMITTEE_MEMBER', '2025-10-21', '2028-03-30');

  it('are the whole span of a new mandate', () => {
    const added = mandate('new', 'dakar', 'EXECUTIVE_COMMITTEE_MEMBER', '2025-10-21', '2028-03-30');
    expect(grownSpans([seat], [seat, added])).toEqual([{ from: '2025-10-21', to: '2028-03-30' }]);
  });

  it('are the whole span of a mandate that changed hands', () => {
    expect(grownSpans([seat], [{ ...seat, memberId: 'dakar' }])).toEqual([{ from: '2025-10-21', to: '2028-03-30' }]);
  });

  it('are the extension of a mandate that ends later or starts earlier', () => {
    expect(grownSpans([{ ...seat, endsOn: day('2027-05-31') }], [seat])).toEqual([{ from: '2027-05-31', to: '2028-03-30' }]);
    expect(grownSpans([{ ...seat, startsOn: day('2026-01-01') }], [seat])).toEqual([{ from: '2025-10-21', to: '2026-01-01' }]);
  });

  it('are none for an unchanged, shortened or removed mandate', () => {
    expect(grownSpans([seat], [seat])).toEqual([]);
    expect(grownSpans([seat], [{ ...seat, endsOn: day('2027-05-31') }])).toEqual([]);
    expect(grownSpans([seat], [])).toEqual([]);
  });
});

describe('G8 the first date over the limit', () => {
  const mandates = mandateTable(`
    p  seoul    PRESIDENT                   2020-01-01  2022-12-31
    a  chengdu  EXECUTIVE_COMMITTEE_MEMBER  2020-01-01  2022-12-31
    b  dakar    EXECUTIVE_COMMITTEE_MEMBER  2021-06-01  2022-12-31
    c  lisbon   EXECUTIVE_COMMITTEE_MEMBER  2022-03-01  2022-12-31
  `);

  it('is the first day within the spans on which a mandate starts and the committee outgrows the limit', () => {
    expect(firstDateOverLimit([{ from: day('2020-01-01'), to: day('2022-12-31') }], mandates, 2)).toEqual({ date: '2021-06-01', size: 3 });
    expect(firstDateOverLimit([{ from: day('2020-01-01'), to: day('2022-12-31') }], mandates, 3)).toEqual({ date: '2022-03-01', size: 4 });
  });

  it('is the first day of a span that starts when the committee is already over the limit', () => {
    expect(firstDateOverLimit([{ from: day('2021-07-15'), to: day('2021-08-01') }], mandates, 2)).toEqual({ date: '2021-07-15', size: 3 });
  });

  it('is the earliest over all the spans, whatever their order', () => {
    const spans = [
      { from: day('2022-06-01'), to: day('2022-06-30') },
      { from: day('2021-01-01'), to: day('2021-12-31') },
    ];
    expect(firstDateOverLimit(spans, mandates, 2)).toEqual({ date: '2021-06-01', size: 3 });
  });

  it('is none when the committee is over the limit only outside the spans', () => {
    expect(firstDateOverLimit([{ from: day('2020-01-01'), to: day('2021-05-31') }], mandates, 2)).toBeNull();
    expect(firstDateOverLimit([{ from: day('2023-01-01'), to: day('2024-12-31') }], mandates, 1)).toBeNull();
    expect(firstDateOverLimit([], mandates, 1)).toBeNull();
  });

  it('is none when the committee stays within the limit', () => {
    expect(firstDateOverLimit([{ from: day('2020-01-01'), to: day('2022-12-31') }], mandates, 4)).toBeNull();
  });
});
