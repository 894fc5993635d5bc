import { explorerRoutes, withOfflineNotice } from '../../src';

const [explorer] = explorerRoutes({
  title: 'WeGO <graph> explorer',
  endpoint: '/graphql',
  defaultQuery: '{ offices { city } } # </script><script>alert(1)</script>',
  defaultHeaders: { Authorization: 'Bearer <your token>' },
});

function get(path: string) {
  return explorer!.handle({ path, headers: {} });
}

describe('the explorer routes', () => {
  it('serve the page at /explorer and /explorer/, loading nothing from another host', async () => {
    for (const path of ['/explorer', '/explorer/']) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
      expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
      const html = String(page.body);
      expect(html).not.toMatch(/(https?:)?\/\/[a-z]/i);
      expect(html).toContain('<link rel="stylesheet" href="/explorer/graphiql.css">');
      expect(html).toContain('<script src="/explorer/graphiql.js"></script>');
      expect(html).toContain('"/explorer/workers/graphql.js"');
    }
  });

  it('keep what the page is given from ending its script or escaping into the HTML', async () => {
    const html = String((await get('/explorer')).body);
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).toContain('<title>WeGO &lt;graph&gt; explorer</title>');
    expect(html.match(/<\/script>/g)).toHaveLength(3);
  });

  it('serve GraphiQL’s bundle, styles and workers from node_modules, the bundle with the query history', async () => {
    const expected: Record<string, string> = {
      '/explorer/graphiql.css': 'text/css; charset=utf-8',
      '/explorer/graphiql.js': 'text/javascript; charset=utf-8',
      '/explorer/workers/editor.js': 'text/javascript; charset=utf-8',
      '/explorer/workers/json.js': 'text/javascript; charset=utf-8',
      '/explorer/workers/graphql.js': 'text/javascript; charset=utf-8',
    };
    for (const [path, contentType] of Object.entries(expected)) {
      const asset = await get(path);
      expect([path, asset.status, asset.headers['content-type']]).toEqual([path, 200, contentType]);
      expect(asset.body.length).toBeGreaterThan(10000);
    }
    const bundle = String((await get('/explorer/graphiql.js')).body);
    expect(bundle).toMatch(/plugins:\[[\w$]+,[\w$]+\]/);
  });

  it('answer 404 for any other path, a path into node_modules included', async () => {
    for (const path of ['/explorer/yoga-graphiql.umd.js', '/explorer/../package.json', '/explorer/workers', '/explorer/constructor', '/explorer/graphiql.css/x']) {
      expect([path, (await get(path)).status]).toEqual([path, 404]);
    }
  });
});

describe("the landing page's offline notice", () => {
  it('points to the explorer inside the fallback a browser shows when Sandbox does not load', () => {
    const html = '<div class="fallback">\n  <h1>Welcome</h1>\n  <p>Sandbox cannot be loaded.</p>\n</div>\n<div id="embeddableSandbox"></div>';
    expect(withOfflineNotice(html, '/explorer')).toBe(
      '<div class="fallback">\n  <h1>Welcome</h1>\n  <p>Sandbox cannot be loaded.</p>\n  <p>The graph\'s own explorer needs no internet: open <a href="/explorer">/explorer</a>.</p>\n</div>\n<div id="embeddableSandbox"></div>',
    );
  });
});
