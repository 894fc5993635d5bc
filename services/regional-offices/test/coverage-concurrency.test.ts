import { isUniqueViolation } from '@wego/database';
import { startedForThisFile, testTokens } from '@wego/testing';
import { SET_COVERAGE, startRegionalOffices } from './regional-offices-harness';

const offices = startedForThisFile(startRegionalOffices);

async function coveredBy(officeId: string): Promise<string[]> {
  return (await offices.coverageRows()).filter((row) => row.startsWith(`${officeId}:`)).map((row) => row.slice(officeId.length + 1));
}

async function setCoverage(officeId: string, countryCodes: string[]) {
  return offices.query(SET_COVERAGE, { variables: { officeId, countryCodes }, token: await testTokens.secretariat() });
}

describe('concurrent changes of coverage', () => {
  it.each(['KP', 'VN', 'LA', 'KH', 'TH'])('puts %s under one office when two offices claim it at once', async (country) => {
    const [eastAsia, eurasia] = await Promise.all([coveredBy('east-asia'), coveredBy('eurasia')]);
    const answers = await Promise.all([setCoverage('east-asia', [...eastAsia, country]), setCoverage('eurasia', [...eurasia, country])]);
    const winners = answers.filter((answer) => answer.errors === undefined);
    const losers = answers.filter((answer) => answer.errors !== undefined);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(['CHARTER_VIOLATION', 'CONFLICT']).toContain(losers[0]!.errors![0]!.extensions!.code);
    const holders = (await offices.coverageRows()).filter((row) => row.endsWith(`:${country}`));
    expect(holders).toEqual([`${winners[0]!.data.setOfficeCoverage.id}:${country}`]);
  });

  it('makes a change wait for one in progress, then judges it on that outcome (O2)', async () => {
    const runner = offices.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`INSERT INTO regional_offices.office_coverage (office_id, country_code) VALUES ('eurasia', 'SG')`);
      let settled = false;
      const pending = setCoverage('east-asia', [...(await coveredBy('east-asia')), 'SG']).finally(() => {
        settled = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(settled).toBe(false);
      await runner.commitTransaction();
      const answer = await pending;
      expect(answer.errors![0]!.extensions).toMatchObject({ code: 'CHARTER_VIOLATION', rule: 'O2' });
      expect(answer.errors![0]!.message).toMatch(/SG .*WeGO Regional Office for Eurasia/);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    expect((await offices.coverageRows()).filter((row) => row.endsWith(':SG'))).toEqual(['eurasia:SG']);
  });

  it('has the database itself refuse a country under two offices', async () => {
    const refused = await offices.dataSource
      .query(`INSERT INTO regional_offices.office_coverage (office_id, country_code) VALUES ('mediterranean', 'CN')`)
      .then(() => null, (error: unknown) => error);
    expect(isUniqueViolation(refused, 'office_coverage_country_once')).toBe(true);
  });
});
