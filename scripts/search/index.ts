/**
 * Builds the search index of dist/ with Pagefind's Node API (run by `npm run build`, after astro build).
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

const dist = path.resolve(process.argv[2] ?? process.env.DIST_DIR ?? 'dist');
const outputPath = path.join(dist, 'pagefind');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === outputPath ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** Appends the hidden block of stems to a uk page, just before </body>. */
export function withUkrainianStems(html: string): string {
  const stems = [...new Set(stemWordsUk(indexedText(html)))].join(' ');
  const block = `<div data-pagefind-body hidden>${STEMS_MARKER} ${stems}</div>`;
  return html.replace(/<\/body>/i, `${block}</body>`);
}

async function main() {
  rmSync(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

  const counts: Record<string, number> = {};
  for (const file of htmlFiles(dist)) {
    let html = readFileSync(file, 'utf8');
    // Only pieces are searchable: pages without data-pagefind-body (lists, home, search) and pages
    // kept out of search engines (404, withdrawn) stay out of the index.
    if (!html.includes('data-pagefind-body') || /<meta name="robots" content="noindex"/.test(html)) continue;
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
    // The hidden filter labels stay filters but leave the indexed text, so excerpts start with the piece.
    html = html.replace(/<span hidden data-pagefind-filter=/g, '<span hidden data-pagefind-ignore data-pagefind-filter=');
    if (lang === 'uk') html = withUkrainianStems(html);
    const added = await index.addHTMLFile({ sourcePath: path.relative(dist, file), content: html });
    if (added.errors.length) throw new Error(`${path.relative(process.cwd(), file)}: ${added.errors.join('; ')}`);
    counts[lang] = (counts[lang] ?? 0) + 1;
  }
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
  console.log(`search index: ${summary} pages → ${path.relative(process.cwd(), outputPath)}/ (+ stemmer-uk.js)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(`search index failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
