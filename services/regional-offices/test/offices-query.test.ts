import { startedForThisFile, testTokens } from '@wego/testing';
import { OFFICES } from '../src/seed/offices';
import { startRegionalOffices } from './regional-offices-harness';

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

const offices = startedForThisFile(startRegionalOffices);

describe('offices', () => {
  it('lists the five offices of O1, the Secretariat first, then by region, with their seeded coverage (O2)', async () => {
    const answer = await offices.query<{ offices: OfficeAnswer[] }>(`{ offices { ${OFFICE_FIELDS} } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.offices.map((office) => office.id)).toEqual(['secretariat', 'east-asia', 'eurasia', 'mediterranean', 'latin-america']);
    expect(answer.data!.offices).toEqual(
      OFFICES.map(({ seedCoverage, ...facts }) => ({ ...facts, coveredCountryCodes: [...seedCoverage].sort() })),
    );
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
