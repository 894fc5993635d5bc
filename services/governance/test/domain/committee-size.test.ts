import { committeeSizeOn, firstDateOverLimit, grownSpans } from '../../src/domain/committee-size';
import { day } from './dates';
import { mandate, mandateTable } from './mandates';

/** Two terms of the committee: one that ended in 2022, and the one sitting today (2026-11-27). */
const REGISTER = mandateTable(`
  p-2020       seoul    PRESIDENT                   2020-01-01  2022-12-31
  a            chengdu  EXECUTIVE_COMMITTEE_MEMBER  2020-01-01  2022-12-31
  b            dakar    EXECUTIVE_COMMITTEE_MEMBER  2021-06-01  2022-12-31
  c            lisbon   EXECUTIVE_COMMITTEE_MEMBER  2022-03-01  2022-12-31
  p            seoul    PRESIDENT                   2025-10-21  2028-03-30
  evp          bogota   EXECUTIVE_VICE_PRESIDENT    2025-10-22  2028-03-31
  seat         chengdu  EXECUTIVE_COMMITTEE_MEMBER  2025-10-21  2028-03-30
  vp           chengdu  VICE_PRESIDENT              2026-01-01  2028-03-30
  bogota-seat  bogota   EXECUTIVE_COMMITTEE_MEMBER  2025-10-21  2028-03-30
`);

describe('G8 the committee size on a date', () => {
  it.each([
    ['counts distinct members, the President and the EVP included', '2026-11-27', REGISTER, 3],
    ['counts only the mandates active on the date: none the day before the term', '2025-10-20', REGISTER, 0],
    ['counts only the mandates active on the date: its first day included', '2025-10-21', REGISTER, 3],
    ['counts only the mandates active on the date: its last day included', '2028-03-31', REGISTER, 1],
    ['counts only the mandates active on the date: none the day after', '2028-04-01', REGISTER, 0],
    ['counts only the mandates active on the date: none without mandates', '2026-11-27', [], 0],
  ])('%s (%s)', (_, on, mandates, size) => {
    expect(committeeSizeOn(day(on), mandates)).toBe(size);
  });
});

describe('G8 the days a write added to the committee', () => {
  const seat = mandate('seat', 'chengdu', 'EXECUTIVE_COMMITTEE_MEMBER', '2025-10-21', '2028-03-30');
  const whole = [{ from: '2025-10-21', to: '2028-03-30' }];

  it.each([
    ['are the whole span of a new mandate', [seat], [seat, mandate('new', 'dakar', 'EXECUTIVE_COMMITTEE_MEMBER', '2025-10-21', '2028-03-30')], whole],
    ['are the whole span of a mandate that changed hands', [seat], [{ ...seat, memberId: 'dakar' }], whole],
    ['are the extension of a mandate that ends later', [{ ...seat, endsOn: day('2027-05-31') }], [seat], [{ from: '2027-05-31', to: '2028-03-30' }]],
    ['are the extension of a mandate that starts earlier', [{ ...seat, startsOn: day('2026-01-01') }], [seat], [{ from: '2025-10-21', to: '2026-01-01' }]],
    ['are none for an unchanged mandate', [seat], [seat], []],
    ['are none for a shortened mandate', [seat], [{ ...seat, endsOn: day('2027-05-31') }], []],
    ['are none for a removed mandate', [seat], [], []],
  ])('%s', (_, before, after, grown) => {
    expect(grownSpans(before, after)).toEqual(grown);
  });
});

const span = (from: string, to: string) => ({ from: day(from), to: day(to) });

describe('G8 the first date over the limit', () => {
  it.each([
    ['is the first day within the spans on which a mandate starts and the committee outgrows the limit', [span('2020-01-01', '2022-12-31')], 2, { date: '2021-06-01', size: 3 }],
    ['is the first day within the spans on which a mandate starts and the committee outgrows a higher limit', [span('2020-01-01', '2022-12-31')], 3, { date: '2022-03-01', size: 4 }],
    ['is the first day of a span that starts when the committee is already over the limit', [span('2021-07-15', '2021-08-01')], 2, { date: '2021-07-15', size: 3 }],
    ['is the earliest over all the spans, whatever their order', [span('2022-06-01', '2022-06-30'), span('2021-01-01', '2021-12-31')], 2, { date: '2021-06-01', size: 3 }],
    ['is none when the committee is over the limit only outside the spans, after them', [span('2020-01-01', '2021-05-31')], 2, null],
    ['is none when the committee is over the limit only outside the spans, before and after them', [span('2023-01-01', '2024-12-31')], 1, null],
    ['is none without spans', [], 1, null],
    ['is none when the committee stays within the limit', [span('2020-01-01', '2022-12-31')], 4, null],
  ])('%s', (_, spans, limit, first) => {
    expect(firstDateOverLimit(spans, REGISTER, limit)).toEqual(first);
  });
});
