import type { DataSource } from 'typeorm';
import type { OfficeArea } from '../src/domain/office-areas';
import { GovernanceFixtures } from './governance-fixtures';

/** Members of the story, by key, with fixed ids in this order, which differs from their names' order. */
export const MEMBERS = membersInOrder({
  seoul: 'Seoul', chengdu: 'Chengdu', ulyanovsk: 'Ulyanovsk Region', beyoglu: 'Beyoğlu', mexicoCity: 'Mexico City',
  suwon: 'Suwon', zhengzhou: 'Zhengzhou', ulsan: 'Ulsan', istanbul: 'Istanbul', kazan: 'Kazan',
  bogota: 'Bogotá', jakarta: 'Jakarta', addisAbaba: 'Addis Ababa',
});

/** Each member's name, and an id that counts the members in the order written: …0001, …0002, … */
function membersInOrder<const Key extends string>(names: Record<Key, string>): Readonly<Record<Key, { id: string; name: string }>> {
  const entries = (Object.entries(names) as Array<[Key, string]>).map(([key, name], index) => [key, { id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`, name }]);
  return Object.fromEntries(entries) as Record<Key, { id: string; name: string }>;
}

export type MemberKey = keyof typeof MEMBERS;

/** What membership would answer for each id. */
export const MEMBER_NAMES: Readonly<Record<string, string>> = Object.fromEntries(Object.values(MEMBERS).map((member) => [member.id, member.name]));

export function nameOf(memberId: string): string {
  return MEMBER_NAMES[memberId] ?? memberId;
}

const id = (key: MemberKey): string => MEMBERS[key].id;

export type WegoHistory = Awaited<ReturnType<typeof writeWegoHistory>>;

/**
 * A governance history, written in no particular order:
 * - General Assemblies 2019-10-01 (host Ulsan), 2022-10-04 (Istanbul), 2025-10-21 (Kazan),
 *   2028-03-31 (Bogotá); one for 2027-06-01 (Jakarta) cancelled.
 * - Executive Committee meetings 2021-06-15, 2024-05-14 (the President absent), 2026-05-12; one for
 *   2026-09-01 cancelled.
 * - Presidents: Seoul 2019-10-01..2022-10-03, Mexico City 2022-10-04..2025-10-20, Seoul again
 *   2025-10-21..2028-03-30.
 * - Vice Presidents: two in 2019-2022 (G10 open), five of which three from East Asia in 2022-2025
 *   (G11 open), five from five areas since 2025-10-21 (no issue).
 * - Decisions: each Committee meeting's activity review and plan (the 2026 review corrected once),
 *   a resolution of the 2025 General Assembly (G13 met).
 */
export async function writeWegoHistory(dataSource: DataSource) {
  const fixtures = new GovernanceFixtures(dataSource);
  const assemblies = {
    ga2025: await fixtures.meeting('GENERAL_ASSEMBLY', '2025-10-21', id('kazan'), { hostDesignatedOn: '2022-10-05' }),
    ga2028: await fixtures.meeting('GENERAL_ASSEMBLY', '2028-03-31', id('bogota'), { hostDesignatedOn: '2025-10-22' }),
    ga2019: await fixtures.meeting('GENERAL_ASSEMBLY', '2019-10-01', id('ulsan')),
    cancelledGa2027: await fixtures.meeting('GENERAL_ASSEMBLY', '2027-06-01', id('jakarta'), { cancelled: true }),
    ga2022: await fixtures.meeting('GENERAL_ASSEMBLY', '2022-10-04', id('istanbul'), { hostDesignatedOn: '2019-10-02' }),
  };
  const committees = {
    excom2026: await fixtures.meeting('EXECUTIVE_COMMITTEE', '2026-05-12', id('mexicoCity')),
    cancelledExcom2026: await fixtures.meeting('EXECUTIVE_COMMITTEE', '2026-09-01', id('suwon'), { cancelled: true }),
    excom2021: await fixtures.meeting('EXECUTIVE_COMMITTEE', '2021-06-15', id('seoul')),
    excom2024: await fixtures.meeting('EXECUTIVE_COMMITTEE', '2024-05-14', id('chengdu')),
  };
  await fixtures.absence(committees.excom2024.id, id('mexicoCity'));
  await fixtures.absence(committees.excom2026.id, id('jakarta'));

  const source = (meetingId: string) => ({ sourceMeetingId: meetingId });
  /** Vice Presidents of one term, written in the order given, each counted in its area. */
  const vicePresidents = async (startsOn: string, endsOn: string, areas: ReadonlyArray<readonly [MemberKey, OfficeArea]>): Promise<void> => {
    for (const [member, area] of areas) await fixtures.mandate(id(member), 'VICE_PRESIDENT', startsOn, endsOn, { area });
  };
  // Since the 2025 General Assembly: a President, five Vice Presidents from five areas, their Executive Committee seats.
  await vicePresidents('2025-11-01', '2028-03-30', [['suwon', 'secretariat']]);
  const president2025 = await fixtures.mandate(id('seoul'), 'PRESIDENT', '2025-10-21', '2028-03-30', source(assemblies.ga2025.id));
  await vicePresidents('2025-11-01', '2028-03-30', [['mexicoCity', 'latin-america'], ['ulyanovsk', 'eurasia'], ['chengdu', 'east-asia'], ['beyoglu', 'mediterranean']]);
  // 2022-2025: five Vice Presidents, three of them from East Asia.
  await fixtures.mandate(id('mexicoCity'), 'PRESIDENT', '2022-10-04', '2025-10-20', source(assemblies.ga2022.id));
  await vicePresidents('2022-10-04', '2025-10-20', [['ulsan', 'east-asia'], ['chengdu', 'east-asia'], ['zhengzhou', 'east-asia'], ['ulyanovsk', 'eurasia'], ['beyoglu', 'mediterranean']]);
  // 2019-2022: two Vice Presidents only; Kazan sat on the Executive Committee before it became EVP.
  await fixtures.mandate(id('seoul'), 'PRESIDENT', '2019-10-01', '2022-10-03', source(assemblies.ga2019.id));
  await vicePresidents('2019-10-01', '2022-10-03', [['chengdu', 'east-asia'], ['ulyanovsk', 'eurasia']]);
  const memberKazan2019 = await fixtures.mandate(id('kazan'), 'EXECUTIVE_COMMITTEE_MEMBER', '2019-10-01', '2022-10-03', source(assemblies.ga2019.id));
  const mandates = { president2025, memberKazan2019 };
  for (const key of ['suwon', 'mexicoCity', 'ulyanovsk', 'chengdu', 'beyoglu', 'jakarta', 'addisAbaba'] as const) {
    await fixtures.mandate(id(key), 'EXECUTIVE_COMMITTEE_MEMBER', '2025-10-21', '2028-03-30', source(assemblies.ga2025.id));
  }

  const candidacies = {
    withdrawnIstanbul: await fixtures.candidacy(assemblies.ga2025.id, id('istanbul'), 'PRESIDENT', '2025-07-01', 'WITHDRAWN'),
    electedSeoul: await fixtures.candidacy(assemblies.ga2025.id, id('seoul'), 'PRESIDENT', '2025-08-01', 'ELECTED'),
    submittedMexicoCity: await fixtures.candidacy(assemblies.ga2025.id, id('mexicoCity'), 'PRESIDENT', '2025-08-15', 'SUBMITTED'),
    submittedJakarta: await fixtures.candidacy(assemblies.ga2025.id, id('jakarta'), 'EXECUTIVE_COMMITTEE_MEMBER', '2025-09-01', 'SUBMITTED'),
    submittedKazan2028: await fixtures.candidacy(assemblies.ga2028.id, id('kazan'), 'PRESIDENT', '2026-11-20', 'SUBMITTED'),
  };

  await fixtures.auditEntry(assemblies.ga2025.id, 'scheduleMeeting', { kind: 'GENERAL_ASSEMBLY', opensOn: '2025-10-21' });
  await fixtures.auditEntry(assemblies.ga2025.id, 'recordElectionResult', { position: 'PRESIDENT', electedMemberIds: [id('seoul')] });
  await fixtures.auditEntry(assemblies.ga2022.id, 'scheduleMeeting', { kind: 'GENERAL_ASSEMBLY', opensOn: '2022-10-04' });

  const review2026 = await fixtures.decision(committees.excom2026, 1, 'ACTIVITY_REVIEW', 'Activities of 2025');
  const decisions = {
    review2021: await fixtures.decision(committees.excom2021, 1, 'ACTIVITY_REVIEW', 'Activities of 2020'),
    plan2021: await fixtures.decision(committees.excom2021, 2, 'ACTIVITY_PLAN', 'Activities of 2021'),
    review2024: await fixtures.decision(committees.excom2024, 1, 'ACTIVITY_REVIEW', 'Activities of 2023'),
    plan2024: await fixtures.decision(committees.excom2024, 2, 'ACTIVITY_PLAN', 'Activities of 2024'),
    review2026,
    plan2026: await fixtures.decision(committees.excom2026, 2, 'ACTIVITY_PLAN', 'Activities of 2026'),
    correctedReview2026: await fixtures.decision(committees.excom2026, 3, 'ACTIVITY_REVIEW', 'Activities of 2025, corrected', review2026.id),
    declaration2025: await fixtures.decision(assemblies.ga2025, 1, 'RESOLUTION', 'Kazan Declaration'),
  };

  return { assemblies, committees, mandates, candidacies, decisions };
}
