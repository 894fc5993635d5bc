import { startedForThisFile, testTokens } from '@wego/testing';
import { membershipSnapshot } from './database-snapshot';
import { startMembership } from './membership-harness';

const SET_STATUS = `mutation($memberId: ID!, $status: MembershipStatus!) { setMemberStatus(memberId: $memberId, status: $status) { id status } }`;

const membership = startedForThisFile(startMembership);
let secretariat: string;
let nairobi: string;
beforeAll(async () => {
  [secretariat, nairobi] = [await testTokens.secretariat(), await membership.memberIdOf('Nairobi')];
});

describe('setMemberStatus (M3)', () => {
  it('suspends and withdraws a member, keeping it and recording each change', async () => {
    for (const status of ['SUSPENDED', 'WITHDRAWN']) {
      const answer = await membership.query(SET_STATUS, { variables: { memberId: nairobi, status }, token: secretariat });
      expect(answer.data.setMemberStatus).toEqual({ id: nairobi, status });
    }
    const member = await membership.query(`query($id: ID!) { member(id: $id) { name status } }`, { variables: { id: nairobi } });
    expect(member.data.member).toEqual({ name: 'Nairobi', status: 'WITHDRAWN' });
    const trail = await membership.query(`query($id: ID!) { member(id: $id) { auditTrail { operation before after role requestId } } }`, {
      variables: { id: nairobi },
      token: secretariat,
    });
    const entries = trail.data.member.auditTrail;
    expect(entries.map((entry: { operation: string }) => entry.operation)).toEqual(['setMemberStatus', 'setMemberStatus']);
    expect(JSON.parse(entries[1].before).status).toBe('SUSPENDED');
    expect(JSON.parse(entries[1].after).status).toBe('WITHDRAWN');
    expect(entries[0].requestId).toEqual(expect.any(String));
  });

  it('answers NOT_FOUND for an unknown member and changes nothing', async () => {
    const before = await membershipSnapshot(membership.dataSource);
    for (const memberId of ['00000000-0000-4000-8000-000000000000', 'not-a-member']) {
      const answer = await membership.query(SET_STATUS, { variables: { memberId, status: 'SUSPENDED' }, token: secretariat });
      expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(await membershipSnapshot(membership.dataSource)).toEqual(before);
  });

  it('refuses an unknown status value and any caller but the Secretariat', async () => {
    const before = await membershipSnapshot(membership.dataSource);
    const badEnum = await membership.query(SET_STATUS, { variables: { memberId: nairobi, status: 'DELETED' }, token: secretariat });
    expect(badEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const asMember = await membership.query(SET_STATUS, { variables: { memberId: nairobi, status: 'ACTIVE' }, token: await testTokens.member(nairobi) });
    expect(asMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await membershipSnapshot(membership.dataSource)).toEqual(before);
  });

  it('shows the audit trail to the Secretariat alone: null with FORBIDDEN at its path for others', async () => {
    const answer = await membership.query(`query($id: ID!) { member(id: $id) { name auditTrail { operation } } }`, {
      variables: { id: nairobi },
      token: await testTokens.member(nairobi),
    });
    expect(answer.data.member).toEqual({ name: 'Nairobi', auditTrail: null });
    expect(answer.errors?.[0]).toMatchObject({ path: ['member', 'auditTrail'], extensions: { code: 'FORBIDDEN' } });
  });
});
