import { startedForThisFile } from '@wego/testing';
import { startRegionalOffices } from './regional-offices-harness';

const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Office { id name coveredCountryCodes servedCountries { countryCodes complement } }
    ... on Member { id office { id name } }
  }
}`;

const COUNTRIES = ['CN', 'RU', 'TR', 'MX', 'KE', 'DE', 'JP', 'BR', 'US', 'KR'];

const offices = startedForThisFile(startRegionalOffices);

function memberRepresentations(count: number): Array<Record<string, string>> {
  return Array.from({ length: count }, (_, index) => ({ __typename: 'Member', id: `member-${index}`, countryCode: COUNTRIES[index % COUNTRIES.length]! }));
}

async function statementsOf(representations: Array<Record<string, string>>): Promise<number> {
  offices.statements.reset();
  const answer = await offices.query(ENTITIES, { variables: { representations } });
  expect(answer.errors).toBeUndefined();
  expect(answer.data._entities).toHaveLength(representations.length);
  return offices.statements.statements;
}

describe('federation (the pattern of the subgraph compatibility suite)', () => {
  it('publishes its SDL with @link and the @key of Office and Member', async () => {
    const answer = await offices.query<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
    expect(answer.errors).toBeUndefined();
    const sdl = answer.data!._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    expect(sdl).toMatch(/type Office\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Member\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/office: Office @requires\(fields: "countryCode"\)/);
  });

  it('resolves Office and Member representations in order, null for an unknown office (O3)', async () => {
    const answer = await offices.query(ENTITIES, {
      variables: {
        representations: [
          { __typename: 'Office', id: 'east-asia' },
          { __typename: 'Member', id: 'member-cn', countryCode: 'CN' },
          { __typename: 'Office', id: 'antarctica' },
          { __typename: 'Member', id: 'member-ke', countryCode: 'KE' },
          { __typename: 'Office', id: 'secretariat' },
          { __typename: 'Member', id: 'member-mx', countryCode: 'MX' },
        ],
      },
    });
    expect(answer.errors).toBeUndefined();
    const [eastAsia, chinese, unknown, kenyan, secretariat, mexican] = answer.data._entities;
    expect(eastAsia).toEqual({
      __typename: 'Office',
      id: 'east-asia',
      name: 'WeGO Regional Office for East Asia',
      coveredCountryCodes: ['CN', 'HK', 'JP', 'MN', 'MO', 'TW'],
      servedCountries: { countryCodes: ['CN', 'HK', 'JP', 'MN', 'MO', 'TW'], complement: false },
    });
    expect(chinese).toEqual({ __typename: 'Member', id: 'member-cn', office: { id: 'east-asia', name: 'WeGO Regional Office for East Asia' } });
    expect(unknown).toBeNull();
    expect(kenyan).toEqual({ __typename: 'Member', id: 'member-ke', office: { id: 'secretariat', name: 'WeGO Secretariat' } });
    expect(secretariat.coveredCountryCodes).toEqual([]);
    expect(secretariat.servedCountries.complement).toBe(true);
    expect(secretariat.servedCountries.countryCodes).toHaveLength(61);
    expect(secretariat.servedCountries.countryCodes).toEqual([...secretariat.servedCountries.countryCodes].sort());
    expect(secretariat.servedCountries.countryCodes).toEqual(expect.arrayContaining(['CN', 'RU', 'TR', 'MX']));
    expect(secretariat.servedCountries.countryCodes).not.toContain('KR');
    expect(mexican.office.id).toBe('latin-america');
  });

  it('resolves Member.office for 150 members in as many SQL statements as for 5 (no N+1)', async () => {
    const few = await statementsOf(memberRepresentations(5));
    const many = await statementsOf(memberRepresentations(150));
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(2);
  });

  it('resolves 150 Office representations in as many SQL statements as 5', async () => {
    const ids = ['secretariat', 'east-asia', 'eurasia', 'mediterranean', 'latin-america', 'antarctica'];
    const officesOf = (count: number) => Array.from({ length: count }, (_, index) => ({ __typename: 'Office', id: ids[index % ids.length]! }));
    expect(await statementsOf(officesOf(150))).toBe(await statementsOf(officesOf(5)));
  });
});
