/**
 * Getting around: the header links reach their sections, the language switch on a story lands on
 * the same story in the other language (the hreflang alternates), and a content warning keeps the
 * story hidden until the reader chooses to continue.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './chromium';
import { serveDist, type StaticServer } from './server';
import { builtPages, DIST, watchContext, type PageProblems } from './site-pages';

const LANGS = ['uk', 'ru', 'en'] as const;
const pages = builtPages();
const stories = pages.filter((p) => /^\/(uk|ru|en)\/stories\/[^/]+\/$/.test(p.path));
const alternatesOf = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="(uk|ru|en)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]!).pathname]),
  ) as Partial<Record<string, string>>;
/** Stories that exist in all three languages. */
const translated = stories.filter((p) => LANGS.every((l) => alternatesOf(p.html)[l]));

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let problems: PageProblems;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDist(DIST)]);
  context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  problems = watchContext(context, server.url);
});

afterAll(async () => {
  expect(problems?.foreignRequests ?? []).toEqual([]);
  await browser?.close();
  await server?.close();
});

describe.concurrent('header navigation', () => {
  test.for(LANGS.map((l) => [l] as const))('every header link from /%s/ reaches its section', async ([lang], { expect }) => {
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/${lang}/`);
      const links = await page.$$eval('header nav.sections a', (as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.trim() })));
      expect(links.length).toBeGreaterThanOrEqual(5);
      for (const link of links) {
        expect(link.href.startsWith(`/${lang}/`), `${link.text} stays in ${lang}`).toBe(true);
        await page.goto(`${server.url}/${lang}/`);
        await page.locator('header nav.sections a', { hasText: link.text }).first().click();
        await page.waitForURL(server.url + link.href);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await page.locator('h1').first().isVisible()).toBe(true);
        // The section's own link is marked as the current page.
        expect(await page.locator(`header nav.sections a[href="${link.href}"]`).getAttribute('aria-current')).toBe('page');
      }
      // The site name goes home.
      await page.locator('header a.brand').click();
      await page.waitForURL(`${server.url}/${lang}/`);
    } finally {
      await page.close();
    }
  });
});

describe('language switch', () => {
  test('there is a story in every language to switch between', () => {
    expect(translated.length).toBeGreaterThan(0);
  });

  test.for(LANGS.map((l) => [l] as const))('on a %s story it lands on the same story in the other languages', async ([lang], { expect }) => {
    const story = translated.find((p) => p.path.startsWith(`/${lang}/`));
    expect(story, `a ${lang} story with translations`).toBeDefined();
    const alternates = alternatesOf(story!.html);
    const page = await context.newPage();
    try {
      for (const other of LANGS.filter((l) => l !== lang)) {
        await page.goto(server.url + story!.path);
        await page.locator(`nav.langs a[hreflang="${other}"]`).click();
        await page.waitForURL(server.url + alternates[other]!);
        expect(await page.locator('html').getAttribute('lang')).toBe(other);
        // …and that page links back to where we came from, under the same translation set.
        const back = alternatesOf(await page.content());
        expect(back).toEqual(alternates);
      }
    } finally {
      await page.close();
    }
  });
});

describe('content warnings', () => {
  const warned = stories.filter((p) => p.html.includes('<details class="cw"'));

  test('at least one story carries a content warning', () => {
    expect(warned.length).toBeGreaterThan(0);
  });

  test.for(LANGS.map((l) => [l] as const))('a %s story stays hidden until "continue"', async ([lang], { expect }) => {
    const story = warned.find((p) => p.path.startsWith(`/${lang}/`));
    if (!story) return;
    const page = await context.newPage();
    try {
      await page.goto(server.url + story.path);
      const details = page.locator('details.cw').first();
      const prose = details.locator('.prose');
      expect(await details.getAttribute('open')).toBeNull();
      expect(await prose.isVisible()).toBe(false);
      const firstWords = (await prose.textContent())!.trim().slice(0, 30);
      expect(await page.getByText(firstWords).first().isVisible()).toBe(false);
      await details.locator('summary').click();
      await expect.poll(() => prose.isVisible()).toBe(true);
      expect(await details.locator('.cw__button').isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });
});
