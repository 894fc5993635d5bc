import { describeRefusedAttempts, startedForThisFile, testTokens } from '@wego/testing';
import { SET_COVERAGE, startRegionalOffices } from './regional-offices-harness';

const EAST_ASIA_WITH_KP = ['CN', 'HK', 'MO', 'TW', 'MN', 'JP', 'KP'];

const offices = startedForThisFile(startRegionalOffices);
const setCoverage = (officeId: string, countryCodes: string[]) => (token?: string) =>
  offices.query(SET_COVERAGE, { variables: { officeId, countryCodes }, ...(token ? { token } : {}) });

describeRefusedAttempts({
  subgraph: offices,
  listField: 'regionalOfficesRefusedAttempts',
  refusedRows: () => offices.refusedRows(),
  written: async () => [await offices.coverageRows(), await offices.auditRows()],
  ruleRefusal: {
    attempt: setCoverage('secretariat', ['KR']),
    row: {
      operation: 'setOfficeCoverage',
      entity_id: 'secretariat',
      input: JSON.stringify({ officeId: 'secretariat', countryCodes: ['KR'] }),
      code: 'CHARTER_VIOLATION',
      rule: 'O2',
    },
  },
  forbiddenToOffice: { attempt: setCoverage('east-asia', EAST_ASIA_WITH_KP), entityId: () => 'east-asia' },
  anonymous: setCoverage('east-asia', EAST_ASIA_WITH_KP),
  acceptedChange: setCoverage('east-asia', EAST_ASIA_WITH_KP),
  memberToken: () => testTokens.member('00000000-0000-4000-8000-000000000001'),
});
