import { SECRETARIAT_OFFICE_ID, type OfficeKind, type Region } from '../domain/office-kinds';

/** An office as O1 names it, with the countries O2 seeds it with. */
export interface OfficeFacts {
  id: string;
  kind: OfficeKind;
  name: string;
  region: Region | null;
  city: string;
  countryCode: string;
  seedCoverage: readonly string[];
}

const codes = (list: string): readonly string[] => list.split(' ');

/**
 * O1: "WeGO's Secretariat is based in Seoul and supported by regional offices in East Asia
 * (Chengdu, China), Eurasia (Ulyanovsk Region, Russia), the Mediterranean (Beyoğlu, Turkey), and
 * Latin America (Mexico City, Mexico)." The coverage is our choice (O2); the Secretariat edits it.
 */
export const OFFICES: readonly OfficeFacts[] = [
  {
    id: SECRETARIAT_OFFICE_ID,
    kind: 'SECRETARIAT',
    name: 'WeGO Secretariat',
    region: null,
    city: 'Seoul',
    countryCode: 'KR',
    seedCoverage: [],
  },
  {
    id: 'east-asia',
    kind: 'REGIONAL_OFFICE',
    name: 'WeGO Regional Office for East Asia',
    region: 'EAST_ASIA',
    city: 'Chengdu',
    countryCode: 'CN',
    seedCoverage: codes('CN HK MO TW MN JP'),
  },
  {
    id: 'eurasia',
    kind: 'REGIONAL_OFFICE',
    name: 'WeGO Regional Office for Eurasia',
    region: 'EURASIA',
    city: 'Ulyanovsk Region',
    countryCode: 'RU',
    seedCoverage: codes('RU BY KZ UZ KG TJ TM AZ AM GE MD UA'),
  },
  {
    id: 'mediterranean',
    kind: 'REGIONAL_OFFICE',
    name: 'WeGO Regional Office for the Mediterranean',
    region: 'MEDITERRANEAN',
    city: 'Beyoğlu',
    countryCode: 'TR',
    seedCoverage: codes('TR GR CY IT MT ES FR MC SI HR BA ME AL SY LB IL PS EG LY TN DZ MA'),
  },
  {
    id: 'latin-america',
    kind: 'REGIONAL_OFFICE',
    name: 'WeGO Regional Office for Latin America',
    region: 'LATIN_AMERICA',
    city: 'Mexico City',
    countryCode: 'MX',
    seedCoverage: codes('MX GT BZ SV HN NI CR PA CU DO HT CO VE EC PE BO CL AR UY PY BR'),
  },
];
