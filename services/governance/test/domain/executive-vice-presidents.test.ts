import { addDays, type CalendarDate } from '@wego/calendar';
import { evpMandateId, evpMandatesOf, meetingIdOfEvpMandate, type GeneralAssembly } from '../../src/domain/executive-vice-presidents';
import { isActiveOn } from '../../src/domain/mandate';
import { day } from './dates';

const assemblies: GeneralAssembly[] = [
  { id: 'ga-2025', opensOn: day('2025-10-21'), hostMemberId: 'kazan' },
  { id: 'ga-2019', opensOn: day('2019-10-01'), hostMemberId: 'ulsan' },
  { id: 'ga-2028', opensOn: day('2028-03-31'), hostMemberId: 'bogota' },
  { id: 'ga-2022', opensOn: day('2022-10-04'), hostMemberId: 'istanbul' },
];

describe('G9 Executive Vice Presidents', () => {
  it('make each host EVP from the day after the previous General Assembly opened to its own opening day', () => {
    expect(evpMandatesOf(assemblies).map((mandate) => [mandate.id, mandate.memberId, mandate.position, mandate.startsOn, mandate.endsOn])).toEqual([
      ['evp:ga-2019', 'ulsan', 'EXECUTIVE_VICE_PRESIDENT', '2016-10-01', '2019-10-01'],
      ['evp:ga-2022', 'istanbul', 'EXECUTIVE_VICE_PRESIDENT', '2019-10-02', '2022-10-04'],
      ['evp:ga-2025', 'kazan', 'EXECUTIVE_VICE_PRESIDENT', '2022-10-05', '2025-10-21'],
      ['evp:ga-2028', 'bogota', 'EXECUTIVE_VICE_PRESIDENT', '2025-10-22', '2028-03-31'],
    ]);
  });

  it('make the host of the first General Assembly on record EVP from three years before it opens, 29 February included', () => {
    expect(evpMandatesOf([{ id: 'only', opensOn: day('2024-02-29'), hostMemberId: 'host' }])).toEqual([
      { id: 'evp:only', memberId: 'host', position: 'EXECUTIVE_VICE_PRESIDENT', startsOn: '2021-02-28', endsOn: '2024-02-29', area: null },
    ]);
    expect(evpMandatesOf([])).toEqual([]);
  });

  it('name on any date the host of the earliest General Assembly opening on or after it', () => {
    const mandates = evpMandatesOf(assemblies);
    const ordered = [...assemblies].sort((a, b) => (a.opensOn < b.opensOn ? -1 : 1));
    for (let date: CalendarDate = day('2016-10-01'); date <= day('2028-03-31'); date = addDays(date, 1)) {
      const active = mandates.filter((mandate) => isActiveOn(mandate, date));
      expect(active.map((mandate) => mandate.memberId)).toEqual([ordered.find((assembly) => assembly.opensOn >= date)!.hostMemberId]);
    }
    expect(mandates.filter((mandate) => isActiveOn(mandate, day('2016-09-30')))).toEqual([]);
    expect(mandates.filter((mandate) => isActiveOn(mandate, day('2028-04-01')))).toEqual([]);
  });

  it('leave no empty mandate when two General Assemblies open the same day', () => {
    const sameDay = evpMandatesOf([
      { id: 'a', opensOn: day('2025-10-21'), hostMemberId: 'first' },
      { id: 'b', opensOn: day('2025-10-21'), hostMemberId: 'second' },
    ]);
    expect(sameDay.map((mandate) => mandate.id)).toEqual(['evp:a']);
  });

  it('carry ids that name their General Assembly', () => {
    expect(meetingIdOfEvpMandate(evpMandateId('ga-2025'))).toBe('ga-2025');
    expect(meetingIdOfEvpMandate('00000000-0000-4000-8000-000000000001')).toBeNull();
  });
});
