/**
 * Builds the search index of dist/ with Pagefind's Node API (run by `npm run build` through
 * scripts/after-build.ts, after astro build, while the leak scan reads the pages).
 *
 * Pagefind makes one index per <html lang> and stems Russian and English words itself, but it has no
 * stemmer for Ukrainian. For uk pages this script adds a second, hidden data-pagefind-body block
 * holding the stem of every word of the page's indexed text (src/lib/stemmer-uk.ts), and the search
 * page stems the reader's query with the same code, shipped as dist/stemmer-uk.js. Stems go into the
 * HTML handed to Pagefind only, never into the published pages.
 *
 * Why a hidden block and not addCustomRecord: the page keeps Pagefind's own handling of titles,
 * filters and data-pagefind-ignore, and the block starts with a marker so the search page can cut it
 * off and show an excerpt made of the reader's own words, never of stems.
 *
 * Usage: tsx scripts/search/index.ts [dist-dir]
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { stemWordsUk } from '../../src/lib/stemmer-uk.ts';
import { STEMS_MARKER, indexedText } from './indexed-text.ts';

function htmlFiles(dir: string, outputPath: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === outputPath ? [] : htmlFiles(full, outputPath);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** Appends the hidden block of stems to a uk page, just before </body>. */
export function withUkrainianStems(html: string): string {
  const stems = [...new Set(stemWordsUk(indexedText(html)))].join(' ');
  const block = `<div data-pagefind-body hidden>${STEMS_MARKER} ${stems}</div>`;
  return html.replace(/<\/body>/i, `${block}</body>`);
}

/**
 * Index dist/ into dist/pagefind/ and write dist/stemmer-uk.js; resolves to a one-line summary.
 * The old index is removed before the first await, so a caller that goes on reading dist/
 * meanwhile (scripts/after-build.ts) never sees it.
 */
export async function buildSearchIndex(distDir: string): Promise<string> {
  const dist = path.resolve(distDir);
  const outputPath = path.join(dist, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

  const counts: Record<string, number> = {};
  // Every page is handed over at once: Pagefind works through them in its own process, and this
  // thread is free for other work meanwhile (the leak scan, in scripts/after-build.ts).
  const adds: Promise<void>[] = [];
  for (const file of htmlFiles(dist, outputPath)) {
    let html = readFileSync(file, 'utf8');
    // Only pieces are searchable: pages without data-pagefind-body (lists, home, search) and pages
    // kept out of search engines (404, withdrawn) stay out of the index.
    if (!html.includes('data-pagefind-body') || /<meta name="robots" content="noindex"/.test(html)) continue;
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
    // The hidden filter labels stay filters but leave the indexed text, so excerpts start with the piece.
    html = html.replace(/<span hidden data-pagefind-filter=/g, '<span hidden data-pagefind-ignore data-pagefind-filter=');
    if (lang === 'uk') html = withUkrainianStems(html);
    adds.push(
      index.addHTMLFile({ sourcePath: path.relative(dist, file), content: html }).then((added) => {
        if (added.errors.length) throw new Error(`${path.relative(process.cwd(), file)}: ${added.errors.join('; ')}`);
        counts[lang] = (counts[lang] ?? 0) + 1;
      }),
    );
  }
  await Promise.all(adds);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  await pagefind.close();

  // The browser gets the very same stemmer, compiled from the same source.
  await build({
    entryPoints: [path.resolve('src/lib/stemmer-uk.ts')],
    outfile: path.join(dist, 'stemmer-uk.js'),
    format: 'esm',
    target: 'es2019',
    minify: true,
    bundle: true,
    logLevel: 'warning',
  });

  const summary = Object.entries(counts).map(([l, n]) => `${l}: ${n}`).join(', ');
  return `search index: ${summary} pages → ${path.relative(process.cwd(), outputPath)}/ (+ stemmer-uk.js)`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildSearchIndex(process.argv[2] ?? process.env.DIST_DIR ?? 'dist').then(console.log, (error) => {
    console.error(`search index failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
