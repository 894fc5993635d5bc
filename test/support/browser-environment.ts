import NodeEnvironment from 'jest-environment-node';
import type { PuppeteerNode } from 'puppeteer-core';

declare global {
  var wegoPuppeteer: PuppeteerNode | undefined;
}

/**
 * Jest's environment for the browser tests, with puppeteer-core loaded. puppeteer-core is an ES
 * module, which Jest's module loader cannot require on this Node while Node's own loader can: an
 * environment is loaded by Node's, so it loads puppeteer-core and hands it to the tests.
 */
export default class BrowserEnvironment extends NodeEnvironment {
  override async setup(): Promise<void> {
    await super.setup();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node's require, the one that loads ES modules here.
    this.global.wegoPuppeteer = (require('puppeteer-core') as { default: PuppeteerNode }).default;
  }
}
