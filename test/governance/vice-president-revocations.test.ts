import { accepted, testTokens } from '@wego/testing';
import { auditEntriesOf, expectAudited, governanceTables } from '../support/governance-tables';
import { vicePresidentWorlds, type VicePresidentWorld } from '../support/vice-president-world';

// Each test builds its own graph and history (see vicePresidentWorld): today is 2026-11-27,
// Amsterdam was President from 2022-10-04 to 2025-09-30, Lisbon is President since 2025-10-01.
const world = vicePresidentWorlds();

const UNKNOWN = '00000000-0000-4000-8000-00000000beef';

/** The member's mandate of this id as `Member.mandates` lists it (all of them, or those active on a date). */
async function listed(w: VicePresidentWorld, name: string, mandateId: string, activeOn?: string): Promise<{ position: string; startsOn: string; endsOn: string; revoked: boolean } | undefined> {
  const answer = await w.graph.query(`query($id: ID!, $on: Date) { member(id: $id) { mandates(activeOn: $on) { id position startsOn endsOn revoked } } }`, {
    variables: { id: w.id(name), on: activeOn ?? null },
  });
  return answer.data.member.mandates.find((mandate: { id: string }) => mandate.id === mandateId);
}

/** The audit entries of a mandate that revoked it. */
async function revocationsOf(w: VicePresidentWorld, mandateId: string) {
  return (await auditEntriesOf(w.dataSource, mandateId)).filter((entry) => entry.after?.revoked === true);
}

describe('G10 revoking an appointment not yet begun', () => {
  it('by the Secretariat or the appointing President City: kept on record with revoked: true, listed by Member.mandates, counted nowhere else; revoking it again answers it unchanged', async () => {
    const w = await world();
    await w.nominate(w.committeeMeeting2026, ['Chengdu', 'Minsk']);
    const chengdu = await w.appoint('Chengdu', '2027-01-10');
    const byLisbon = await (await w.asMember('Lisbon')).appointVicePresident(w.id('Minsk'), '2027-01-10');
    accepted(byLisbon);
    const minsk = byLisbon.data.appointVicePresident.id;
    expect((await w.desk.committeeOn('2027-01-10')).filter((mandate) => mandate.position === 'VICE_PRESIDENT')).toHaveLength(2);

    const revoked = await w.desk.revokeAppointment(chengdu);
    accepted(revoked);
    expect(revoked.data.revokeAppointment).toMatchObject({ id: chengdu, position: 'VICE_PRESIDENT', startsOn: '2027-01-10', revoked: true });
    const entry = await expectAudited(w.dataSource, revoked, chengdu, 'revokeAppointment', 'Mandate');
    expect(entry).toMatchObject({ before: { revoked: false }, after: { revoked: true } });
    accepted(await (await w.asMember('Lisbon')).revokeAppointment(minsk));

    expect((await w.desk.committeeOn('2027-01-10')).filter((mandate) => mandate.position === 'VICE_PRESIDENT')).toEqual([]);
    expect(await listed(w, 'Chengdu', chengdu)).toMatchObject({ position: 'VICE_PRESIDENT', startsOn: '2027-01-10', revoked: true });
    expect(await listed(w, 'Chengdu', chengdu, '2027-01-10')).toBeUndefined();
    expect(await listed(w, 'Chengdu', w.seatOf(w.era2025, 'Chengdu'))).toMatchObject({ position: 'EXECUTIVE_COMMITTEE_MEMBER', revoked: false });
    expect(await w.desk.vicePresidentIssuesOn('2027-01-10')).toEqual([{ rule: 'G10', message: expect.stringContaining('no Vice President City') }]);

    const before = await governanceTables(w.dataSource);
    const again = await w.desk.revokeAppointment(chengdu);
    accepted(again);
    expect(again.data.revokeAppointment).toMatchObject({ id: chengdu, revoked: true });
    expect(await governanceTables(w.dataSource)).toEqual(before);
    // A revoked appointment overlaps nothing: the member can be appointed again for the same days.
    accepted(await w.desk.appointVicePresident(w.id('Chengdu'), '2027-01-10'));
  });

  it('is refused under G10 for an appointment already begun and for a mandate that is not a Vice President one, as NOT_FOUND for an unknown id, writing nothing', async () => {
    const w = await world();
    await w.nominate(w.committeeMeeting2026, ['Chengdu', 'Minsk']);
    const begun = await w.appoint('Chengdu', '2026-03-01');
    const answer = await w.refused(() => w.desk.revokeAppointment(begun), 'CHARTER_VIOLATION', 'G10');
    expect(answer.errors![0]!.message).toContain('endMandate');
    // Today is its first day: it has begun.
    const today = await w.appoint('Minsk', '2026-11-27');
    await w.refused(() => w.desk.revokeAppointment(today), 'CHARTER_VIOLATION', 'G10');
    await w.refused(() => w.desk.revokeAppointment(w.seatOf(w.era2025, 'Chengdu')), 'CHARTER_VIOLATION', 'G10');
    const president = (await w.desk.committeeOn('2026-12-01')).find((mandate) => mandate.position === 'PRESIDENT')!;
    await w.refused(() => w.desk.revokeAppointment(president.id), 'CHARTER_VIOLATION', 'G10');
    await w.refused(() => w.desk.revokeAppointment(UNKNOWN), 'NOT_FOUND');
    await w.refused(() => w.desk.revokeAppointment('not-a-mandate'), 'NOT_FOUND');
  });

  it('is refused under G10 to a member token revoking another President City’s appointment, or not President today; FORBIDDEN to office staff and UNAUTHENTICATED without a token', async () => {
    const w = await world();
    await w.nominate(w.committeeMeeting2026, ['Chengdu']);
    const lisbons = await w.appoint('Chengdu', '2027-01-10');
    const revokeAs = (token: string, mandateId: string) => () => w.desk.as(token).revokeAppointment(mandateId);
    // Amsterdam is a former President; Chengdu is the appointee itself.
    const former = await w.refused(revokeAs(await testTokens.member(w.id('Amsterdam')), lisbons), 'CHARTER_VIOLATION', 'G10');
    expect(former.errors![0]!.message).toContain('another member made this one');
    await w.refused(revokeAs(await testTokens.member(w.id('Chengdu')), lisbons), 'CHARTER_VIOLATION', 'G10');
    await w.refused(revokeAs(await testTokens.office('east-asia'), lisbons), 'FORBIDDEN');
    await w.refused(revokeAs('', lisbons), 'UNAUTHENTICATED');
    expect(await listed(w, 'Chengdu', lisbons)).toMatchObject({ revoked: false });
    accepted(await w.desk.as(await testTokens.member(w.id('Lisbon'))).revokeAppointment(lisbons));
  });
});

