import type { CharterRule } from './charter-rule';

/** M1-M5: who the members are and what keeps them in good standing (subgraph membership). */
export const MEMBERSHIP_RULES = [
  {
    id: 'M1',
    title: 'Categories',
    statute:
      'an international association of city and other local governments, smart tech solution providers, and national and regional institutions',
    reading:
      'A member is FULL (city and other local governments: kind CITY or REGIONAL_GOVERNMENT, such as a province, state, prefecture or département), ' +
      'ASSOCIATE (national and regional institutions: kind INSTITUTION) or INDUSTRY (smart tech solution providers: kind TECH_SOLUTION_PROVIDER); ' +
      'the names of the categories are the project\'s choice. A category and kind that do not match is refused under M1.',
  },
  {
    id: 'M2',
    title: 'Founding members',
    statute:
      'established by 50 founding members in 2010 … According to our statutes, our 50 founding members are Abu Dhabi, Addis Ababa, Agra, Amsterdam, Baku, Bangkok, ' +
      'Barcelona, Batam, Berlin, Birmingham, Bucharest, Caracas, Chengdu, Dakar, Dar es Salaam, Dhaka, Edmonton, Frankfurt, Harare, Helsinki, Hong Kong, ' +
      'Hunan Province, Jakarta, Kathmandu, Khartoum State, La Manche, Lisbon, Manila, Mexico City, Minsk, Mosman, Muscat, Nairobi, Nanjing, Ningbo, ' +
      'Nur-Sultan, Paris, Quezon City, Saga Prefecture, San Francisco, São Paulo, Seoul, Suva, Tashkent, Thua Thien Hue, Tel Aviv, Tunis, Ulaanbaatar, ' +
      'Vladivostok, Zhejiang Province.',
    reading:
      'The 50 members the statutes list are the founding members, named exactly as the statutes spell them, each with its country and kind. ' +
      '`foundingMember` is true for them alone and no mutation sets it. The statutes give only the year: founders joined on 2010-01-01 (the project\'s choice).',
  },
  {
    id: 'M3',
    title: 'Status',
    statute: null,
    reading:
      'A member is ACTIVE, SUSPENDED or WITHDRAWN, and only the Secretariat changes it. Nothing is ever deleted: a withdrawn member keeps its history ' +
      '(mandates, fees, audit trail).',
  },
  {
    id: 'M4',
    title: 'Fees',
    statute: 'fully paid membership fees',
    reading:
      'The Secretariat assesses a fee per member per calendar year, in whole US dollars (the project\'s choice), and records payments against it. ' +
      'A second assessment for the same year, and a payment larger than what is still owed for that year, are refused under M4. ' +
      '`feesFullyPaid` is true when no assessed year has anything outstanding (so also when nothing was ever assessed).',
  },
  {
    id: 'M5',
    title: 'Good standing',
    statute: 'Any full member city that has fully paid membership fees',
    reading:
      'A member is in good standing when its category is FULL, its status ACTIVE and `feesFullyPaid` is true. Governance asks it of membership ' +
      'at the moment of a write: for a President candidate (G4), at the election of a President (G7) and for the host of a regular General Assembly (G9).',
  },
] as const satisfies readonly CharterRule[];
