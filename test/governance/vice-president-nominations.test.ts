import { accepted, testTokens } from '@wego/testing';
import { auditEntriesOf, expectAudited } from '../support/governance-tables';
import { vicePresidentWorlds, type VicePresidentWorld } from '../support/vice-president-world';

// Each test builds its own graph and history (see vicePresidentWorld): today is 2026-11-27,
// Amsterdam was President from 2022-10-04 to 2025-09-30, Lisbon is President since 2025-10-01.
const world = vicePresidentWorlds();

const UNKNOWN = '00000000-0000-4000-8000-00000000beef';

async function nominationsOf(w: VicePresidentWorld, meetingId: string): Promise<Array<{ position: string; member: { name: string } }>> {
  const answer = await w.graph.query(`query($id: ID!) { meeting(id: $id) { nominations { position member { name } meeting { id } } } }`, { variables: { id: meetingId } });
  return answer.data.meeting.nominations;
}

describe('G10 nominations of the Executive Committee', () => {
  it('are recorded for a Committee meeting that has opened, listed on it in the order recorded, and each audited; a General Assembly lists none', async () => {
    const w = await world();
    const answer = await w.desk.nominateVicePresidents(w.committeeMeeting2026, [w.id('Minsk'), w.id('Chengdu')]);
    accepted(answer);
    const recorded = answer.data.nominateVicePresidents as Array<{ id: string; position: string; member: { name: string }; meeting: { id: string; opensOn: string } }>;
    expect(recorded.map((nomination) => [nomination.position, nomination.member.name, nomination.meeting.opensOn])).toEqual([
      ['VICE_PRESIDENT', 'Minsk', '2026-02-10'],
      ['VICE_PRESIDENT', 'Chengdu', '2026-02-10'],
    ]);
    for (const nomination of recorded) await expectAudited(w.dataSource, answer, nomination.id, 'nominateVicePresidents', 'Nomination');
    expect((await nominationsOf(w, w.committeeMeeting2026)).map((nomination) => nomination.member.name)).toEqual(['Minsk', 'Chengdu']);
    expect(await nominationsOf(w, w.era2025.meetingId)).toEqual([]);
    // A later call adds to them.
    accepted(await w.desk.nominateVicePresidents(w.committeeMeeting2026, [w.id('Agra')]));
    expect((await nominationsOf(w, w.committeeMeeting2026)).map((nomination) => nomination.member.name)).toEqual(['Minsk', 'Chengdu', 'Agra']);
  });

  it('are refused as BAD_USER_INPUT for an empty list, a member named twice or more than 50, and as NOT_FOUND for an unknown or cancelled meeting or an unknown member, writing nothing', async () => {
    const w = await world();
    const nominate = (meetingId: string, memberIds: string[]) => () => w.desk.nominateVicePresidents(meetingId, memberIds);
    await w.refused(nominate(w.committeeMeeting2026, []), 'BAD_USER_INPUT');
    await w.refused(nominate(w.committeeMeeting2026, [w.id('Chengdu'), w.id('Chengdu')]), 'BAD_USER_INPUT');
    const fiftyOne = Array.from({ length: 51 }, (_, index) => `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`);
    await w.refused(nominate(w.committeeMeeting2026, fiftyOne), 'BAD_USER_INPUT');
    await w.refused(nominate(UNKNOWN, [w.id('Chengdu')]), 'NOT_FOUND');
    await w.refused(nominate(w.committeeMeeting2026, [w.id('Chengdu'), UNKNOWN]), 'NOT_FOUND');
    const cancelled = await w.desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2024-03-03', w.id('Nanjing'));
    accepted(await w.desk.cancelMeeting(cancelled.data.scheduleMeeting.id));
    await w.refused(nominate(cancelled.data.scheduleMeeting.id, [w.id('Agra')]), 'NOT_FOUND');
  });

  it('are refused under G10 at a General Assembly, at a meeting not yet open, for a member without a seat on its opening day and for a second nomination at one meeting, writing nothing', async () => {
    const w = await world();
    const future = await w.desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2027-05-12', w.id('Nanjing'));
    accepted(future);
    const nominate = (meetingId: string, names: string[]) => () => w.desk.nominateVicePresidents(meetingId, names.map(w.id));
    await w.refused(nominate(w.era2025.meetingId, ['Chengdu']), 'CHARTER_VIOLATION', 'G10');
    const notOpen = await w.refused(nominate(future.data.scheduleMeeting.id, ['Chengdu']), 'CHARTER_VIOLATION', 'G10');
    expect(notOpen.errors![0]!.message).toContain('has not opened yet');
    // Nairobi never sat; Amsterdam was President, not a Committee member; Chengdu had no seat in 2023.
    await w.refused(nominate(w.committeeMeeting2026, ['Nairobi']), 'CHARTER_VIOLATION', 'G10');
    await w.refused(nominate(w.committeeMeeting2023, ['Amsterdam']), 'CHARTER_VIOLATION', 'G10');
    await w.refused(nominate(w.committeeMeeting2023, ['Chengdu']), 'CHARTER_VIOLATION', 'G10');

    await w.nominate(w.committeeMeeting2026, ['Chengdu']);
    // The whole call is refused: Minsk, named first, is not nominated either.
    const twice = await w.refused(nominate(w.committeeMeeting2026, ['Minsk', 'Chengdu']), 'CHARTER_VIOLATION', 'G10');
    expect(twice.errors![0]!.message).toContain('already nominated');
    expect((await nominationsOf(w, w.committeeMeeting2026)).map((nomination) => nomination.member.name)).toEqual(['Chengdu']);
  });

  it('are recorded by the Secretariat alone: FORBIDDEN to the President City and office staff, UNAUTHENTICATED without a token, writing nothing', async () => {
    const w = await world();
    const nominateAs = (token: string) => () => w.desk.as(token).nominateVicePresidents(w.committeeMeeting2026, [w.id('Chengdu')]);
    await w.refused(nominateAs(await testTokens.member(w.id('Lisbon'))), 'FORBIDDEN');
    await w.refused(nominateAs(await testTokens.member(w.id('Chengdu'))), 'FORBIDDEN');
    await w.refused(nominateAs(await testTokens.office('secretariat')), 'FORBIDDEN');
    await w.refused(nominateAs(''), 'UNAUTHENTICATED');
  });

  it('keep their meeting from being cancelled (G10), changing nothing', async () => {
    const w = await world();
    await w.nominate(w.committeeMeeting2026, ['Chengdu']);
    const answer = await w.refused(() => w.desk.cancelMeeting(w.committeeMeeting2026), 'CHARTER_VIOLATION', 'G10');
    expect(answer.errors![0]!.message).toContain('nominations');
  });
});

