import { testTokens } from '@wego/testing';
import { startRegionalOffices, type RegionalOfficesUnderTest } from './regional-offices-harness';

interface OfficeAnswer {
  id: string;
  kind: string;
  name: string;
  region: string | null;
  city: string;
  countryCode: string;
  coveredCountryCodes: string[];
}

const OFFICE_FIELDS = 'id kind name region city countryCode coveredCountryCodes';
const sorted = (codes: string): string[] => codes.split(' ').sort();

let offices: RegionalOfficesUnderTest;
beforeAll(async () => {
  offices = await startRegionalOffices();
});
afterAll(() => offices.stop());

describe('offices', () => {
  it('lists the five offices of O1, the Secretariat first, then by region, with their seeded coverage (O2)', async () => {
    const answer = await offices.query<{ offices: OfficeAnswer[] }>(`{ offices { ${OFFICE_FIELDS} } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.offices).toEqual([
      { id: 'secretariat', kind: 'SECRETARIAT', name: 'WeGO Secretariat', region: null, city: 'Seoul', countryCode: 'KR', coveredCountryCodes: [] },
      {
        id: 'east-asia',
        kind: 'REGIONAL_OFFICE',
        name: 'WeGO Regional Office for East Asia',
        region: 'EAST_ASIA',
        city: 'Chengdu',
        countryCode: 'CN',
        coveredCountryCodes: sorted('CN HK MO TW MN JP'),
      },
      {
        id: 'eurasia',
        kind: 'REGIONAL_OFFICE',
        name: 'WeGO Regional Office for Eurasia',
        region: 'EURASIA',
        city: 'Ulyanovsk Region',
        countryCode: 'RU',
        coveredCountryCodes: sorted('RU BY KZ UZ KG TJ TM AZ AM GE MD UA'),
      },
      {
        id: 'mediterranean',
        kind: 'REGIONAL_OFFICE',
        name: 'WeGO Regional Office for the Mediterranean',
        region: 'MEDITERRANEAN',
        city: 'Beyoğlu',
        countryCode: 'TR',
        coveredCountryCodes: sorted('TR GR CY IT MT ES FR MC SI HR BA ME AL SY LB IL PS EG LY TN DZ MA'),
      },
      {
        id: 'latin-america',
        kind: 'REGIONAL_OFFICE',
        name: 'WeGO Regional Office for Latin America',
        region: 'LATIN_AMERICA',
        city: 'Mexico City',
        countryCode: 'MX',
        coveredCountryCodes: sorted('MX GT BZ SV HN NI CR PA CU DO HT CO VE EC PE BO CL AR UY PY BR'),
      },
    ]);
  });

  it('answers one office by id, and null for an unknown id', async () => {
    const answer = await offices.query<{ known: OfficeAnswer | null; unknown: OfficeAnswer | null; secretariat: OfficeAnswer | null }>(
      `{ known: office(id: "mediterranean") { id name city coveredCountryCodes }
         unknown: office(id: "antarctica") { id }
         secretariat: office(id: "secretariat") { id kind region coveredCountryCodes } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.known).toMatchObject({ id: 'mediterranean', name: 'WeGO Regional Office for the Mediterranean', city: 'Beyoğlu' });
    expect(answer.data!.known!.coveredCountryCodes).toHaveLength(22);
    expect(answer.data!.unknown).toBeNull();
    expect(answer.data!.secretariat).toEqual({ id: 'secretariat', kind: 'SECRETARIAT', region: null, coveredCountryCodes: [] });
  });

  it('keeps servedCountries to the federation: it is not a public field', async () => {
    const sdl = await offices.query<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
    expect(sdl.data!._service.sdl).toMatch(/servedCountries: CountrySelection! @inaccessible/);
  });
});

describe('a regional office on the subgraph of its own port', () => {
  it('reads the offices with its office token', async () => {
    const token = await testTokens.office('eurasia');
    const answer = await offices.query<{ office: OfficeAnswer }>(`{ office(id: "eurasia") { id name coveredCountryCodes } }`, { token });
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.office).toMatchObject({ id: 'eurasia', name: 'WeGO Regional Office for Eurasia' });
    expect(answer.data!.office.coveredCountryCodes).toContain('RU');
  });

  it('reads them without a token too: offices are public', async () => {
    const answer = await offices.query<{ offices: Array<{ id: string }> }>(`{ offices { id } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.offices).toHaveLength(5);
  });

  it('refuses a token it cannot verify (UNAUTHENTICATED), since it verifies identity itself', async () => {
    const forged = `${(await testTokens.office('eurasia')).slice(0, -4)}AAAA`;
    const answer = await offices.query(`{ offices { id } }`, { token: forged });
    expect(answer.status).toBe(401);
    expect(answer.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
