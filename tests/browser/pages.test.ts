/**
 * Every page type in every language, in real Chromium against the built site: it loads without
 * console errors or failed requests, asks no other host for anything, fits a 360 px phone screen,
 * and still shows its content and working links with JavaScript off.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './chromium';
import { serveDist, type StaticServer } from './server';
import { DIST, overflowingElements, samplePages, watchContext, type SamplePage } from './site-pages';

const PHONE = { width: 360, height: 740 };
const samples = samplePages();
const label = (s: SamplePage) => `${s.type} ${s.lang} ${s.path}`;

let browser: Browser;
let server: StaticServer;
/** Internal links seen on pages without JavaScript; each must answer 200. */
const linksSeen = new Map<string, string>();

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDist(DIST)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the sample covers every page type in every language', () => {
  const types = new Set(samples.map((s) => `${s.type}/${s.lang}`));
  for (const type of ['home', 'stories', 'story', 'situation', 'workshop', 'workshop-piece', 'article', 'editions', 'edition', 'campaigns', 'campaign', 'help', 'about', 'search']) {
    for (const lang of ['uk', 'ru', 'en']) expect(types, `no ${type} page in ${lang} in ${DIST}`).toContain(`${type}/${lang}`);
  }
});

describe.concurrent('on a 360 px phone with JavaScript', () => {
  test.for(samples.map((s) => [label(s), s] as const))('%s', async ([, sample], { expect }) => {
    const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    const problems = watchContext(context, server.url);
    try {
      const page = await context.newPage();
      const response = await page.goto(server.url + sample.path, { waitUntil: 'load' });
      expect(response?.status(), 'HTTP status').toBe(sample.status);
      await expect.poll(() => page.locator('h1').first().isVisible(), { timeout: 5000 }).toBe(true);

      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, 'page is wider than a 360 px screen').toBeLessThanOrEqual(PHONE.width);
      expect(await overflowingElements(page), 'elements wider than the screen').toEqual([]);

      // Content behind a warning must fit too once opened.
      const warnings = page.locator('details.cw');
      if ((await warnings.count()) > 0) {
        await warnings.first().locator('summary').click();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
        expect(await overflowingElements(page), 'elements wider than the screen (warning opened)').toEqual([]);
      }
      expect(problems.foreignRequests, 'requests to another host').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
      // Chromium logs the not-found page's own 404 status as a console error; that one is expected.
      const expected = sample.status === 404 ? /status of 404 .* @ .*\/no-such-page-here\/$/ : /^$/;
      expect(problems.consoleErrors.filter((e) => !expected.test(e)), 'console errors').toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe.concurrent('with JavaScript disabled', () => {
  test.for(samples.map((s) => [label(s), s] as const))('%s', async ([, sample], { expect }) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const problems = watchContext(context, server.url);
    try {
      const page = await context.newPage();
      const response = await page.goto(server.url + sample.path, { waitUntil: 'load' });
      expect(response?.status()).toBe(sample.status);
      const main = page.locator('main');
      await expect.poll(() => main.isVisible()).toBe(true);
      const text = (await main.innerText()).trim();
      expect(text.length, 'main content is visible without JavaScript').toBeGreaterThan(20);
      await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);

      // Content behind a warning opens without JavaScript (a native <details>).
      const warning = page.locator('details.cw');
      if ((await warning.count()) > 0) {
        const prose = warning.first().locator('.prose');
        expect(await prose.isVisible()).toBe(false);
        await warning.first().locator('summary').click();
        await expect.poll(() => prose.isVisible()).toBe(true);
      }

      for (const href of await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''))) {
        if (href.startsWith('/') && !href.startsWith('//')) linksSeen.set(href.split('#')[0]!, sample.path);
      }
      expect(problems.foreignRequests, 'requests to another host').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
    } finally {
      await context.close();
    }
  });
});

test('every internal link on those pages leads somewhere', async () => {
  expect(linksSeen.size).toBeGreaterThan(20);
  const broken: string[] = [];
  await Promise.all(
    [...linksSeen].map(async ([href, from]) => {
      const res = await fetch(server.url + href);
      await res.arrayBuffer();
      if (res.status !== 200) broken.push(`${href} (HTTP ${res.status}, linked from ${from})`);
    }),
  );
  expect(broken, broken.join('\n')).toEqual([]);
});
