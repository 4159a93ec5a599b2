/**
 * Which pages the browser tests visit: found in the built site (dist/), one or two of each page
 * type in each language, so the tests follow the content instead of hard-coded slugs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');

export type PageType =
  | 'language-choice'
  | 'home'
  | 'stories'
  | 'story'
  | 'situation'
  | 'workshop'
  | 'workshop-piece'
  | 'article'
  | 'editions'
  | 'edition'
  | 'campaigns'
  | 'campaign'
  | 'help'
  | 'about'
  | 'search'
  | 'not-found';

export interface SamplePage {
  type: PageType;
  lang: 'uk' | 'ru' | 'en' | 'all';
  /** Root-relative path, ending with a slash. */
  path: string;
  /** HTTP status the static server answers with. */
  status: number;
}

const PATTERNS: [PageType, RegExp][] = [
  ['home', /^\/(uk|ru|en)\/$/],
  ['stories', /^\/(uk|ru|en)\/stories\/$/],
  ['story', /^\/(uk|ru|en)\/stories\/[^/]+\/$/],
  ['situation', /^\/(uk|ru|en)\/situations\/[^/]+\/$/],
  ['workshop', /^\/(uk|ru|en)\/workshop\/$/],
  ['workshop-piece', /^\/(uk|ru|en)\/workshop\/[^/]+\/$/],
  ['article', /^\/(uk|ru|en)\/articles\/[^/]+\/$/],
  ['editions', /^\/(uk|ru|en)\/editions\/$/],
  ['edition', /^\/(uk|ru|en)\/editions\/\d+\/$/],
  ['campaigns', /^\/(uk|ru|en)\/campaigns\/$/],
  ['campaign', /^\/(uk|ru|en)\/campaigns\/[^/]+\/$/],
  ['help', /^\/(uk|ru|en)\/help\/$/],
  ['about', /^\/(uk|ru|en)\/about\/$/],
  ['search', /^\/(uk|ru|en)\/search\/$/],
];

/** Every built HTML page as a URL path ("/uk/stories/x/"), with its HTML. */
export function builtPages(root = DIST): { path: string; html: string }[] {
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/index.html does not exist: run "npm run build" first (or set DIST_DIR).`);
  }
  const out: { path: string; html: string }[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const rel = path.relative(root, entry.parentPath).split(path.sep).join('/');
    const html = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    // Redirect stubs for former slugs are not pages of their own.
    if (/<meta[^>]+http-equiv="refresh"/i.test(html)) continue;
    out.push({ path: rel ? `/${rel}/` : '/', html });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * One page of each type per language; for stories two: one behind a content warning and one
 * without (or with an image), when the content has them.
 */
export function samplePages(root = DIST): SamplePage[] {
  const pages = builtPages(root);
  const samples: SamplePage[] = [
    { type: 'language-choice', lang: 'all', path: '/', status: 200 },
    { type: 'not-found', lang: 'all', path: '/no-such-page-here/', status: 404 },
  ];
  for (const [type, re] of PATTERNS) {
    for (const lang of ['uk', 'ru', 'en'] as const) {
      const candidates = pages.filter((p) => re.test(p.path) && p.path.startsWith(`/${lang}/`));
      if (candidates.length === 0) continue;
      const chosen = new Set<string>([candidates[0]!.path]);
      if (type === 'story') {
        const withWarning = candidates.find((p) => p.html.includes('class="cw"'));
        const withImage = candidates.find((p) => /<img[^>]+src="\/_astro\//.test(p.html));
        const plain = candidates.find((p) => !p.html.includes('class="cw"'));
        for (const p of [withWarning, withImage ?? plain]) if (p) chosen.add(p.path);
        if (chosen.size > 2) chosen.delete(candidates[0]!.path);
      }
      for (const p of chosen) samples.push({ type, lang, path: p, status: 200 });
    }
  }
  return samples;
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/**
 * Records every request a context makes. Anything not on the local server is a failure: the site
 * must never make a reader's browser talk to another host.
 */
export function watchContext(context: BrowserContext, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (!url.startsWith(origin + '/')) problems.foreignRequests.push(url);
  });
  context.on('requestfailed', (request) => {
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
  });
  context.on('response', (response) => {
    // The not-found page is meant to answer 404; anything else at 400+ is broken.
    if (response.status() >= 400 && !(response.request().isNavigationRequest() && response.status() === 404)) {
      problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
    }
  });
  context.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} @ ${message.page()?.url() ?? '?'}`);
  });
  context.on('weberror', (error) => problems.consoleErrors.push(`uncaught: ${error.error().message}`));
  return problems;
}

/** Elements that stick out of a narrow viewport sideways (ignoring visually-hidden helpers). */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (el.closest('.visually-hidden, .skip-link, [hidden]')) continue;
      if (rect.right > vw + 1 || rect.left < -1) {
        const name =
          el.tagName.toLowerCase() +
          (el.id ? `#${el.id}` : '') +
          (el.classList.length ? '.' + Array.from(el.classList).join('.') : '');
        found.push(`${name} [${Math.round(rect.left)}…${Math.round(rect.right)} of ${vw}px] "${(el.textContent ?? '').trim().slice(0, 40)}"`);
      }
    }
    return found;
  });
}

/** Runs `fn` over `items` with at most `limit` at a time. */
export async function inPool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!);
      }
    }),
  );
  return results;
}
