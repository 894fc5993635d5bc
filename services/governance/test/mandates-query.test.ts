import { startedForThisFile } from '@wego/testing';
import { EXCOM_MAX_SEATS } from './governance-harness';
import { startGovernanceWithHistory } from './governance-with-history';
import { MEMBERS, nameOf, type MemberKey } from './wego-history';

interface MandateAnswer {
  id: string;
  member: { id: string } | null;
  position: string;
  startsOn: string;
  endsOn: string;
}

const world = startedForThisFile(() => startGovernanceWithHistory());

const MANDATES_OF = `query($id: _Any!, $on: Date) { _entities(representations: [$id]) { ... on Member { id mandates(activeOn: $on) { id position startsOn endsOn member { id } } } } }`;

async function mandatesOf(key: MemberKey | string, activeOn?: string): Promise<MandateAnswer[]> {
  const id = key in MEMBERS ? MEMBERS[key as MemberKey].id : key;
  const answer = await world.governance.query<{ _entities: Array<{ mandates: MandateAnswer[] }> }>(MANDATES_OF, {
    variables: { id: { __typename: 'Member', id }, on: activeOn ?? null },
  });
  expect(answer.errors).toBeUndefined();
  return answer.data!._entities[0]!.mandates;
}

describe('Member.mandates', () => {
  it('lists all of a member’s mandates by start date, the derived EVP one included (G9)', async () => {
    expect(await mandatesOf('kazan')).toEqual([
      { id: world.history.mandates.memberKazan2019.id, position: 'EXECUTIVE_COMMITTEE_MEMBER', startsOn: '2019-10-01', endsOn: '2022-10-03', member: { id: MEMBERS.kazan.id } },
      // Host of the 2025 General Assembly: EVP from the day after the 2022 one opened.
      { id: `evp:${world.history.assemblies.ga2025.id}`, position: 'EXECUTIVE_VICE_PRESIDENT', startsOn: '2022-10-05', endsOn: '2025-10-21', member: { id: MEMBERS.kazan.id } },
    ]);
  });

  it('gives the host of the first General Assembly on record an EVP mandate from three years before it', async () => {
    expect((await mandatesOf('ulsan')).map((mandate) => [mandate.position, mandate.startsOn, mandate.endsOn])).toEqual([
      ['EXECUTIVE_VICE_PRESIDENT', '2016-10-01', '2019-10-01'],
      ['VICE_PRESIDENT', '2022-10-04', '2025-10-20'],
    ]);
  });

  it('ignores cancelled General Assemblies: their host is no EVP, and they split no one else’s mandate', async () => {
    expect((await mandatesOf('jakarta')).map((mandate) => mandate.position)).toEqual(['EXECUTIVE_COMMITTEE_MEMBER']);
    expect((await mandatesOf('bogota')).map((mandate) => [mandate.id, mandate.startsOn, mandate.endsOn])).toEqual([
      [`evp:${world.history.assemblies.ga2028.id}`, '2025-10-22', '2028-03-31'],
    ]);
  });

  it('lists only those active on `activeOn`, both ends inclusive', async () => {
    expect((await mandatesOf('kazan', '2024-01-01')).map((mandate) => mandate.position)).toEqual(['EXECUTIVE_VICE_PRESIDENT']);
    expect((await mandatesOf('kazan', '2022-10-03')).map((mandate) => mandate.position)).toEqual(['EXECUTIVE_COMMITTEE_MEMBER']);
    expect((await mandatesOf('kazan', '2022-10-04')).map((mandate) => mandate.position)).toEqual([]);
    expect((await mandatesOf('kazan', '2025-10-21')).map((mandate) => mandate.position)).toEqual(['EXECUTIVE_VICE_PRESIDENT']);
    expect(await mandatesOf('kazan', '2026-01-01')).toEqual([]);
  });

  it('answers an empty list for a member without mandates', async () => {
    expect(await mandatesOf('00000000-0000-4000-8000-0000000000ff')).toEqual([]);
  });
});

