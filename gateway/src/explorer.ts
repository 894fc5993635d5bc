import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import { EXPLORER_PATH, explorerOutsideProduction, type HostRoute, landingPageLinkingExplorer } from '@wego/server';
import type { GatewayContext } from './gateway-context';

/** The query of the README's "Try it" section: the founding members with their offices and mandates, and the offices. */
export const FOUNDING_MEMBERS_QUERY = `{
  members(filter: { foundingMember: true }, first: 200) {
    totalCount
    edges { node { name countryCode category office { kind name region city } mandates { position startsOn } } }
  }
  offices { kind name city region coveredCountryCodes members(first: 5) { totalCount } }
}
`;

/** The explorer at /explorer, opening on the README's query; none in production, where introspection is off too. */
export function gatewayExplorer(production: boolean): HostRoute[] {
  // Anonymous reads work without a token; the Secretariat's or an office's goes in the headers as `Authorization`.
  return explorerOutsideProduction(production, { title: 'WeGO graph explorer', defaultQuery: FOUNDING_MEMBERS_QUERY, defaultHeaders: {} });
}

/** Apollo Sandbox at GET /graphql, opening on the README's query; offline, its page points to the explorer. None in production. */
export function gatewayLandingPage(production: boolean): ApolloServerPlugin<GatewayContext> {
  if (production) return ApolloServerPluginLandingPageProductionDefault({ footer: false });
  return landingPageLinkingExplorer(ApolloServerPluginLandingPageLocalDefault({ footer: false, document: FOUNDING_MEMBERS_QUERY }), EXPLORER_PATH);
}
