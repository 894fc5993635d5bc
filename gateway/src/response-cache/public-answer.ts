import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';

export const PRIVATE_CACHE_CONTROL = 'private, no-store';

export function publicCacheControl(maxAgeSeconds: number): string {
  return `public, max-age=${maxAgeSeconds}`;
}

/** Whether the caller presented a token: its answer is its own, whatever the fields. */
export function isAnonymous(headers: { get(name: string): string | undefined } | undefined): boolean {
  return !headers?.get('authorization');
}

/** Public fields only, as the subgraphs' folded `Cache-Control` says; a subgraph without one counts as private. */
export function isPublicAnswer<TContext extends object>(requestContext: GraphQLRequestContextWillSendResponse<TContext>): boolean {
  const { request, operation, response, overallCachePolicy } = requestContext;
  if (!isAnonymous(request.http?.headers) || operation?.operation !== 'query') return false;
  if (response.body.kind !== 'single' || response.body.singleResult.errors) return false;
  const policy = overallCachePolicy.policyIfCacheable();
  return policy !== null && policy.scope === 'PUBLIC';
}