describe('G10 an appointment needs a nomination', () => {
  it('is refused without a nomination, or with one made after startsOn, and accepted with one; one nomination serves several appointments', async () => {
    const w = await world();
    const appoint = (startsOn: string) => () => w.desk.appointVicePresident(w.id('Seoul'), startsOn);
    const without = await w.refused(appoint('2026-03-01'), 'CHARTER_VIOLATION', 'G10');
    expect(without.errors![0]!.message).toContain('nominated by the Executive Committee');
    await w.nominate(w.committeeMeeting2026, ['Seoul']);
    // Nominated on 2026-02-10: not yet on 2026-01-15.
    await w.refused(appoint('2026-01-15'), 'CHARTER_VIOLATION', 'G10');

    const first = await appoint('2026-02-10')();
    accepted(first);
    expect(first.data.appointVicePresident).toMatchObject({ position: 'VICE_PRESIDENT', startsOn: '2026-02-10', endsOn: '2028-09-30' });
    accepted(await w.desk.endMandate(first.data.appointVicePresident.id, '2026-04-30'));
    const second = await appoint('2026-06-01')();
    accepted(second);
    expect(second.data.appointVicePresident).toMatchObject({ position: 'VICE_PRESIDENT', startsOn: '2026-06-01', endsOn: '2028-09-30' });
  });

  it('is accepted for a re-elected member on its nomination during its previous seat, and refused for a member nominated only before that one', async () => {
    const w = await world();
    // Agra sat from 2022 and was re-elected in 2025; Berlin sat from 2022 only.
    await w.nominate(w.committeeMeeting2023, ['Agra', 'Berlin']);
    const answer = await w.desk.appointVicePresident(w.id('Agra'), '2026-03-01');
    accepted(answer);
    expect(answer.data.appointVicePresident).toMatchObject({ position: 'VICE_PRESIDENT', startsOn: '2026-03-01', endsOn: '2028-09-30', member: { name: 'Agra' } });
    await w.refused(() => w.desk.appointVicePresident(w.id('Berlin'), '2026-03-01'), 'CHARTER_VIOLATION', 'G10');
  });
});

