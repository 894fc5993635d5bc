import { describeIdempotency, startedForThisFile } from '@wego/testing';
import { startRegionalOffices } from './regional-offices-harness';

const SET_COVERAGE = `mutation($officeId: ID!, $countryCodes: [String!]!, $key: String) {
  setOfficeCoverage(officeId: $officeId, countryCodes: $countryCodes, idempotencyKey: $key) { id kind name region city countryCode coveredCountryCodes }
}`;
const EAST_ASIA_SEED = ['CN', 'HK', 'MO', 'TW', 'MN', 'JP'];
/** The country each change adds to East Asia's seeded list: one no other office covers, its own for each change. */
const ADDED: Record<string, string> = {
  retried: 'KP',
  'changed since': 'PH',
  'first under the key': 'VN',
  'second under the key': 'MY',
  shared: 'LA',
  'at once': 'TH',
  corrected: 'SG',
  'without a key': 'KH',
  'without a key, again': 'MM',
};
const coverageWith = (label: string) => [...EAST_ASIA_SEED, ADDED[label]!];

const offices = startedForThisFile(startRegionalOffices);
const keyRows = (): Promise<Array<{ key: string }>> =>
  offices.dataSource.query(`SELECT caller, key, operation FROM regional_offices.idempotency_key ORDER BY created_at, key`);

describeIdempotency({
  subgraph: offices,
  mutation: SET_COVERAGE,
  field: 'setOfficeCoverage',
  change: (label) => ({ officeId: 'east-asia', countryCodes: coverageWith(label) }),
  answerTo: (label) => ({
    id: 'east-asia',
    kind: 'REGIONAL_OFFICE',
    name: expect.any(String),
    region: 'EAST_ASIA',
    city: 'Chengdu',
    countryCode: 'CN',
    coveredCountryCodes: coverageWith(label).sort(),
  }),
  // O2: Russia is Eurasia's.
  refusedChange: () => ({ variables: { officeId: 'east-asia', countryCodes: [...EAST_ASIA_SEED, 'RU'] }, code: 'CHARTER_VIOLATION' }),
  written: async () => [await offices.coverageRows(), await offices.auditRows(), await keyRows()],
  auditCount: async () => (await offices.auditRows()).length,
  keyRows,
  alsoCheck: {
    async bothCallers(_, theirs) {
      expect(theirs.data.setOfficeCoverage.coveredCountryCodes).toContain('LA');
      expect((await offices.coverageRows()).filter((row) => row === 'east-asia:LA')).toHaveLength(1);
    },
  },
});
