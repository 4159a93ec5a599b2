/**
 * Feeds, sitemap and robots.txt as built in dist/ (run `npm run build` first): every RSS feed is
 * valid RSS 2.0 with absolute links, its language and month-precision dates; the sitemap lists no
 * page that must not be found and carries hreflang alternates.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

const dist = path.resolve(process.env.DIST_DIR ?? 'dist');
const SITE = (process.env.SITE_URL ?? 'https://stories.example.org').replace(/\/$/, '');
const LANGS = ['uk', 'ru', 'en'];
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

function files(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full, ending) : e.name.endsWith(ending) ? [full] : [];
  });
}
const asArray = <T,>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
/** dist file of a site URL, or undefined. */
function distFile(url: string): string | undefined {
  const { pathname } = new URL(url);
  const file = path.join(dist, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
  return existsSync(file) ? file : undefined;
}

const feeds = files(dist, 'rss.xml');

describe('RSS feeds', () => {
  it('exist for every language: everything, stories, articles', () => {
    const rel = feeds.map((f) => path.relative(dist, f)).sort();
    expect(rel).toEqual(LANGS.flatMap((l) => [`${l}/articles/rss.xml`, `${l}/rss.xml`, `${l}/stories/rss.xml`]).sort());
  });

  it('are linked from every page’s auto-discovery links, and those links resolve', () => {
    const html = readFileSync(path.join(dist, 'uk/stories/index.html'), 'utf8');
    const hrefs = [...html.matchAll(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs).toHaveLength(3);
    for (const href of hrefs) expect(existsSync(path.join(dist, href)), href).toBe(true);
  });

  describe.each(feeds.map((f) => [path.relative(dist, f), f]))('%s', (rel, file) => {
    const xml = readFileSync(file, 'utf8');
    const lang = rel.split('/')[0]!;
    const rss = parser.parse(xml).rss;
    const channel = rss?.channel;
    const items = asArray(channel?.item);

    it('is well-formed RSS 2.0 with title, link, description and language', () => {
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(rss['@version']).toBe('2.0');
      expect(channel.title).toBeTruthy();
      expect(channel.description).toBeTruthy();
      expect(channel.link).toMatch(new RegExp(`^${SITE}/${lang}/`));
      expect(channel.language).toBe(lang);
    });

    it('has items with title, absolute link, guid, description and full content', () => {
      expect(items.length).toBeGreaterThan(0);
      // The newest 50 only (FEED_LIMIT in src/lib/feeds.ts): a feed must not grow with the archive.
      expect(items.length).toBeLessThanOrEqual(50);
      for (const item of items) {
        expect(item.title).toBeTruthy();
        expect(item.link).toMatch(new RegExp(`^${SITE}/${lang}/[a-z]+/[a-z0-9-]+/$`));
        expect(distFile(item.link), item.link).toBeDefined();
        expect(item.guid['#text'] ?? item.guid).toBe(item.link);
        expect(item.description).toBeTruthy();
        expect(item['content:encoded']).toMatch(/<p>/);
        // Links inside the content point at this site with absolute URLs.
        for (const m of String(item['content:encoded']).matchAll(/\s(?:href|src)="([^"]+)"/g)) {
          expect(m[1], `${item.link}: ${m[1]}`).toMatch(/^(https?:|tel:|mailto:|#)/);
        }
      }
    });

    it('dates stories and articles by month only (the first, at midnight UTC)', () => {
      const dated = items.filter((i) => /\/(stories|articles)\//.test(i.link));
      expect(dated.length).toBeGreaterThan(0);
      for (const item of dated) {
        expect(item.pubDate, item.link).toMatch(/^\w{3}, 01 \w{3} \d{4} 00:00:00 GMT$/);
      }
    });
  });

  it('show a story’s content warning before its text', () => {
    const xml = readFileSync(path.join(dist, 'uk/stories/rss.xml'), 'utf8');
    const items = asArray(parser.parse(xml).rss.channel.item);
    const warned = items.filter((i) => String(i['content:encoded']).startsWith('<p><strong>Попередження про зміст'));
    expect(warned.length).toBeGreaterThan(0);
  });
});

describe('sitemap and robots.txt', () => {
  const index = parser.parse(readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8'));
  const sitemaps = asArray(index.sitemapindex.sitemap).map((s) => s.loc as string);
  const urls = sitemaps.flatMap((loc) => {
    const xml = readFileSync(path.join(dist, new URL(loc).pathname), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    return asArray(parser.parse(xml).urlset.url);
  });

  it('lists the pieces of every language, with absolute URLs that exist', () => {
    const locs = urls.map((u) => u.loc as string);
    for (const lang of LANGS) expect(locs).toContain(`${SITE}/${lang}/stories/`);
    for (const loc of locs) {
      expect(loc.startsWith(`${SITE}/`)).toBe(true);
      expect(distFile(loc), loc).toBeDefined();
    }
  });

  it('lists no 404 and no noindex page (withdrawn stories)', () => {
    for (const u of urls) {
      expect(u.loc).not.toMatch(/404/);
      const html = readFileSync(distFile(u.loc)!, 'utf8');
      expect(html, u.loc).not.toContain('<meta name="robots" content="noindex"');
    }
  });

  it('carries hreflang alternates for uk, ru and en', () => {
    const help = urls.find((u) => u.loc === `${SITE}/uk/help/`);
    const links = asArray(help?.['xhtml:link']).map((l) => [l['@hreflang'], l['@href']]);
    expect(links).toEqual(expect.arrayContaining([['uk', `${SITE}/uk/help/`], ['ru', `${SITE}/ru/help/`], ['en', `${SITE}/en/help/`]]));
  });

  it('robots.txt points to the sitemap', () => {
    const robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect(sitemaps.length).toBeGreaterThan(0);
  });
});
