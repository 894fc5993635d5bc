import { refusedWith, startedForThisFile, testTokens } from '@wego/testing';
import { membershipSnapshot } from './database-snapshot';
import { startMembership, TODAY } from './membership-harness';

const REGISTER = `mutation($input: RegisterMemberInput!) {
  registerMember(input: $input) { id name category kind countryCode foundingMember joinedOn status }
}`;
const GOOD = { name: '  Ulsan  ', category: 'FULL', kind: 'CITY', countryCode: 'KR', joinedOn: '2024-05-01' };

const membership = startedForThisFile(startMembership);
let secretariat: string;
beforeAll(async () => {
  secretariat = await testTokens.secretariat();
});

/** Registering `input` is refused with `expected`, says why, and changes nothing. */
async function expectRefused(input: Record<string, unknown>, expected: Record<string, unknown>, token: string | null = secretariat) {
  const send = () => membership.query(REGISTER, { variables: { input }, ...(token ? { token } : {}) });
  const answer = await refusedWith(() => membershipSnapshot(membership.dataSource), send, expected);
  expect(answer.errors?.[0]?.message).toEqual(expect.any(String));
}

describe('registerMember', () => {
  it('registers a member, trimmed and NFC-normalised, never as a founder, with an audit entry', async () => {
    const answer = await membership.query(REGISTER, { variables: { input: GOOD }, token: secretariat });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.registerMember).toMatchObject({ name: 'Ulsan', foundingMember: false, status: 'ACTIVE', joinedOn: '2024-05-01' });
    const decomposed = await membership.query(REGISTER, {
      variables: { input: { ...GOOD, name: 'Sa\u0303o Tome\u0301 City', countryCode: 'ST' } },
      token: secretariat,
    });
    expect(decomposed.data.registerMember.name).toBe('S\u00e3o Tom\u00e9 City');
    const audit = await membership.dataSource.query('SELECT operation, role, actor FROM membership.audit_entry WHERE entity_id = $1', [
      answer.data.registerMember.id,
    ]);
    expect(audit).toEqual([{ operation: 'registerMember', role: 'secretariat', actor: 'officer@test' }]);
  });

  it("takes today in Seoul as the joining date when none is given, and keeps names' punctuation", async () => {
    const answer = await membership.query(REGISTER, {
      variables: { input: { name: "Ville d'Orléans (Loiret); centre-ville", category: 'FULL', kind: 'CITY', countryCode: 'FR' } },
      token: secretariat,
    });
    expect(answer.data.registerMember).toMatchObject({ joinedOn: TODAY, name: "Ville d'Orléans (Loiret); centre-ville" });
  });

  it('refuses a category that does not match the kind (M1)', async () => {
    await expectRefused({ ...GOOD, category: 'INDUSTRY' }, { code: 'CHARTER_VIOLATION', rule: 'M1' });
  });

  it('refuses malformed names', async () => {
    await expectRefused({ ...GOOD, name: '   ' }, { code: 'BAD_USER_INPUT', field: 'name' });
    await expectRefused({ ...GOOD, name: 'x'.repeat(10_000) }, { code: 'BAD_USER_INPUT', field: 'name' });
    await expectRefused({ ...GOOD, name: 'Nul\u0000City' }, { code: 'BAD_USER_INPUT', field: 'name' });
    await expectRefused({ ...GOOD, name: 'Bell\u0085City' }, { code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('accepts a name of exactly 200 characters and refuses 201', async () => {
    const ok = await membership.query(REGISTER, { variables: { input: { ...GOOD, name: 'a'.repeat(200) } }, token: secretariat });
    expect(ok.errors).toBeUndefined();
    await expectRefused({ ...GOOD, name: 'a'.repeat(201) }, { code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('refuses unknown or lower-case country codes', async () => {
    await expectRefused({ ...GOOD, countryCode: 'XX' }, { code: 'BAD_USER_INPUT', field: 'countryCode' });
    await expectRefused({ ...GOOD, countryCode: 'kr' }, { code: 'BAD_USER_INPUT', field: 'countryCode' });
    await expectRefused({ ...GOOD, countryCode: 'KOR' }, { code: 'BAD_USER_INPUT', field: 'countryCode' });
  });

  it('refuses a date that is not a calendar date, and a joining date after today', async () => {
    await expectRefused({ ...GOOD, joinedOn: '2027-02-30' }, { code: 'BAD_USER_INPUT' });
    await expectRefused({ ...GOOD, joinedOn: '2099-01-01' }, { code: 'BAD_USER_INPUT', field: 'joinedOn' });
  });

  it('refuses callers who are not the Secretariat', async () => {
    await expectRefused(GOOD, { code: 'UNAUTHENTICATED' }, null);
    await expectRefused(GOOD, { code: 'FORBIDDEN' }, await testTokens.office('east-asia'));
    await expectRefused(GOOD, { code: 'FORBIDDEN' }, await testTokens.member('00000000-0000-4000-8000-000000000001'));
  });

  it('refuses a token that is not signed with the graph key, before anything else', async () => {
    const forged = `${secretariat.slice(0, -4)}AAAA`;
    const answer = await membership.query(REGISTER, { variables: { input: GOOD }, token: forged });
    expect(answer.status).toBe(401);
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
