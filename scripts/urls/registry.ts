/**
 * Stable links. Every URL the site has published is recorded in src/data/published-urls.json
 * (`npm run urls:record`). A build fails if one of them is gone and neither a redirect (the piece's
 * `formerSlugs`) nor a withdrawal (src/data/withdrawn.json) accounts for it: a link an advocate put
 * in a letter to an official must keep working.
 * Reads content files directly (no astro:content), so the check runs before Astro renders.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { LANGS, type Lang } from '../../src/data/site.ts';
import { withdrawnPaths, withdrawnStories } from '../../src/lib/withdrawn.ts';

/** Collections whose pages advocates link to, and the URL of each piece. */
export const LINKED = ['stories', 'campaigns', 'articles', 'workshop'] as const;
export type Linked = (typeof LINKED)[number];
/** Collections whose front matter may carry `formerSlugs` (a redirect page is built for each). */
export const REDIRECTABLE: readonly Linked[] = ['stories', 'campaigns'];

export const pieceUrl = (lang: Lang, collection: Linked, slug: string) => `/${lang}/${collection}/${slug}/`;

export interface Piece {
  collection: Linked;
  lang: Lang;
  slug: string;
  key: string;
  formerSlugs: string[];
  /** Path of the source file, relative to the project root when inside it. */
  file: string;
}

export interface Registry {
  version: 1;
  /** URL → translationKey of the piece it showed, sorted by URL. */
  urls: Record<string, string>;
}

export function contentDir(cwd = process.cwd()): string {
  return path.resolve(cwd, process.env.CONTENT_DIR ?? 'content');
}

/** Tests point PUBLISHED_URLS_FILE at their own registry. */
export function registryFile(cwd = process.cwd()): string {
  return path.resolve(cwd, process.env.PUBLISHED_URLS_FILE ?? 'src/data/published-urls.json');
}

/**
 * The registry that applies to this build. It describes content/: a build of a fixture folder
 * (CONTENT_DIR, in tests and benchmarks) is checked only against a registry named for it
 * (PUBLISHED_URLS_FILE).
 */
export function registryForBuild(): Registry {
  if (process.env.CONTENT_DIR && !process.env.PUBLISHED_URLS_FILE) return { version: 1, urls: {} };
  return readRegistry();
}

export function readRegistry(file = registryFile()): Registry {
  if (!existsSync(file)) return { version: 1, urls: {} };
  const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Registry>;
  return { version: 1, urls: { ...(data.urls ?? {}) } };
}

export function serialiseRegistry(registry: Registry): string {
  const urls = Object.fromEntries(Object.entries(registry.urls).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify({ version: 1, urls }, null, 2) + '\n';
}

/** Every linked piece in the content folder. */
export function readPieces(root = contentDir()): Piece[] {
  const pieces: Piece[] = [];
  for (const collection of LINKED) {
    for (const lang of LANGS) {
      const dir = path.join(root, collection, lang);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).sort()) {
        if (!/\.mdx?$/.test(name)) continue;
        const file = path.join(dir, name);
        let data: { translationKey?: string; formerSlugs?: unknown };
        try {
          data = matter(readFileSync(file, 'utf8')).data;
        } catch (error) {
          // This runs while Astro loads its config: say which file, or the reader sees only YAML.
          const e = error as { message?: string; mark?: { line?: number } };
          const line = e.mark?.line !== undefined ? `:${e.mark.line + 1}` : '';
          throw new Error(`${display(file)}${line}: the front matter is not valid YAML (${e.message?.split('\n')[0]}). Fix it, then build again.`);
        }
        const formerSlugs = Array.isArray(data.formerSlugs) ? data.formerSlugs.map(String) : [];
        pieces.push({ collection, lang, slug: name.replace(/\.mdx?$/, ''), key: String(data.translationKey ?? ''), formerSlugs, file: display(file) });
      }
    }
  }
  return pieces;
}

/** Former URL → current URL, for every formerSlug of a story or campaign. */
export function redirectsOf(pieces: Piece[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of pieces) {
    if (!REDIRECTABLE.includes(p.collection)) continue;
    for (const former of p.formerSlugs) map.set(pieceUrl(p.lang, p.collection, former), pieceUrl(p.lang, p.collection, p.slug));
  }
  return map;
}

export interface LinkProblem {
  url: string;
  message: string;
}

/**
 * Problems that must stop a build: a published URL that is gone, and a former slug that collides
 * with a current one.
 */
export function checkLinks(pieces: Piece[], registry: Registry, withdrawn: string[] = withdrawnPaths(withdrawnStories())): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const current = new Map(pieces.map((p) => [pieceUrl(p.lang, p.collection, p.slug), p]));
  const redirects = redirectsOf(pieces);
  const gone = new Set(withdrawn);
  for (const p of pieces) {
    for (const former of p.formerSlugs) {
      const url = pieceUrl(p.lang, p.collection, former);
      const clash = current.get(url);
      if (clash) {
        problems.push({ url, message: `${p.file}: formerSlugs lists "${former}", but ${clash.file} is published at ${url}. Remove "${former}" from formerSlugs, or rename one of the files.` });
      }
    }
  }
  for (const [url, key] of Object.entries(registry.urls)) {
    if (current.has(url) || redirects.has(url) || gone.has(url)) continue;
    const m = /^\/([a-z]{2})\/([a-z]+)\/([^/]+)\/$/.exec(url);
    const [, lang, collection, slug] = m ?? [];
    const now = pieces.find((p) => p.key === key && p.lang === lang && p.collection === collection);
    let fix: string;
    if (now && REDIRECTABLE.includes(now.collection)) {
      fix = `It was renamed to ${pieceUrl(now.lang, now.collection, now.slug)}: add  formerSlugs: [${slug}]  to the front matter of ${now.file}, so the old link leads there.`;
    } else if (REDIRECTABLE.includes(collection as Linked)) {
      fix = `If the ${collection === 'stories' ? 'story' : 'campaign'} was renamed, add  formerSlugs: [${slug}]  to the front matter of its new file. If a story was withdrawn at the storyteller's request, run: npm run withdraw -- ${key}. If the file was deleted by mistake, restore it (git checkout -- ${collection}/${lang}/${slug}.mdx).`;
    } else {
      fix = `Restore the file under its old name (content/${collection}/${lang}/${slug}.mdx): pages of this kind cannot redirect.`;
    }
    problems.push({ url, message: `${url} was published (src/data/published-urls.json) and would disappear. ${fix}` });
  }
  return problems;
}

export function formatProblems(problems: LinkProblem[]): string {
  return [`Stable links: ${problems.length} problem(s). Links already shared must keep working.`, ...problems.map((p) => `  ${p.message}`)].join('\n');
}

/** The registry with every current URL added (never removes one: a published URL stays published). */
export function recordUrls(pieces: Piece[], registry: Registry): { registry: Registry; added: string[] } {
  const urls = { ...registry.urls };
  const added: string[] = [];
  for (const p of pieces) {
    const url = pieceUrl(p.lang, p.collection, p.slug);
    if (!(url in urls)) added.push(url);
    urls[url] = p.key;
  }
  return { registry: { version: 1, urls }, added: added.sort() };
}

function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}