describe('G10 the appointer', () => {
  it('is the President of today and of startsOn with a member token: a former President is refused, backdated or not, while the Secretariat records what it appointed in office', async () => {
    const w = await world();
    await w.nominate(w.committeeMeeting2023, ['Agra', 'Berlin']);
    await w.nominate(w.committeeMeeting2026, ['Chengdu']);
    const amsterdam = await w.asMember('Amsterdam');
    const backdated = await w.refused(() => amsterdam.appointVicePresident(w.id('Berlin'), '2023-06-01'), 'CHARTER_VIOLATION', 'G10');
    expect(backdated.errors![0]!.message).toContain('this member is not President');
    await w.refused(() => amsterdam.appointVicePresident(w.id('Chengdu'), '2026-12-01'), 'CHARTER_VIOLATION', 'G10');

    const recorded = await w.graph.query(
      `mutation($input: AppointVicePresidentInput!) { appointVicePresident(input: $input) { startsOn appointedBy { name } } }`,
      { variables: { input: { memberId: w.id('Berlin'), startsOn: '2023-06-01' } }, token: w.desk.token },
    );
    accepted(recorded);
    expect(recorded.data.appointVicePresident).toEqual({ startsOn: '2023-06-01', appointedBy: { name: 'Amsterdam' } });

    const byLisbon = await w.graph.query(
      `mutation($input: AppointVicePresidentInput!) { appointVicePresident(input: $input) { id startsOn appointedBy { name } } }`,
      { variables: { input: { memberId: w.id('Chengdu'), startsOn: '2026-12-01' } }, token: await testTokens.member(w.id('Lisbon')) },
    );
    accepted(byLisbon);
    expect(byLisbon.data.appointVicePresident).toMatchObject({ startsOn: '2026-12-01', appointedBy: { name: 'Lisbon' } });
  });
});

describe('G10 distinct cities', () => {
  it('refuse to appoint the President or the Executive Vice President of startsOn, even seated and nominated, writing nothing', async () => {
    const w = await world();
    await w.nominate(w.committeeMeeting2026, ['Lisbon', 'Dakar']);
    const president = await w.refused(() => w.desk.appointVicePresident(w.id('Lisbon'), '2026-12-01'), 'CHARTER_VIOLATION', 'G10');
    expect(president.errors![0]!.message).toContain('the President City on 2026-12-01');
    // Dakar hosts the next General Assembly: it is the Executive Vice President until that opens (G9).
    accepted(await w.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2027-06-01', w.id('Dakar')));
    const evp = await w.refused(() => w.desk.appointVicePresident(w.id('Dakar'), '2026-12-01'), 'CHARTER_VIOLATION', 'G10');
    expect(evp.errors![0]!.message).toContain('the Executive Vice President City on 2026-12-01');
  });

  it('revoke, audited, the appointment not yet begun of a Vice President designated Executive Vice President, which no longer counts among the five', async () => {
    const w = await world();
    const five = ['Chengdu', 'Minsk', 'Barcelona', 'Caracas', 'Seoul'];
    await w.nominate(w.committeeMeeting2026, five);
    const mandateOf = new Map<string, string>();
    for (const name of five) mandateOf.set(name, await w.appoint(name, '2026-12-01'));
    expect(await w.desk.vicePresidentIssuesOn('2026-12-01')).toEqual([]);

    const scheduled = await w.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2027-06-01', w.id('Caracas'));
    accepted(scheduled);
    const caracas = (await w.desk.mandatesOf(w.id('Caracas'))).find((mandate) => mandate.id === mandateOf.get('Caracas'));
    expect(caracas).toMatchObject({ position: 'VICE_PRESIDENT', startsOn: '2026-12-01', revoked: true });
    // Scheduling the Assembly first shortened the seat, and the Vice President mandate with it (G3), then revoked it.
    const revocations = (await auditEntriesOf(w.dataSource, mandateOf.get('Caracas')!)).filter((audited) => audited.after?.revoked === true);
    expect(revocations).toEqual([expect.objectContaining({ operation: 'scheduleMeeting', entity_type: 'Mandate', before: expect.objectContaining({ revoked: false }) })]);

    const committee = await w.desk.committeeOn('2026-12-01');
    expect(committee.filter((mandate) => mandate.member.name === 'Caracas').map((mandate) => mandate.position)).toEqual(['EXECUTIVE_VICE_PRESIDENT', 'EXECUTIVE_COMMITTEE_MEMBER']);
    expect(committee.filter((mandate) => mandate.position === 'VICE_PRESIDENT')).toHaveLength(4);
    expect(await w.desk.vicePresidentIssuesOn('2026-12-01')).toEqual([{ rule: 'G10', message: expect.stringContaining('only 4 Vice President Cities') }]);
  });
});
