/**
 * Search in a real browser against dist/: inflected Ukrainian and Russian queries find the story
 * that has another form of the word; filters narrow results; the Ukrainian stemmer shipped to the
 * browser agrees with src/lib/stemmer-uk.ts; search code loads only on the search page, when used.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stemUk } from '../../src/lib/stemmer-uk';
import { launchChromium } from './chromium';
import { serveDist, type StaticServer } from './server';

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

/** Opens the search page, types the query, optionally sets filters, returns result paths. */
async function search(lang: string, query: string, filters: Record<string, string> = {}): Promise<string[]> {
  const page = await browser.newPage();
  try {
    return await searchOn(page, lang, query, filters);
  } finally {
    await page.close();
  }
}

async function searchOn(page: Page, lang: string, query: string, filters: Record<string, string> = {}) {
  await page.goto(`${server.url}/${lang}/search/`);
  for (const [name, value] of Object.entries(filters)) await page.selectOption(`select[name="${name}"]`, { label: value });
  await page.fill('#q', query);
  await page.press('#q', 'Enter');
  await page.waitForFunction(() => document.getElementById('search-status')!.textContent !== '');
  // Let a debounced search for the same query settle.
  await page.waitForTimeout(400);
  return page.$$eval('#search-results h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** [query, a story it must find] — the story contains another form of the word, not the query. */
const UKRAINIAN: [string, string][] = [
  ['поліцією', '/uk/stories/nich-na-avtostantsii/'], // has "поліції"/"поліція"
  ['лікарці', '/uk/stories/kimnata-v-kintsi-korydoru/'], // has "лікарки"
  ['паспорта', '/uk/stories/pasport-u-shukhliadi/'], // has "паспорт"
  ['паспортами', '/uk/stories/pasport-u-shukhliadi/'],
  ['холодильником', '/uk/stories/malunky-na-kholodylnyku/'], // has "холодильника", "холодильнику"
  ['автостанцією', '/uk/stories/nich-na-avtostantsii/'], // has "автостанції"
  ['обшуку', '/uk/stories/oblava-na-rynku/'], // has "обшук"
  ['медсестрою', '/uk/stories/cherha-v-poliklinitsi/'], // has "медсестра"
  ['шухляді', '/uk/stories/pasport-u-shukhliadi/'], // has "шухляді"/"шухляду"
];
const RUSSIAN: [string, string][] = [
  ['полицией', '/ru/stories/komnata-v-kontse-koridora/'], // has "полиция"
  ['полиция', '/ru/stories/kruglyi-stol/'], // has "полицией"
  ['врачом', '/ru/stories/komnata-v-kontse-koridora/'], // has "врачу"
  ['паспортами', '/ru/stories/pasport-v-yashchike/'],
  ['холодильником', '/ru/stories/risunki-na-holodilnike/'], // has "холодильнике"
  ['медсестрой', '/ru/stories/ochered-v-poliklinike/'], // has "медсестра"
];
const ENGLISH: [string, string][] = [
  ['passports', '/en/stories/a-passport-in-a-drawer/'],
  ['nurses', '/en/stories/the-clinic-queue/'],
];

describe('inflected forms find the story', () => {
  it.each(UKRAINIAN)('uk: "%s" finds %s', async (query, expected) => {
    const results = await search('uk', query);
    expect(results).toContain(expected);
    expect(results.every((r) => r.startsWith('/uk/'))).toBe(true);
  });
  it.each(RUSSIAN)('ru: "%s" finds %s', async (query, expected) => {
    const results = await search('ru', query);
    expect(results).toContain(expected);
    expect(results.every((r) => r.startsWith('/ru/'))).toBe(true);
  });
  it.each(ENGLISH)('en: "%s" finds %s', async (query, expected) => {
    const results = await search('en', query);
    expect(results).toContain(expected);
    expect(results.every((r) => r.startsWith('/en/'))).toBe(true);
  });
  it('uk: "поліція" does not drag in the clinic story ("поліклініка")', async () => {
    expect(await search('uk', 'поліція')).not.toContain('/uk/stories/cherha-v-poliklinitsi/');
  });
});

describe('results', () => {
  it('show title, a readable excerpt with the match marked, and the situation', async () => {
    const page = await browser.newPage();
    await searchOn(page, 'uk', 'паспорта');
    const first = page.locator('#search-results li', { has: page.locator('a[href="/uk/stories/pasport-u-shukhliadi/"]') });
    await expect(first.locator('h2').textContent()).resolves.toBe('Паспорт у шухляді');
    const excerpt = (await first.locator('.search-result__excerpt').textContent())!;
    expect(excerpt).toMatch(/паспорт/i);
    expect(excerpt).not.toContain('⁂');
    expect(await first.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
    expect(await first.locator('.search-result__situations li').allTextContents()).toContain('Паспорт і реєстрація');
    await page.close();
  });
});

describe('filters narrow results', () => {
  it('by type', async () => {
    const all = await search('uk', 'поліції');
    const stories = await search('uk', 'поліції', { type: 'Історія' });
    const articles = await search('uk', 'поліції', { type: 'Стаття «Ліліт»' });
    expect(stories.length).toBeGreaterThan(0);
    expect(articles.length).toBeGreaterThan(0);
    expect(stories.every((r) => r.startsWith('/uk/stories/'))).toBe(true);
    expect(articles.every((r) => r.startsWith('/uk/articles/'))).toBe(true);
    expect(stories.length + articles.length).toBeLessThanOrEqual(all.length);
  });
  it('by situation', async () => {
    const results = await search('ru', 'паспорт', { situation: 'Паспорт и регистрация' });
    expect(results).toContain('/ru/stories/pasport-v-yashchike/');
    expect(results.length).toBeLessThan((await search('ru', 'паспорт')).length);
  });
  it('by Lilith edition', async () => {
    const first = await search('en', 'police', { edition: 'No. 1' });
    const second = await search('en', 'police', { edition: 'No. 2' });
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    expect(first.every((r) => r.startsWith('/en/articles/'))).toBe(true);
    expect(first.filter((r) => second.includes(r))).toEqual([]);
  });
});

describe('the Ukrainian stemmer in the browser', () => {
  it('is the same as src/lib/stemmer-uk.ts', async () => {
    const words = ['поліцією', 'лікарці', 'лікарка', 'паспортами', 'холодильнику', 'залишилася', 'дітьми', 'нозі', 'сім’ї', 'Ґанок'];
    const page = await browser.newPage();
    await page.goto(`${server.url}/uk/search/`);
    // A string, so that Vite does not rewrite the dynamic import() of the test file.
    const inBrowser = await page.evaluate(
      `import('/stemmer-uk.js').then((m) => ${JSON.stringify(words)}.map((w) => m.stemUk(w)))`,
    );
    expect(inBrowser).toEqual(words.map(stemUk));
    await page.close();
  });
});

describe('search code loads only where and when it is used', () => {
  it('not on a story page; on the search page only after the first search', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/uk/stories/pasport-u-shukhliadi/`);
    await page.goto(`${server.url}/uk/search/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.startsWith('/pagefind/') || p === '/stemmer-uk.js')).toEqual([]);
    await page.fill('#q', 'паспорт');
    await page.waitForFunction(() => document.getElementById('search-status')!.textContent !== '');
    expect(requested).toContain('/pagefind/pagefind.js');
    expect(requested).toContain('/stemmer-uk.js');
    expect(page.url()).toBe(`${server.url}/uk/search/`); // the query stays out of history
    await page.close();
  });
  it('no request leaves the site, and the CSP allows Pagefind’s WebAssembly', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    expect((await searchOn(page, 'ru', 'полицией')).length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
