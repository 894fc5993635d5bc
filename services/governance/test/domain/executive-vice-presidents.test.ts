import { addDays, addYears, type CalendarDate } from '@wego/calendar';
import { evpMandateId, evpMandatesOf, meetingIdOfEvpMandate, type GeneralAssembly } from '../../src/domain/executive-vice-presidents';
import { isActiveOn } from '../../src/domain/mandate';
import { day } from './dates';

const assembly = (id: string, opensOn: string, hostMemberId: string, more: Partial<GeneralAssembly> = {}): GeneralAssembly => ({
  id,
  opensOn: day(opensOn),
  hostMemberId,
  regular: true,
  hostDesignatedOn: addYears(day(opensOn), -3),
  cancelledOn: null,
  ...more,
});

/** Each host designated at the previous Assembly, the first three years before it opens. */
const assemblies: GeneralAssembly[] = [
  assembly('ga-2025', '2025-10-21', 'kazan', { hostDesignatedOn: day('2022-10-04') }),
  assembly('ga-2019', '2019-10-01', 'ulsan'),
  assembly('ga-2028', '2028-03-31', 'bogota', { hostDesignatedOn: day('2025-10-21') }),
  assembly('ga-2022', '2022-10-04', 'istanbul', { hostDesignatedOn: day('2019-10-01') }),
];

const rows = (mandates: ReturnType<typeof evpMandatesOf>) => mandates.map((mandate) => [mandate.id, mandate.memberId, mandate.startsOn, mandate.endsOn]);

/** The rule as it reads, day by day: the host of the earliest regular Assembly opening on or after D, designated by D, not cancelled by D. */
function evpByTheRule(assemblies: readonly GeneralAssembly[], date: CalendarDate): string | null {
  const counting = assemblies.filter(
    (ga) =>
      ga.regular &&
      ga.hostDesignatedOn !== null &&
      ga.hostDesignatedOn <= date &&
      ga.opensOn >= date &&
      !(ga.cancelledOn !== null && (ga.cancelledOn <= date || ga.cancelledOn > ga.opensOn)),
  );
  counting.sort((a, b) => (a.opensOn < b.opensOn ? -1 : a.opensOn > b.opensOn ? 1 : a.id < b.id ? -1 : 1));
  return counting[0]?.hostMemberId ?? null;
}

describe('G9 Executive Vice Presidents', () => {
  it('make each host EVP from the day after the previous regular Assembly opened, when designated before it', () => {
    expect(rows(evpMandatesOf(assemblies))).toEqual([
      ['evp:ga-2019', 'ulsan', '2016-10-01', '2019-10-01'],
      ['evp:ga-2022', 'istanbul', '2019-10-02', '2022-10-04'],
      ['evp:ga-2025', 'kazan', '2022-10-05', '2025-10-21'],
      ['evp:ga-2028', 'bogota', '2025-10-22', '2028-03-31'],
    ]);
    expect(evpMandatesOf([])).toEqual([]);
  });

  it('start no earlier than the designation: a host designated late leaves the days before it without an EVP', () => {
    const late = [assembly('ga-2019', '2019-10-01', 'ulsan'), assembly('ga-2022', '2022-10-04', 'istanbul', { hostDesignatedOn: day('2021-01-01') })];
    expect(rows(evpMandatesOf(late))).toEqual([
      ['evp:ga-2019', 'ulsan', '2016-10-01', '2019-10-01'],
      ['evp:ga-2022', 'istanbul', '2021-01-01', '2022-10-04'],
    ]);
  });

  it('give the host of an extraordinary Assembly, or of one without a designation, no mandate', () => {
    const extraordinary = [assembly('x', '2024-03-01', 'lisbon', { regular: false, hostDesignatedOn: null }), assembly('ga', '2025-10-21', 'kazan')];
    // The host of the regular Assembly is EVP from its designation, through the extraordinary one.
    expect(rows(evpMandatesOf(extraordinary))).toEqual([['evp:ga', 'kazan', '2022-10-21', '2025-10-21']]);
    expect(evpMandatesOf([assembly('none', '2025-10-21', 'kazan', { hostDesignatedOn: null })])).toEqual([]);
  });

  it('keep the days before a cancellation, and give none to an Assembly cancelled after it opened', () => {
    const cancelledBefore = [...assemblies.filter((ga) => ga.id !== 'ga-2028'), assembly('ga-2028', '2028-03-31', 'bogota', { cancelledOn: day('2026-11-27') })];
    expect(rows(evpMandatesOf(cancelledBefore)).pop()).toEqual(['evp:ga-2028', 'bogota', '2025-10-22', '2026-11-26']);
    const cancelledAfter = [
      ...assemblies.filter((ga) => ga.id !== 'ga-2022'),
      assembly('ga-2022', '2022-10-04', 'istanbul', { hostDesignatedOn: day('2019-10-01'), cancelledOn: day('2023-01-10') }),
    ];
    expect(rows(evpMandatesOf(cancelledAfter))).toEqual([
      ['evp:ga-2019', 'ulsan', '2016-10-01', '2019-10-01'],
      ['evp:ga-2025', 'kazan', '2022-10-04', '2025-10-21'],
      ['evp:ga-2028', 'bogota', '2025-10-22', '2028-03-31'],
    ]);
  });

  it('split a host’s days into runs when an earlier Assembly designated later takes the middle', () => {
    const split = [
      assembly('late', '2028-06-01', 'bogota', { hostDesignatedOn: day('2026-01-01') }),
      assembly('early', '2027-01-15', 'dakar', { hostDesignatedOn: day('2026-06-01'), cancelledOn: day('2026-09-01') }),
    ];
    expect(rows(evpMandatesOf(split))).toEqual([
      ['evp:early', 'dakar', '2026-06-01', '2026-08-31'],
      ['evp:late', 'bogota', '2026-01-01', '2026-05-31'],
      ['evp:late@2026-09-01', 'bogota', '2026-09-01', '2028-06-01'],
    ]);
    expect(meetingIdOfEvpMandate('evp:late@2026-09-01')).toBe('late');
  });

  it('agree with the rule read day by day on a mixed record', () => {
    const mixed = [
      ...assemblies,
      assembly('x', '2027-02-01', 'lisbon', { regular: false, hostDesignatedOn: null }),
      assembly('c', '2027-06-01', 'jakarta', { hostDesignatedOn: day('2026-02-01'), cancelledOn: day('2026-10-01') }),
      assembly('d', '2029-01-10', 'dakar', { hostDesignatedOn: day('2027-01-01') }),
    ];
    const mandates = evpMandatesOf(mixed);
    for (let date: CalendarDate = day('2016-09-01'); date <= day('2029-02-01'); date = addDays(date, 1)) {
      const active = mandates.filter((mandate) => isActiveOn(mandate, date)).map((mandate) => mandate.memberId);
      const expected = evpByTheRule(mixed, date);
      expect([date, active]).toEqual([date, expected ? [expected] : []]);
    }
  });

  it('carry ids that name their General Assembly', () => {
    expect(meetingIdOfEvpMandate(evpMandateId('ga-2025'))).toBe('ga-2025');
    expect(meetingIdOfEvpMandate('00000000-0000-4000-8000-000000000001')).toBeNull();
  });
});