describe('G10 an appointment dated in the future blocks nothing', () => {
  it('is revoked, audited, when its seat is resigned before it starts, and ends with the seat when that is resigned after it starts', async () => {
    const w = await world();
    await w.nominate(w.committeeMeeting2026, ['Chengdu', 'Minsk']);
    const chengdu = await w.appoint('Chengdu', '2027-01-10');
    const minsk = await w.appoint('Minsk', '2027-01-10');

    const resigned = await w.desk.endMandate(w.seatOf(w.era2025, 'Chengdu'), '2026-12-31');
    accepted(resigned);
    expect(resigned.data.endMandate).toMatchObject({ position: 'EXECUTIVE_COMMITTEE_MEMBER', endsOn: '2026-12-31' });
    expect(await listed(w, 'Chengdu', chengdu)).toMatchObject({ startsOn: '2027-01-10', revoked: true });
    expect(await revocationsOf(w, chengdu)).toEqual([expect.objectContaining({ operation: 'endMandate', entity_type: 'Mandate', request_id: resigned.headers.get('x-request-id') })]);

    accepted(await w.desk.endMandate(w.seatOf(w.era2025, 'Minsk'), '2027-03-31'));
    expect(await listed(w, 'Minsk', minsk)).toMatchObject({ startsOn: '2027-01-10', endsOn: '2027-03-31', revoked: false });
    expect(await revocationsOf(w, minsk)).toEqual([]);
  });

  it('is revoked, audited, by a General Assembly scheduled before it starts, and ends with its seat when the Assembly opens after it starts', async () => {
    const w = await world();
    await w.nominate(w.committeeMeeting2026, ['Chengdu', 'Minsk']);
    const chengdu = await w.appoint('Chengdu', '2027-03-01');
    const minsk = await w.appoint('Minsk', '2027-01-10');

    // The Assembly ends every term the day before it opens (G3): 2027-01-31.
    const scheduled = await w.desk.scheduleMeeting('GENERAL_ASSEMBLY', '2027-02-01', w.id('Nairobi'));
    accepted(scheduled);
    expect(await listed(w, 'Chengdu', chengdu)).toMatchObject({ startsOn: '2027-03-01', revoked: true });
    expect(await revocationsOf(w, chengdu)).toEqual([expect.objectContaining({ operation: 'scheduleMeeting', request_id: scheduled.headers.get('x-request-id') })]);
    expect(await listed(w, 'Minsk', minsk)).toMatchObject({ startsOn: '2027-01-10', endsOn: '2027-01-31', revoked: false });
    expect((await w.desk.committeeOn('2027-01-31')).filter((mandate) => mandate.position === 'VICE_PRESIDENT').map((mandate) => mandate.member.name)).toEqual(['Minsk']);
  });
});
