import type { FastifyInstance } from 'fastify';

export interface HostRouteAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/** Extra GET routes served beside /graphql (e.g. the explorer): a path prefix and a handler. */
export interface HostRoute {
  /** Served for GET requests whose path is this or starts with this followed by '/'. */
  prefix: string;
  handle(request: { path: string; headers: Record<string, string | undefined> }): Promise<HostRouteAnswer>;
}

export function headersOf(raw: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(raw)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

/** Serves each route at its prefix and below it; none needs a token or counts against the rate limit. */
export function registerHostRoutes(app: FastifyInstance, routes: readonly HostRoute[]): void {
  for (const route of routes) {
    const prefix = route.prefix.replace(/\/+$/, '');
    const handler = async (request: { url: string; headers: Record<string, string | string[] | undefined> }, reply: import('fastify').FastifyReply) => {
      const path = new URL(request.url, 'http://localhost').pathname;
      const answer = await route.handle({ path, headers: headersOf(request.headers) });
      return reply.code(answer.status).headers(answer.headers).send(answer.body);
    };
    app.get(prefix, handler);
    app.get(`${prefix}/*`, handler);
  }
}
