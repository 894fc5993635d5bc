import { charterIssuesOn } from '../../src/domain/charter-issues';
import type { Mandate } from '../../src/domain/mandate';
import type { OfficeArea } from '../../src/domain/office-areas';
import { day } from './dates';
import { mandate as mandateOf, mandateTable } from './mandates';

const ON = day('2026-11-27');
let next = 0;
/** A mandate of the 2025 term unless dated otherwise, with an id of its own. */
const mandate = (memberId: string, position: Mandate['position'], area: OfficeArea | null = null, startsOn = '2025-10-21', endsOn = '2028-03-30'): Mandate =>
  mandateOf(`m${(next += 1)}`, memberId, position, startsOn, endsOn, area);

const president = mandate('seoul', 'PRESIDENT');
const evp = mandate('bogota', 'EXECUTIVE_VICE_PRESIDENT');
const balanced = mandateTable(`
  vp-suwon        suwon        VICE_PRESIDENT  2025-10-21  2028-03-30  secretariat
  vp-chengdu      chengdu      VICE_PRESIDENT  2025-10-21  2028-03-30  east-asia
  vp-ulyanovsk    ulyanovsk    VICE_PRESIDENT  2025-10-21  2028-03-30  eurasia
  vp-beyoglu      beyoglu      VICE_PRESIDENT  2025-10-21  2028-03-30  mediterranean
  vp-mexico-city  mexico-city  VICE_PRESIDENT  2025-10-21  2028-03-30  latin-america
`);

describe('charter issues', () => {
  it('are none with a President, five Vice Presidents and one from each area', () => {
    expect(charterIssuesOn(ON, [president, evp, ...balanced])).toEqual([]);
  });

  it('report G10 when fewer than five Vice Presidents sit beside a President', () => {
    const issues = charterIssuesOn(ON, [president, evp, ...balanced.slice(0, 4)]);
    expect(issues).toEqual([{ rule: 'G10', message: expect.stringContaining('only 4 Vice President Cities') }]);
    expect(charterIssuesOn(ON, [president, evp])).toEqual([{ rule: 'G10', message: expect.stringContaining('no Vice President City') }]);
  });

  it('count neither the EVP, nor a member twice, nor mandates not active on the date, toward G10', () => {
    const issues = charterIssuesOn(ON, [
      president,
      evp,
      mandate('bogota', 'VICE_PRESIDENT', 'latin-america'),
      mandate('chengdu', 'VICE_PRESIDENT', 'east-asia'),
      mandate('chengdu', 'VICE_PRESIDENT', 'east-asia'),
      mandate('ulyanovsk', 'VICE_PRESIDENT', 'eurasia', '2022-10-04', '2025-10-20'),
      ...balanced.slice(2),
    ]);
    expect(issues.map((issue) => issue.rule)).toEqual(['G10']);
  });

  it('report no G10 when no President sits', () => {
    expect(charterIssuesOn(ON, [evp])).toEqual([]);
    expect(charterIssuesOn(ON, [mandate('seoul', 'PRESIDENT', null, '2019-10-01', '2022-10-03')])).toEqual([]);
  });

  it('report G11 when an area outnumbers another by two or more, naming both', () => {
    const issues = charterIssuesOn(ON, [
      president,
      mandate('chengdu', 'VICE_PRESIDENT', 'east-asia'),
      mandate('ulsan', 'VICE_PRESIDENT', 'east-asia'),
      mandate('zhengzhou', 'VICE_PRESIDENT', 'east-asia'),
      mandate('ulyanovsk', 'VICE_PRESIDENT', 'eurasia'),
      mandate('beyoglu', 'VICE_PRESIDENT', 'mediterranean'),
    ]);
    expect(issues).toEqual([{ rule: 'G11', message: expect.stringContaining("East Asia has 3 and the Secretariat's area (Seoul) has 0") }]);
  });

  it('accept a difference of one between areas', () => {
    const issues = charterIssuesOn(ON, [president, ...balanced, mandate('jakarta', 'VICE_PRESIDENT', 'east-asia')]);
    expect(issues).toEqual([]);
  });

  it('report G10 and G11 together when both are open', () => {
    const issues = charterIssuesOn(ON, [president, mandate('chengdu', 'VICE_PRESIDENT', 'east-asia'), mandate('ulsan', 'VICE_PRESIDENT', 'east-asia')]);
    expect(issues.map((issue) => issue.rule)).toEqual(['G10', 'G11']);
  });
});
