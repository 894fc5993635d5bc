import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FOUNDING_MEMBERS_QUERY, gatewayExplorer } from '../src/explorer';

describe("the gateway's explorer", () => {
  it('opens on the query the README gives to try', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Try it in the explorer'));
    const query = /```graphql\n([\s\S]*?)```/.exec(section)?.[1];
    expect(query).toBe(FOUNDING_MEMBERS_QUERY);
  });

  it('is served at /explorer outside production, and not at all in production', () => {
    expect(gatewayExplorer(false).map((route) => route.prefix)).toEqual(['/explorer']);
    expect(gatewayExplorer(true)).toEqual([]);
  });
});
