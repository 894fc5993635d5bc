import type { HostRoute, HostRouteAnswer } from '../http';
import { explorerPage, type ExplorerPageOptions } from './explorer-page';
import { graphiqlAssetReader } from './graphiql-assets';

export const EXPLORER_PATH = '/explorer';

/** Same origin only: the explorer works offline and cannot be made to call another host. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function answer(status: number, contentType: string, body: string | Buffer, cacheControl: string): HostRouteAnswer {
  return {
    status,
    headers: {
      'content-type': contentType,
      'cache-control': cacheControl,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    },
    body,
  };
}

/** The explorer as routes of the process's host: the page at /explorer, GraphiQL's files under /explorer/. */
export function explorerRoutes(options: ExplorerPageOptions): HostRoute[] {
  const page = explorerPage(EXPLORER_PATH, options);
  const assetOf = graphiqlAssetReader();
  return [
    {
      prefix: EXPLORER_PATH,
      async handle({ path }) {
        if (path === EXPLORER_PATH || path === `${EXPLORER_PATH}/`) return answer(200, 'text/html; charset=utf-8', page, 'no-cache');
        const asset = await assetOf(path.slice(EXPLORER_PATH.length + 1));
        if (!asset) return answer(404, 'text/plain; charset=utf-8', 'Not found.', 'no-cache');
        // The files change only with the installed GraphiQL version, which a restart brings.
        return answer(200, asset.contentType, asset.body, 'public, max-age=3600');
      },
    },
  ];
}

/** The explorer of the process's own /graphql, outside production only: there introspection is off too. */
export function explorerOutsideProduction(production: boolean, options: Omit<ExplorerPageOptions, 'endpoint'>): HostRoute[] {
  return production ? [] : explorerRoutes({ endpoint: '/graphql', ...options });
}
