import { startedForThisFile, testTokens } from '@wego/testing';
import { startGovernanceWithHistory } from './governance-with-history';
import { MEMBERS } from './wego-history';

interface MeetingAnswer {
  id: string;
  kind: string;
  opensOn: string;
  host: { id: string } | null;
  candidacyDeadline: string | null;
  chair: { id: string } | null;
}

const world = startedForThisFile(() => startGovernanceWithHistory());

const MEETING_FIELDS = 'id kind opensOn host { id } candidacyDeadline chair { id }';

describe('meetings', () => {
  it('lists the meetings not cancelled, by opening date', async () => {
    const answer = await world.governance.query<{ meetings: MeetingAnswer[] }>(`{ meetings { ${MEETING_FIELDS} } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.meetings.map((meeting) => [meeting.kind, meeting.opensOn])).toEqual([
      ['GENERAL_ASSEMBLY', '2019-10-01'],
      ['EXECUTIVE_COMMITTEE', '2021-06-15'],
      ['GENERAL_ASSEMBLY', '2022-10-04'],
      ['EXECUTIVE_COMMITTEE', '2024-05-14'],
      ['GENERAL_ASSEMBLY', '2025-10-21'],
      ['EXECUTIVE_COMMITTEE', '2026-05-12'],
      ['GENERAL_ASSEMBLY', '2028-03-31'],
    ]);
    const ids = answer.data!.meetings.map((meeting) => meeting.id);
    expect(ids).not.toContain(world.history.assemblies.cancelledGa2027.id);
    expect(ids).not.toContain(world.history.committees.cancelledExcom2026.id);
  });

  it('filters by kind', async () => {
    const answer = await world.governance.query<{ assemblies: MeetingAnswer[]; committees: MeetingAnswer[] }>(
      `{ assemblies: meetings(kind: GENERAL_ASSEMBLY) { opensOn } committees: meetings(kind: EXECUTIVE_COMMITTEE) { opensOn } }`,
    );
    expect(answer.data!.assemblies.map((meeting) => meeting.opensOn)).toEqual(['2019-10-01', '2022-10-04', '2025-10-21', '2028-03-31']);
    expect(answer.data!.committees.map((meeting) => meeting.opensOn)).toEqual(['2021-06-15', '2024-05-14', '2026-05-12']);
  });

  it('gives the host as a member reference, and a candidacy deadline for General Assemblies alone (G4)', async () => {
    const answer = await world.governance.query<{ meetings: MeetingAnswer[] }>(`{ meetings { ${MEETING_FIELDS} } }`);
    const byDate = new Map(answer.data!.meetings.map((meeting) => [meeting.opensOn, meeting]));
    expect(byDate.get('2025-10-21')!.host).toEqual({ id: MEMBERS.kazan.id });
    expect(byDate.get('2028-03-31')!.candidacyDeadline).toBe('2028-02-29');
    expect(byDate.get('2025-10-21')!.candidacyDeadline).toBe('2025-09-21');
    expect(byDate.get('2026-05-12')!.candidacyDeadline).toBeNull();
  });
});

describe('meeting(id)', () => {
  it('answers the meeting of that id', async () => {
    const answer = await world.governance.query<{ meeting: MeetingAnswer }>(`query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`, {
      variables: { id: world.history.assemblies.ga2028.id },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.meeting).toEqual({
      id: world.history.assemblies.ga2028.id,
      kind: 'GENERAL_ASSEMBLY',
      opensOn: '2028-03-31',
      host: { id: MEMBERS.bogota.id },
      candidacyDeadline: '2028-02-29',
      // Seoul's term ends the day before, so Seoul, the outgoing President, chairs.
      chair: { id: MEMBERS.seoul.id },
    });
  });

  it('answers null for an unknown id, and for one that is no id at all', async () => {
    const answer = await world.governance.query(`{ a: meeting(id: "00000000-0000-4000-8000-0000000000ff") { id } b: meeting(id: "not-an-id") { id } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ a: null, b: null });
  });
});

describe('Meeting.chair (G12)', () => {
  const chairOf = async (meetingId: string) =>
    (await world.governance.query<{ meeting: MeetingAnswer }>(`query($id: ID!) { meeting(id: $id) { chair { id } } }`, { variables: { id: meetingId } }))
      .data!.meeting.chair;

  it('is the President on the opening date when present', async () => {
    expect(await chairOf(world.history.committees.excom2026.id)).toEqual({ id: MEMBERS.seoul.id });
    expect(await chairOf(world.history.committees.excom2021.id)).toEqual({ id: MEMBERS.seoul.id });
  });

  it('of a General Assembly is the outgoing President, in office the day before it opens, not the one it elects', async () => {
    expect(await chairOf(world.history.assemblies.ga2025.id)).toEqual({ id: MEMBERS.mexicoCity.id });
  });

  it('is the Executive Vice President of the date when the President is recorded absent', async () => {
    // Mexico City presided in 2024 and sent apologies; Kazan, host of the 2025 General Assembly, was EVP.
    expect(await chairOf(world.history.committees.excom2024.id)).toEqual({ id: MEMBERS.kazan.id });
  });
});

