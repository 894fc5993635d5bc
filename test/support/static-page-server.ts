import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A web server of another origin than the graph's: one HTML page at `/`, built when it is asked for. */
export interface StaticPageServer {
  origin: string;
  stop(): Promise<void>;
}

export async function serveStaticPage(page: () => string): Promise<StaticPageServer> {
  const server: Server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page());
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('Not found.');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
