/**
 * Reader safety in a real browser against dist/: the quick exit (click, tap, Escape twice) leaves
 * and takes the page out of history; content warnings work without JavaScript; no page asks any
 * other host for anything, and the CSP says so; no cookies or storage; share links are plain.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUICK_EXIT_URL } from '../../src/data/site';
import { launchChromium } from './chromium';
import { serveDist, type StaticServer } from './server';

const dist = path.resolve(process.env.DIST_DIR ?? 'dist');
const STORY = '/uk/stories/kimnata-v-kintsi-korydoru/'; // has a content warning
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A context where the neutral site is answered locally: no real request leaves the machine. */
async function offlineContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    if (url.startsWith(QUICK_EXIT_URL)) return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' });
    return route.abort();
  });
  return context;
}

async function expectLeftForGood(page: Page) {
  await page.waitForURL((u) => u.href.startsWith(QUICK_EXIT_URL));
  await page.goBack().catch(() => undefined);
  expect(page.url()).not.toContain(STORY);
}

describe('quick exit', () => {
  it('is visible at the top of a 360 px screen and reachable by keyboard', async () => {
    const context = await offlineContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto(server.url + STORY);
    const box = (await page.locator('#quick-exit').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    expect(box.height).toBeGreaterThanOrEqual(24);
    let focused = '';
    for (let i = 0; i < 8 && focused !== 'quick-exit'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('quick-exit');
    await page.keyboard.press('Enter');
    await expectLeftForGood(page);
    await context.close();
  });

  it('on click replaces the page, so Back does not return to the story', async () => {
    const context = await offlineContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/uk/`);
    await page.goto(server.url + STORY);
    await page.click('#quick-exit');
    await expectLeftForGood(page);
    await context.close();
  });

  it('on Escape pressed twice', async () => {
    const context = await offlineContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/uk/`);
    await page.goto(server.url + STORY);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expectLeftForGood(page);
    await context.close();
  });

  it('on a tap on a touch phone', async () => {
    const context = await offlineContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/ru/`);
    await page.goto(`${server.url}/ru/stories/`);
    await page.tap('#quick-exit');
    await page.waitForURL((u) => u.href.startsWith(QUICK_EXIT_URL));
    await page.goBack().catch(() => undefined);
    expect(page.url()).not.toContain('/ru/stories/');
    await context.close();
  });
});

describe('content warning', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`comes before the story, which opens only when the reader chooses (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await offlineContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(server.url + STORY);
      const warning = page.locator('details.cw > summary');
      await expect(warning.isVisible()).resolves.toBe(true);
      expect(await warning.textContent()).toContain('Попередження про зміст');
      const story = page.locator('details.cw .prose');
      await expect(story.isVisible()).resolves.toBe(false);
      await warning.click();
      await expect(story.isVisible()).resolves.toBe(true);
      await context.close();
    });
  }
});

describe('privacy', () => {
  it('no request to another host, no cookies, no storage, across pages and a search', async () => {
    const context = await browser.newContext();
    const foreign: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    const page = await context.newPage();
    for (const p of ['/', '/uk/', STORY, '/ru/help/', '/en/editions/', '/en/workshop/what-a-story-is/', '/uk/articles/police-demand-money/']) {
      await page.goto(server.url + p, { waitUntil: 'networkidle' });
    }
    await page.goto(`${server.url}/uk/search/?q=паспорт`);
    await page.waitForSelector('#search-results li');
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await context.close();
  });
});

const pages = (function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : [],
  );
})(dist);

describe('every built page', () => {
  it.each(pages.map((f) => [path.relative(dist, f), f]))('%s: CSP allows only this site, no inline script', (rel, file) => {
    const html = readFileSync(file, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, rel).toBeDefined();
    const policy = Object.fromEntries(csp!.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['connect-src']).toEqual(["'self'"]);
    const isSearch = /^(uk|ru|en)\/search\/index\.html$/.test(rel);
    expect(policy['script-src']).toEqual(isSearch ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"]);
    for (const values of Object.values(policy)) expect(values.join(' ')).not.toMatch(/unsafe-inline|(?<!wasm-)unsafe-eval|\*|https?:/);
    // Every script is a file from this site.
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/ld\+json"/.test(m[1]!)) continue;
      expect(m[1], rel).toMatch(/\ssrc="\/[^/]/);
      expect(m[2]!.trim(), rel).toBe('');
    }
    // Only the search page loads search code.
    expect(html.includes('/search.js') || html.includes('/pagefind/'), rel).toBe(isSearch);
  });

  it('links and share URLs carry no tracking parameters', () => {
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      expect(html, path.relative(dist, file)).not.toMatch(/[?&](utm_[a-z]+|fbclid|gclid|yclid|mc_eid|ref_src)=/i);
    }
    const story = readFileSync(path.join(dist, STORY, 'index.html'), 'utf8');
    const share = /class="share[^"]*"[\s\S]*?<code>([^<]+)<\/code>/.exec(story)?.[1];
    expect(share).toBe(`${process.env.SITE_URL ?? 'https://stories.example.org'}${STORY}`);
  });
});
