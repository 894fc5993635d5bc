import type { MemberKind } from '../domain/member-kinds';

/**
 * The 50 founding members named in WeGO's statutes (M2), with the ISO 3166-1 alpha-2 code of their
 * country. All joined at the founding in 2010; the statutes give only the year, so each carries
 * 2010-01-01.
 */
export const FOUNDING_YEAR_JOINED_ON = '2010-01-01';

export interface FoundingMember {
  name: string;
  countryCode: string;
  kind: Extract<MemberKind, 'CITY' | 'REGIONAL_GOVERNMENT'>;
}

export const FOUNDING_MEMBERS: readonly FoundingMember[] = [
  { name: 'Abu Dhabi', countryCode: 'AE', kind: 'CITY' },
  { name: 'Addis Ababa', countryCode: 'ET', kind: 'CITY' },
  { name: 'Agra', countryCode: 'IN', kind: 'CITY' },
  { name: 'Amsterdam', countryCode: 'NL', kind: 'CITY' },
  { name: 'Baku', countryCode: 'AZ', kind: 'CITY' },
  { name: 'Bangkok', countryCode: 'TH', kind: 'CITY' },
  { name: 'Barcelona', countryCode: 'ES', kind: 'CITY' },
  { name: 'Batam', countryCode: 'ID', kind: 'CITY' },
  { name: 'Berlin', countryCode: 'DE', kind: 'CITY' },
  { name: 'Birmingham', countryCode: 'GB', kind: 'CITY' },
  { name: 'Bucharest', countryCode: 'RO', kind: 'CITY' },
  { name: 'Caracas', countryCode: 'VE', kind: 'CITY' },
  { name: 'Chengdu', countryCode: 'CN', kind: 'CITY' },
  { name: 'Dakar', countryCode: 'SN', kind: 'CITY' },
  { name: 'Dar es Salaam', countryCode: 'TZ', kind: 'CITY' },
  { name: 'Dhaka', countryCode: 'BD', kind: 'CITY' },
  { name: 'Edmonton', countryCode: 'CA', kind: 'CITY' },
  { name: 'Frankfurt', countryCode: 'DE', kind: 'CITY' },
  { name: 'Harare', countryCode: 'ZW', kind: 'CITY' },
  { name: 'Helsinki', countryCode: 'FI', kind: 'CITY' },
  { name: 'Hong Kong', countryCode: 'HK', kind: 'CITY' },
  { name: 'Hunan Province', countryCode: 'CN', kind: 'REGIONAL_GOVERNMENT' },
  { name: 'Jakarta', countryCode: 'ID', kind: 'CITY' },
  { name: 'Kathmandu', countryCode: 'NP', kind: 'CITY' },
  { name: 'Khartoum State', countryCode: 'SD', kind: 'REGIONAL_GOVERNMENT' },
  { name: 'La Manche', countryCode: 'FR', kind: 'REGIONAL_GOVERNMENT' },
  { name: 'Lisbon', countryCode: 'PT', kind: 'CITY' },
  { name: 'Manila', countryCode: 'PH', kind: 'CITY' },
  { name: 'Mexico City', countryCode: 'MX', kind: 'CITY' },
  { name: 'Minsk', countryCode: 'BY', kind: 'CITY' },
  { name: 'Mosman', countryCode: 'AU', kind: 'CITY' },
  { name: 'Muscat', countryCode: 'OM', kind: 'CITY' },
  { name: 'Nairobi', countryCode: 'KE', kind: 'CITY' },
  { name: 'Nanjing', countryCode: 'CN', kind: 'CITY' },
  { name: 'Ningbo', countryCode: 'CN', kind: 'CITY' },
  { name: 'Nur-Sultan', countryCode: 'KZ', kind: 'CITY' },
  { name: 'Paris', countryCode: 'FR', kind: 'CITY' },
  { name: 'Quezon City', countryCode: 'PH', kind: 'CITY' },
  { name: 'Saga Prefecture', countryCode: 'JP', kind: 'REGIONAL_GOVERNMENT' },
  { name: 'San Francisco', countryCode: 'US', kind: 'CITY' },
  { name: 'São Paulo', countryCode: 'BR', kind: 'CITY' },
  { name: 'Seoul', countryCode: 'KR', kind: 'CITY' },
  { name: 'Suva', countryCode: 'FJ', kind: 'CITY' },
  { name: 'Tashkent', countryCode: 'UZ', kind: 'CITY' },
  { name: 'Thua Thien Hue', countryCode: 'VN', kind: 'REGIONAL_GOVERNMENT' },
  { name: 'Tel Aviv', countryCode: 'IL', kind: 'CITY' },
  { name: 'Tunis', countryCode: 'TN', kind: 'CITY' },
  { name: 'Ulaanbaatar', countryCode: 'MN', kind: 'CITY' },
  { name: 'Vladivostok', countryCode: 'RU', kind: 'CITY' },
  { name: 'Zhejiang Province', countryCode: 'CN', kind: 'REGIONAL_GOVERNMENT' },
];
