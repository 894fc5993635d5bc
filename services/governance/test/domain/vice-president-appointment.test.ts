import type { Viewer } from '@wego/identity';
import type { Mandate } from '../../src/domain/mandate';
import { acceptedAppointment } from '../../src/domain/vice-president-appointment';
import { day } from './dates';
import { mandateTable } from './mandates';

const history: Mandate[] = mandateTable(`
  president-2022  mexico-city  PRESIDENT                   2022-10-04  2025-10-20
  president-2025  seoul        PRESIDENT                   2025-10-21  2028-03-30
  evp-2028        bogota       EXECUTIVE_VICE_PRESIDENT    2025-10-22  2028-03-31
  chengdu-2022    chengdu      EXECUTIVE_COMMITTEE_MEMBER  2022-10-04  2025-10-20
  chengdu-2025    chengdu      EXECUTIVE_COMMITTEE_MEMBER  2025-10-21  2028-03-30
  kazan-2025      kazan        EXECUTIVE_COMMITTEE_MEMBER  2025-10-21  2026-06-30
  kazan-vp        kazan        VICE_PRESIDENT              2026-01-01  2026-03-31
  bogota-2025     bogota       EXECUTIVE_COMMITTEE_MEMBER  2025-10-21  2028-03-30
  suwon-2019      suwon        EXECUTIVE_COMMITTEE_MEMBER  2019-10-01  2022-09-30
  suwon-2022      suwon        EXECUTIVE_COMMITTEE_MEMBER  2022-10-04  2025-10-20
  suwon-2025      suwon        EXECUTIVE_COMMITTEE_MEMBER  2025-10-21  2028-03-30
  incheon-2025    incheon      EXECUTIVE_COMMITTEE_MEMBER  2025-10-21  2028-03-30
  ulsan-2025      ulsan        EXECUTIVE_COMMITTEE_MEMBER  2025-10-21  2028-03-30
`);

/** The opening days of the Executive Committee meetings that nominated each member. */
const nominatedOn: Record<string, string[]> = {
  chengdu: ['2022-11-10', '2025-11-05'],
  kazan: ['2025-11-05'],
  bogota: ['2025-11-05'],
  seoul: ['2022-11-10'],
  ulsan: ['2025-11-05'],
  // Nominated once, during its 2019 seat.
  suwon: ['2020-05-10'],
};
const TODAY = day('2026-11-27');

const secretariat: Viewer = { role: 'secretariat', subject: 'officer@seoul' };
const memberViewer = (memberId: string): Viewer => ({ role: 'member', subject: `member@${memberId}`, memberId });

/** The refusal's code and rule, or 'accepted' with the seat returned. */
function outcome(viewer: Viewer, appointeeId: string, startsOn: string): { code: unknown; rule?: unknown; message: string } | { seat: string } {
  try {
    const record = { history, nominatedOn: (nominatedOn[appointeeId] ?? []).map(day), today: TODAY };
    return { seat: acceptedAppointment(viewer, record, appointeeId, day(startsOn)).seat.id };
  } catch (error) {
    const { extensions, message } = error as { extensions: Record<string, unknown>; message: string };
    return { code: extensions.code, ...(extensions.rule ? { rule: extensions.rule } : {}), message };
  }
}
const G10 = { code: 'CHARTER_VIOLATION', rule: 'G10' };

