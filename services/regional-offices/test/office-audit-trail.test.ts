import { startedForThisFile, testTokens } from '@wego/testing';
import { SET_COVERAGE, startRegionalOffices } from './regional-offices-harness';

const TRAILS = `{ offices { id auditTrail { at actor role operation entityId before after requestId } } }`;

const offices = startedForThisFile(startRegionalOffices);
let secretariat: string;
const requestIds: string[] = [];
beforeAll(async () => {
  secretariat = await testTokens.secretariat();
  for (const countryCodes of [['CN', 'HK', 'MO', 'TW', 'MN', 'JP', 'KP'], ['CN', 'HK', 'MO', 'TW', 'MN', 'JP']]) {
    const answer = await offices.query(SET_COVERAGE, { variables: { officeId: 'east-asia', countryCodes }, token: secretariat });
    expect(answer.errors).toBeUndefined();
    requestIds.push(answer.headers.get('x-request-id')!);
  }
});

describe('Office.auditTrail', () => {
  it("shows the Secretariat each office's accepted changes, oldest first", async () => {
    const answer = await offices.query(TRAILS, { token: secretariat });
    expect(answer.errors).toBeUndefined();
    const byOffice = Object.fromEntries(answer.data.offices.map((office: { id: string; auditTrail: unknown[] }) => [office.id, office.auditTrail]));
    expect(byOffice.eurasia).toEqual([]);
    expect(byOffice['east-asia']).toEqual([
      {
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        actor: 'officer@test',
        role: 'secretariat',
        operation: 'setOfficeCoverage',
        entityId: 'east-asia',
        before: JSON.stringify({ coveredCountryCodes: ['CN', 'HK', 'JP', 'MN', 'MO', 'TW'] }),
        after: JSON.stringify({ coveredCountryCodes: ['CN', 'HK', 'JP', 'KP', 'MN', 'MO', 'TW'] }),
        requestId: requestIds[0],
      },
      expect.objectContaining({ requestId: requestIds[1], after: JSON.stringify({ coveredCountryCodes: ['CN', 'HK', 'JP', 'MN', 'MO', 'TW'] }) }),
    ]);
  });

  it('reads the trails of every office listed in one statement', async () => {
    const plain = `{ offices { id } }`;
    offices.statements.reset();
    expect((await offices.query(plain, { token: secretariat })).errors).toBeUndefined();
    const withoutTrails = offices.statements.statements;
    offices.statements.reset();
    expect((await offices.query(`{ offices { id auditTrail { operation } } }`, { token: secretariat })).errors).toBeUndefined();
    expect(offices.statements.statements).toBe(withoutTrails + 1);
  });

  it('answers null with FORBIDDEN at its path to anyone but the Secretariat', async () => {
    for (const token of [await testTokens.office('east-asia'), await testTokens.office('secretariat'), undefined]) {
      const answer = await offices.query(`{ office(id: "east-asia") { id auditTrail { operation } } }`, token ? { token } : {});
      expect(answer.data.office).toEqual({ id: 'east-asia', auditTrail: null });
      expect(answer.errors?.[0]).toMatchObject({ path: ['office', 'auditTrail'], extensions: { code: 'FORBIDDEN' } });
    }
  });
});
