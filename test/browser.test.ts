/**
 * @jest-environment ./test/support/browser-environment.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { FOUNDING_MEMBERS_QUERY } from '@wego/gateway/src/explorer';
import { testTokens } from '@wego/testing';
import { launchChromium, localOnlyPage, type TestBrowser } from './support/chromium';
import { foundingMembersPage } from './support/founding-members-page';
import { startGraph, type GraphUnderTest } from './support/graph-under-test';
import { serveStaticPage, type StaticPageServer } from './support/static-page-server';

// One file for everything a real browser checks: Chromium and the graph start once for all of it.

const OUTPUT = join(__dirname, 'output');

/** GraphiQL's headers editor, open beside the query. */
const HEADERS_EDITOR = '.graphiql-editor:not(.hidden) .monaco-editor[data-uri$="headers.json"]';

let graph: GraphUnderTest;
let chromium: TestBrowser;
let allowedSite: StaticPageServer;
let otherSite: StaticPageServer;

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  // The sites exist before the graph so that the gateway can be told the one origin it answers.
  let graphqlUrl = '';
  const page = () => foundingMembersPage(graphqlUrl, FOUNDING_MEMBERS_QUERY);
  [allowedSite, otherSite] = await Promise.all([serveStaticPage(page), serveStaticPage(page)]);
  graph = await startGraph({ corsOrigins: [allowedSite.origin] });
  graphqlUrl = graph.gateway.url;
  chromium = await launchChromium();
}, 120000);

afterAll(async () => {
  await chromium?.close();
  await Promise.all([allowedSite?.stop(), otherSite?.stop()]);
  await graph?.stop();
});

/** An element's text with any run of white space (the editors' non-breaking spaces too) as one space. */
async function textOf(page: Page, selector: string): Promise<string> {
  const text = await page.$eval(selector, (element) => element.textContent ?? '');
  return text.replace(/\s+/g, ' ');
}

/** Waits until the element holds `text`, reading it the way the test reads everything else: through the DOM. */
async function waitForText(page: Page, selector: string, text: string, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await page.$(selector);
    const content = found ? await textOf(page, selector) : '';
    if (content.includes(text)) return;
    if (Date.now() > deadline) throw new Error(`"${text}" did not appear in ${selector}; it holds: ${content.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the explorer, with no host but this machine reachable', () => {
  it('loads from the gateway, runs { offices { city } } and shows Beyoğlu, asking nothing of any other host', async () => {
    const { page, requested, elsewhere } = await localOnlyPage(chromium.browser);
    const origin = `http://127.0.0.1:${graph.gateway.port}`;
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });

    await page.goto(`${origin}/explorer?query=${encodeURIComponent('{ offices { city } }')}`, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30000 });
    // The schema came through introspection: the documentation names the root types and the graph's own.
    await page.click('[aria-label="Show Documentation Explorer"]');
    await waitForText(page, '.graphiql-doc-explorer', 'query: Query');
    await waitForText(page, '.graphiql-doc-explorer', 'MembershipCategory');

    await page.click('.graphiql-execute-button');
    await waitForText(page, '.graphiql-response', 'Beyoğlu');
    const response = await textOf(page, '.graphiql-response');
    for (const city of ['Seoul', 'Chengdu', 'Ulyanovsk Region', 'Mexico City']) expect(response).toContain(city);
    // The headers editor, where a token goes, is open beside the query.
    expect(await page.$(HEADERS_EDITOR)).not.toBeNull();
    // The query just run is in the history.
    await page.click('[aria-label="Show History"]');
    await waitForText(page, '.graphiql-history', 'offices');
    await page.screenshot({ path: join(OUTPUT, 'explorer-offline.png') });

    expect(elsewhere).toEqual([]);
    expect(requested.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))).toEqual([]);
    expect(requested).toContain(`${origin}/graphql`);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("regional-offices' explorer, for an office calling it directly", () => {
  it('runs an office’s query with the token the office puts in the headers editor', async () => {
    const { page, elsewhere } = await localOnlyPage(chromium.browser);
    const origin = `http://127.0.0.1:${graph.subgraphs['regional-offices'].host.port}`;
    await page.goto(`${origin}/explorer?query=${encodeURIComponent('{ offices { city coveredCountryCodes } }')}`, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30000 });
    await waitForText(page, HEADERS_EDITOR, 'Bearer <your office token>');

    await page.click(`${HEADERS_EDITOR} .view-lines`);
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.keyboard.sendCharacter(JSON.stringify({ Authorization: `Bearer ${await testTokens.office('mediterranean')}` }));
    await page.click('.graphiql-execute-button');
    await waitForText(page, '.graphiql-response', 'Beyoğlu');
    await page.screenshot({ path: join(OUTPUT, 'explorer-regional-offices.png') });
    expect(await textOf(page, '.graphiql-response')).not.toContain('errors');
    expect(elsewhere).toEqual([]);
    await page.close();
  });
});

describe('a page of another web site calling the gateway from the browser', () => {
  it('lists the 50 founding members when its origin is one CORS_ORIGINS names', async () => {
    const { page } = await localOnlyPage(chromium.browser);
    await page.goto(`${allowedSite.origin}/`, { waitUntil: 'load' });
    await page.waitForSelector('body[data-done="true"]', { timeout: 30000 });
    await page.screenshot({ path: join(OUTPUT, 'cors-allowed-origin.png'), fullPage: true });
    expect(await textOf(page, '#status')).toBe('50 founding members');
    const names = await page.$$eval('#members li', (items) => items.map((item) => item.textContent ?? ''));
    expect(names).toHaveLength(50);
    expect(names).toContain('Barcelona (Beyoğlu)');
    await page.close();
  });

  it('gets no data when its origin is not among CORS_ORIGINS', async () => {
    const { page } = await localOnlyPage(chromium.browser);
    await page.goto(`${otherSite.origin}/`, { waitUntil: 'load' });
    await page.waitForSelector('body[data-done="true"]', { timeout: 30000 });
    await page.screenshot({ path: join(OUTPUT, 'cors-other-origin.png'), fullPage: true });
    expect(await textOf(page, '#status')).toMatch(/^No data: /);
    expect(await page.$$('#members li')).toHaveLength(0);
    await page.close();
  });
});
