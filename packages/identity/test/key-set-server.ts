import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, type KeyLike } from 'jose';

export interface PublishedKey {
  kid: string;
  privateKey: KeyLike;
  jwk: JWK;
}

/** A JWKS on real HTTP whose keys the test can change, and how often it was fetched. */
export interface KeySetServer {
  url: string;
  fetches(): number;
  publish(keys: PublishedKey[]): void;
  /** Answers every fetch with `status` from now on; null serves the keys again. */
  fail(status: number | null): void;
  stop(): Promise<void>;
}

export async function publishedKey(algorithm: 'RS256' | 'ES256', kid: string): Promise<PublishedKey> {
  const { privateKey, publicKey } = await generateKeyPair(algorithm);
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, use: 'sig' } };
}

export async function startKeySetServer(keys: PublishedKey[]): Promise<KeySetServer> {
  let published = keys;
  let failure: number | null = null;
  let fetches = 0;
  const server = createServer((_request, response) => {
    fetches += 1;
    if (failure !== null) {
      response.writeHead(failure).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: published.map((key) => key.jwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`,
    fetches: () => fetches,
    publish: (next) => {
      published = next;
    },
    fail: (status) => {
      failure = status;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
