import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, PuppeteerNode } from 'puppeteer-core';
import './browser-environment';

/** Debian's Chromium, which `.ci/run` installs when it is missing. */
export const CHROMIUM = '/usr/bin/chromium';

/** The only hosts a page under test may reach: this machine. */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

function puppeteer(): PuppeteerNode {
  if (!globalThis.wegoPuppeteer) throw new Error('The browser tests run in the environment of test/support/browser-environment.ts (a @jest-environment docblock).');
  return globalThis.wegoPuppeteer;
}

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * A headless Chromium on a fresh profile, to which every host but this machine is unreachable:
 * names other than localhost do not resolve, and nothing it could reach by an address is ever asked.
 */
export async function launchChromium(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'wego-chromium-'));
  const browser = await puppeteer().launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return LOCAL_HOSTS.has(hostname);
}

/** A new page that lets through requests to this machine only; every other one is aborted and listed in `elsewhere`. */
export async function localOnlyPage(browser: Browser): Promise<{ page: Page; requested: string[]; elsewhere: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const requested: string[] = [];
  const elsewhere: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    requested.push(url);
    if (isLocal(url)) {
      void request.continue();
    } else {
      elsewhere.push(url);
      void request.abort('blockedbyclient');
    }
  });
  return { page, requested, elsewhere };
}