describe('Meeting.candidacies', () => {
  it('lists them as received, reading NOT_ELECTED once another is elected for the same position (G7)', async () => {
    const answer = await world.governance.query<{
      meeting: { candidacies: Array<{ id: string; member: { id: string }; position: string; meeting: { id: string }; receivedOn: string; status: string }> };
    }>(`query($id: ID!) { meeting(id: $id) { candidacies { id member { id } position meeting { id } receivedOn status } } }`, {
      variables: { id: world.history.assemblies.ga2025.id },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.meeting.candidacies).toEqual([
      { id: world.history.candidacies.withdrawnIstanbul.id, member: { id: MEMBERS.istanbul.id }, position: 'PRESIDENT', meeting: { id: world.history.assemblies.ga2025.id }, receivedOn: '2025-07-01', status: 'WITHDRAWN' },
      { id: world.history.candidacies.electedSeoul.id, member: { id: MEMBERS.seoul.id }, position: 'PRESIDENT', meeting: { id: world.history.assemblies.ga2025.id }, receivedOn: '2025-08-01', status: 'ELECTED' },
      { id: world.history.candidacies.submittedMexicoCity.id, member: { id: MEMBERS.mexicoCity.id }, position: 'PRESIDENT', meeting: { id: world.history.assemblies.ga2025.id }, receivedOn: '2025-08-15', status: 'NOT_ELECTED' },
      // Nobody is elected yet for the Executive Committee at that meeting.
      { id: world.history.candidacies.submittedJakarta.id, member: { id: MEMBERS.jakarta.id }, position: 'EXECUTIVE_COMMITTEE_MEMBER', meeting: { id: world.history.assemblies.ga2025.id }, receivedOn: '2025-09-01', status: 'SUBMITTED' },
    ]);
  });

  it('keeps SUBMITTED while no result is recorded, and answers an empty list for a meeting without candidacies', async () => {
    const answer = await world.governance.query<{ a: { candidacies: Array<{ status: string }> }; b: { candidacies: unknown[] } }>(
      `query($a: ID!, $b: ID!) { a: meeting(id: $a) { candidacies { status } } b: meeting(id: $b) { candidacies { id } } }`,
      { variables: { a: world.history.assemblies.ga2028.id, b: world.history.committees.excom2026.id } },
    );
    expect(answer.data!.a.candidacies).toEqual([{ status: 'SUBMITTED' }]);
    expect(answer.data!.b.candidacies).toEqual([]);
  });
});

describe('Meeting.auditTrail', () => {
  const AUDIT = `query($id: ID!) { meeting(id: $id) { opensOn auditTrail { operation entityId actor role before after requestId at } } }`;

  it('is the Secretariat’s to read, oldest first', async () => {
    const answer = await world.governance.query<{ meeting: { auditTrail: Array<{ operation: string; entityId: string; before: string | null; after: string }> } }>(AUDIT, {
      variables: { id: world.history.assemblies.ga2025.id },
      token: await testTokens.secretariat(),
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.meeting.auditTrail.map((entry) => entry.operation)).toEqual(['scheduleMeeting', 'recordElectionResult']);
    expect(answer.data!.meeting.auditTrail[0]).toMatchObject({ entityId: world.history.assemblies.ga2025.id, before: null, role: 'secretariat' });
    expect(JSON.parse(answer.data!.meeting.auditTrail[0]!.after)).toEqual({ kind: 'GENERAL_ASSEMBLY', opensOn: '2025-10-21' });
  });

  it('answers null with FORBIDDEN at its path for anyone else, the rest of the meeting intact', async () => {
    for (const token of [undefined, await testTokens.member(MEMBERS.kazan.id), await testTokens.office('00000000-0000-4000-8000-00000000aaaa')]) {
      const answer = await world.governance.query(AUDIT, { variables: { id: world.history.assemblies.ga2025.id }, ...(token ? { token } : {}) });
      expect(answer.data).toEqual({ meeting: { opensOn: '2025-10-21', auditTrail: null } });
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors![0]).toMatchObject({ path: ['meeting', 'auditTrail'], extensions: { code: 'FORBIDDEN' } });
    }
  });
});
