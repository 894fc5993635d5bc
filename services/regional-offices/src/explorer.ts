import { explorerOutsideProduction, type HostRoute } from '@wego/server';

/** What an office asking regional-offices directly reads there: the offices and the countries each covers. */
export const OFFICES_QUERY = `{
  offices { id kind name city region coveredCountryCodes }
}
`;

/**
 * The explorer at /explorer for an office calling this subgraph directly: it answers offices only,
 * so the headers editor opens with the place for the office's token. None in production, where
 * introspection is off too.
 */
export function officesExplorer(production: boolean): HostRoute[] {
  const defaultHeaders = { Authorization: 'Bearer <your office token>' };
  return explorerOutsideProduction(production, { title: 'WeGO regional offices explorer', defaultQuery: OFFICES_QUERY, defaultHeaders });
}
