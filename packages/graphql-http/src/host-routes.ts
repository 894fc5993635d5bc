import type { ServerResponse } from 'node:http';

/** What a host route answers: a whole response, status, headers and body. */
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

/** The route that serves `path`, if any. */
export function routeFor(routes: readonly HostRoute[], path: string): HostRoute | undefined {
  return routes.find((route) => path === route.prefix || path.startsWith(`${route.prefix}/`));
}

export function sendRouteAnswer(response: ServerResponse, answer: HostRouteAnswer): void {
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
}
