import { startedForThisFile, testTokens } from '@wego/testing';
import { setUpRegionalOfficesDatabase } from '../src/database';
import { startRegionalOffices } from './regional-offices-harness';

const offices = startedForThisFile(startRegionalOffices);

async function officeRows(): Promise<unknown[]> {
  return offices.dataSource.query(`SELECT * FROM regional_offices.office ORDER BY id`);
}

function setCoverage(officeId: string, countryCodes: string[], token: string) {
  return offices.query(
    `mutation($officeId: ID!, $countryCodes: [String!]!) { setOfficeCoverage(officeId: $officeId, countryCodes: $countryCodes) { id } }`,
    { variables: { officeId, countryCodes }, token },
  );
}

describe('seeding the offices', () => {
  it('seeds five offices and 61 covered countries, each country under one office', async () => {
    expect(await officeRows()).toHaveLength(5);
    const coverage = await offices.coverageRows();
    expect(coverage).toHaveLength(6 + 12 + 22 + 21);
    expect(new Set(coverage.map((row) => row.slice(-2))).size).toBe(coverage.length);
    expect(coverage.some((row) => row.startsWith('secretariat:'))).toBe(false);
  });

  it('changes nothing when run twice', async () => {
    const [before, coverage] = await Promise.all([officeRows(), offices.coverageRows()]);
    const again = await setUpRegionalOfficesDatabase(offices.databaseUrls);
    expect(again).toEqual({
      migrations: [],
      seeded: { officesInserted: 0, countriesCovered: 0 },
      roles: { runtime: 'wego_regional_offices', owner: 'wego_regional_offices_owner' },
    });
    expect(await officeRows()).toEqual(before);
    expect(await offices.coverageRows()).toEqual(coverage);
  });

  it('keeps the coverage the Secretariat changed, an emptied list included, when the setup runs again', async () => {
    const secretariat = await testTokens.secretariat();
    expect((await setCoverage('east-asia', ['CN', 'KP'], secretariat)).errors).toBeUndefined();
    expect((await setCoverage('eurasia', ['RU', 'HK'], secretariat)).errors).toBeUndefined();
    expect((await setCoverage('latin-america', [], secretariat)).errors).toBeUndefined();
    const changed = await offices.coverageRows();
    await setUpRegionalOfficesDatabase(offices.databaseUrls);
    expect(await offices.coverageRows()).toEqual(changed);
    expect(changed.filter((row) => !row.startsWith('mediterranean:'))).toEqual(['east-asia:CN', 'east-asia:KP', 'eurasia:HK', 'eurasia:RU']);
  });
});
