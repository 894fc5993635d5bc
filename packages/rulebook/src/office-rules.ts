import type { CharterRule } from './charter-rule';

/** O1-O3: the Secretariat, the regional offices and the members each serves (subgraph regional-offices). */
export const OFFICE_RULES = [
  {
    id: 'O1',
    title: 'Offices',
    statute:
      'WeGO’s Secretariat is based in Seoul and supported by regional offices in East Asia (Chengdu, China), Eurasia (Ulyanovsk Region, Russia), ' +
      'the Mediterranean (Beyoğlu, Turkey), and Latin America (Mexico City, Mexico).',
    reading:
      'Five offices: the Secretariat (kind SECRETARIAT) and four regional offices (kind REGIONAL_OFFICE), one for each region: ' +
      'EAST_ASIA, EURASIA, MEDITERRANEAN and LATIN_AMERICA.',
  },
  {
    id: 'O2',
    title: 'Coverage',
    statute: null,
    reading:
      'Each regional office covers a list of countries, which the Secretariat replaces with `setOfficeCoverage`. A country covered by another office ' +
      'is refused under O2, and so is a list set on the Secretariat, which serves every country no regional office covers. ' +
      'The lists the graph starts with are the project\'s choice.',
  },
  {
    id: 'O3',
    title: 'Serving office',
    statute: null,
    reading:
      'Every member is served by exactly one office (`Member.office`), derived from its country. Offices are public; an office\'s staff also read ' +
      'the fees of the members it serves. A token naming the Secretariat\'s office is office staff of the Secretariat, not an administrator: ' +
      'administration is the `secretariat` role alone.',
  },
] as const satisfies readonly CharterRule[];