describe('executiveCommittee', () => {
  const COMMITTEE = `query($on: Date) { executiveCommittee(on: $on) { id position startsOn endsOn member { id } } }`;

  async function committeeOn(on: string | null): Promise<Array<[string, string]>> {
    const answer = await world.governance.query<{ executiveCommittee: MandateAnswer[] }>(COMMITTEE, { variables: { on } });
    expect(answer.errors).toBeUndefined();
    return answer.data!.executiveCommittee.map((mandate) => [mandate.position, nameOf(mandate.member!.id)]);
  }

  const TODAYS_COMMITTEE = [
    ['PRESIDENT', 'Seoul'],
    ['EXECUTIVE_VICE_PRESIDENT', 'Bogotá'],
    ['VICE_PRESIDENT', 'Beyoğlu'],
    ['VICE_PRESIDENT', 'Chengdu'],
    ['VICE_PRESIDENT', 'Mexico City'],
    ['VICE_PRESIDENT', 'Suwon'],
    ['VICE_PRESIDENT', 'Ulyanovsk Region'],
    ['EXECUTIVE_COMMITTEE_MEMBER', 'Addis Ababa'],
    ['EXECUTIVE_COMMITTEE_MEMBER', 'Beyoğlu'],
    ['EXECUTIVE_COMMITTEE_MEMBER', 'Chengdu'],
    ['EXECUTIVE_COMMITTEE_MEMBER', 'Jakarta'],
    ['EXECUTIVE_COMMITTEE_MEMBER', 'Mexico City'],
    ['EXECUTIVE_COMMITTEE_MEMBER', 'Suwon'],
    ['EXECUTIVE_COMMITTEE_MEMBER', 'Ulyanovsk Region'],
  ];

  it('lists every mandate active today in Seoul when no date is given: by position, then member name', async () => {
    expect(await committeeOn(null)).toEqual(TODAYS_COMMITTEE);
    expect(await committeeOn('2026-11-27')).toEqual(TODAYS_COMMITTEE);
  });

  it('answers for a past date', async () => {
    expect(await committeeOn('2024-06-01')).toEqual([
      ['PRESIDENT', 'Mexico City'],
      ['EXECUTIVE_VICE_PRESIDENT', 'Kazan'],
      ['VICE_PRESIDENT', 'Beyoğlu'],
      ['VICE_PRESIDENT', 'Chengdu'],
      ['VICE_PRESIDENT', 'Ulsan'],
      ['VICE_PRESIDENT', 'Ulyanovsk Region'],
      ['VICE_PRESIDENT', 'Zhengzhou'],
    ]);
  });

  it('answers for a future date, the cancelled General Assembly’s host never becoming EVP', async () => {
    expect(await committeeOn('2027-06-01')).toEqual(TODAYS_COMMITTEE);
    expect(await committeeOn('2028-03-31')).toEqual([['EXECUTIVE_VICE_PRESIDENT', 'Bogotá']]);
    expect(await committeeOn('2030-01-01')).toEqual([]);
  });

  it('gives the derived EVP mandate its stable id', async () => {
    const answer = await world.governance.query<{ executiveCommittee: MandateAnswer[] }>(COMMITTEE, { variables: { on: '2026-11-27' } });
    expect(answer.data!.executiveCommittee[1]).toEqual({
      id: `evp:${world.history.assemblies.ga2028.id}`,
      position: 'EXECUTIVE_VICE_PRESIDENT',
      startsOn: '2025-10-22',
      endsOn: '2028-03-31',
      member: { id: MEMBERS.bogota.id },
    });
  });

  it('asks membership for the names once per request, however many dates', async () => {
    const before = world.membership.requests.length;
    const answer = await world.governance.query(`{ a: executiveCommittee(on: "2024-06-01") { id } b: executiveCommittee(on: "2026-11-27") { id } }`);
    expect(answer.errors).toBeUndefined();
    expect(world.membership.requests.length).toBe(before + 1);
    expect(new Set(world.membership.requests.at(-1))).toEqual(
      new Set((['seoul', 'mexicoCity', 'kazan', 'bogota', 'beyoglu', 'chengdu', 'ulsan', 'ulyanovsk', 'zhengzhou', 'suwon', 'addisAbaba', 'jakarta'] as const).map((key) => MEMBERS[key].id)),
    );
  });

  it('refuses a date that is not a calendar date', async () => {
    const answer = await world.governance.query(`query($on: Date) { executiveCommittee(on: $on) { id } }`, { variables: { on: '2027-02-30' } });
    expect(answer.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const inline = await world.governance.query(`{ executiveCommittee(on: "2027-02-30") { id } }`);
    expect(inline.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('charterIssues', () => {
  async function issuesOn(on: string | null): Promise<Array<{ rule: string; message: string }>> {
    const answer = await world.governance.query<{ charterIssues: Array<{ rule: string; message: string }> }>(`query($on: Date) { charterIssues(on: $on) { rule message } }`, {
      variables: { on },
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.charterIssues;
  }

  it('reports fewer than five Vice Presidents while a President sits (G10)', async () => {
    expect(await issuesOn('2021-06-01')).toEqual([
      {
        rule: 'G1',
        message:
          'The General Assembly meets every three years: the last regular one opened on 2019-10-01, and no regular General Assembly is scheduled to open by 2022-10-01, when the next is due.',
      },
      {
        rule: 'G10',
        message: 'On 2021-06-01 the Executive Committee has only 2 Vice President Cities besides the Executive Vice President City; the statutes ask for not less than five.',
      },
    ]);
    // Between the 2025 General Assembly and the appointments that followed it.
    expect(await issuesOn('2025-10-25')).toEqual([
      expect.objectContaining({ rule: 'G2' }),
      expect.objectContaining({ rule: 'G10', message: expect.stringContaining('no Vice President City') }),
    ]);
  });

  it('reports an area outnumbering another by two Vice Presidents or more (G11)', async () => {
    expect(await issuesOn('2024-06-01')).toEqual([
      expect.objectContaining({ rule: 'G1' }),
      {
        rule: 'G11',
        message:
          "On 2024-06-01 the Vice President Cities are unevenly spread: East Asia has 3 and the Secretariat's area (Seoul) has 0 " +
          "(the Secretariat's area (Seoul) 0, East Asia 3, Eurasia 1, the Mediterranean 1, Latin America 0); " +
          'the statutes ask for equal geographical distribution as much as possible.',
      },
    ]);
  });

  it('reports nothing when the charter is met, today when no date is given, or before anything is on record', async () => {
    expect(await issuesOn(null)).toEqual([]);
    expect(await issuesOn('2026-06-01')).toEqual([]);
    expect(await issuesOn('2015-01-01')).toEqual([]);
  });

  it('reports a year without a regular Committee meeting once earlier years had one (G2)', async () => {
    expect(await issuesOn('2027-06-01')).toEqual([
      {
        rule: 'G2',
        message: 'The Executive Committee meets annually, and no regular Executive Committee meeting is scheduled in 2027 (the last before it was in 2026).',
      },
    ]);
    // 2025 had none either; 2021 was the first year on record, so 2020 reports no G2.
    expect((await issuesOn('2025-03-01')).map((issue) => issue.rule)).toEqual(['G1', 'G2', 'G11']);
    expect((await issuesOn('2020-03-01')).map((issue) => issue.rule)).toEqual(['G1', 'G10']);
  });
});

describe('charter', () => {
  it('gives the configured Executive Committee limit (G8)', async () => {
    const answer = await world.governance.query(`{ charter { executiveCommitteeMaxSeats } }`);
    expect(answer.data).toEqual({ charter: { executiveCommitteeMaxSeats: EXCOM_MAX_SEATS } });
  });
});
