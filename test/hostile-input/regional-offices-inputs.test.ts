import { startedForThisFile } from '@wego/testing';
import { startGraph } from '../support/graph-under-test';
import { GovernanceDesk } from '../support/governance-desk';
import { countryCodeListValues, identifierValues } from './hostile-values';
import { fuzzEachField, type MutationUnderFuzz } from './mutation-fuzz';

const graph = startedForThisFile(startGraph);
let token = '';

beforeAll(async () => {
  token = (await GovernanceDesk.asSecretariat(graph.query)).token;
});

const EAST_ASIA_COVERAGE = ['CN', 'HK', 'MO', 'TW', 'MN', 'JP'];

const setOfficeCoverage: MutationUnderFuzz = {
  mutation: 'setOfficeCoverage',
  argumentTypes: { officeId: 'ID!', countryCodes: '[String!]!' },
  selection: 'id coveredCountryCodes',
  base: () => ({ officeId: 'east-asia', countryCodes: EAST_ASIA_COVERAGE }),
  hostile: { officeId: identifierValues({ nearBodyLimit: true }), countryCodes: countryCodeListValues() },
};

describe('hostile values for the regional-offices mutation input, sent by the Secretariat', () => {
  fuzzEachField([setOfficeCoverage], () => ({ graph, token }));
});