describe('G10 appointing a Vice President', () => {
  it('gives the Executive Committee mandate the appointee holds on startsOn, when the Secretariat records it', () => {
    expect(outcome(secretariat, 'chengdu', '2026-11-27')).toEqual({ seat: 'chengdu-2025' });
    expect(outcome(secretariat, 'chengdu', '2024-05-01')).toEqual({ seat: 'chengdu-2022' });
    expect(outcome(secretariat, 'chengdu', '2028-03-30')).toEqual({ seat: 'chengdu-2025' });
  });

  it('is made by the member that is President on startsOn and today', () => {
    expect(outcome(memberViewer('seoul'), 'chengdu', '2025-10-21')).toEqual({ seat: 'chengdu-2025' });
    expect(outcome(memberViewer('seoul'), 'chengdu', '2027-01-10')).toEqual({ seat: 'chengdu-2025' });
  });

  it('is refused under G10 from a former President, backdated to its own presidency or not', () => {
    expect(outcome(memberViewer('mexico-city'), 'chengdu', '2025-10-20')).toMatchObject({ ...G10, message: expect.stringContaining('today (2026-11-27) this member is not President') });
    expect(outcome(memberViewer('mexico-city'), 'chengdu', '2026-11-27')).toMatchObject(G10);
    // The Secretariat may still record what that President appointed while in office.
    expect(outcome(secretariat, 'chengdu', '2025-10-20')).toEqual({ seat: 'chengdu-2022' });
  });

  it('is refused under G10 from a member that is not President on startsOn, the previous President included', () => {
    expect(outcome(memberViewer('chengdu'), 'bogota', '2026-11-27')).toMatchObject({ ...G10, message: expect.stringContaining('another member') });
    expect(outcome(memberViewer('mexico-city'), 'chengdu', '2025-10-21')).toMatchObject(G10);
    // The EVP substitutes the President as chair (G12), not as appointer.
    expect(outcome(memberViewer('bogota'), 'chengdu', '2026-11-27')).toMatchObject(G10);
  });

  it('is refused under G10 when no President sits on startsOn, even for the Secretariat', () => {
    expect(outcome(secretariat, 'bogota', '2028-03-31')).toMatchObject({ ...G10, message: expect.stringContaining('No President City holds office on 2028-03-31') });
    expect(outcome(secretariat, 'chengdu', '2022-10-03')).toMatchObject(G10);
  });

  it('is refused under G10 when the appointee holds no Executive Committee member mandate on startsOn', () => {
    expect(outcome(secretariat, 'nairobi', '2026-11-27')).toMatchObject({ ...G10, message: expect.stringContaining('holds no Executive Committee seat on 2026-11-27') });
    expect(outcome(secretariat, 'seoul', '2026-11-27')).toMatchObject(G10);
    expect(outcome(secretariat, 'kazan', '2026-07-01')).toMatchObject(G10);
  });

  it('is refused under G10 when the appointee is already a Vice President on startsOn, and accepted again once that mandate ended', () => {
    expect(outcome(secretariat, 'kazan', '2026-01-01')).toMatchObject({ ...G10, message: expect.stringContaining('already a Vice President') });
    expect(outcome(secretariat, 'kazan', '2026-03-31')).toMatchObject(G10);
    expect(outcome(secretariat, 'kazan', '2026-04-01')).toEqual({ seat: 'kazan-2025' });
  });

  it('is refused under G10 when the appointee is the EVP or the President of startsOn, even with a seat and a nomination', () => {
    expect(outcome(secretariat, 'bogota', '2026-11-27')).toMatchObject({ ...G10, message: expect.stringContaining('the Executive Vice President City on 2026-11-27') });
    expect(outcome(secretariat, 'seoul', '2026-11-27')).toMatchObject({ ...G10, message: expect.stringContaining('the President City on 2026-11-27') });
  });

  it('needs a nomination at a Committee meeting held by startsOn, during the seat of startsOn or the one just before it', () => {
    expect(outcome(secretariat, 'incheon', '2026-11-27')).toMatchObject({ ...G10, message: expect.stringContaining('no nomination') });
    // Ulsan's nomination of 2025-11-05 comes after 2025-11-01.
    expect(outcome(secretariat, 'ulsan', '2025-11-01')).toMatchObject({ ...G10, message: expect.stringContaining('no nomination') });
    expect(outcome(secretariat, 'ulsan', '2025-11-05')).toEqual({ seat: 'ulsan-2025' });
    // Re-elected in 2022: the nomination made during the 2019 seat serves the 2022 seat, not the 2025 one.
    expect(outcome(secretariat, 'suwon', '2023-01-01')).toEqual({ seat: 'suwon-2022' });
    expect(outcome(secretariat, 'suwon', '2025-11-01')).toMatchObject({ ...G10, message: expect.stringContaining('no nomination') });
  });

  it('is UNAUTHENTICATED without a viewer and FORBIDDEN to office staff, the Secretariat’s own office included, before any rule', () => {
    expect(outcome({ role: 'anonymous' }, 'chengdu', '2026-11-27')).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(outcome({ role: 'office', subject: 'staff@east-asia', officeId: 'east-asia' }, 'chengdu', '2026-11-27')).toMatchObject({ code: 'FORBIDDEN' });
    expect(outcome({ role: 'office', subject: 'staff@secretariat', officeId: 'secretariat' }, 'chengdu', '2026-11-27')).toMatchObject({ code: 'FORBIDDEN' });
    expect(outcome({ role: 'office', subject: 'staff@east-asia', officeId: 'east-asia' }, 'nairobi', '2028-03-31')).toMatchObject({ code: 'FORBIDDEN' });
  });
});
