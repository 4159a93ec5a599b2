/**
 * Page-weight budget for story pages, read from the built site (dist/, or DIST_DIR):
 *
 *   HTML + CSS  ≤ 20 KB gzipped   (the page and every stylesheet it links)
 *   JavaScript  ≤  2 KB gzipped   (every script it loads; the search page is not a story page)
 *   fonts       ≤ 60 KB in total  (woff2 files the CSS or the page refers to, as stored)
 *   render-blocking requests: one stylesheet at most, no script without async/defer/module
 *
 * Every story page is checked; the table shows the heaviest ones. Exits 1 when any page is over,
 * naming the page and the figure. Run `npm run build` first.
 *
 *   npm run budget              # dist/
 *   npm run budget -- --all     # print every story page, not only the ten heaviest
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');
const KB = 1024;
const LIMITS = { htmlCss: 20 * KB, js: 2 * KB, fonts: 60 * KB, blockingCss: 1, blockingJs: 0 };
const showAll = process.argv.includes('--all');

interface Figures {
  page: string;
  html: number;
  css: number;
  js: number;
  fonts: number;
  blockingCss: number;
  blockingJs: number;
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const sizeCache = new Map<string, number>();

/** A root-relative URL from the page → the file in dist (missing files are an error). */
function fileOf(url: string, page: string): string {
  const pathname = new URL(url, 'http://site' + page).pathname;
  const file = path.join(DIST, decodeURIComponent(pathname));
  if (!existsSync(file) || statSync(file).isDirectory()) {
    throw new Error(`${page}: refers to ${url}, which is not in ${DIST}. Rebuild with "npm run build".`);
  }
  return file;
}

function gzOf(file: string): number {
  if (!sizeCache.has(file)) sizeCache.set(file, gz(readFileSync(file)));
  return sizeCache.get(file)!;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}(?:=("[^"]*"|'[^']*'|[^\\s>]+))?`, 'i').exec(tag);
const attrValue = (tag: string, name: string) => attr(tag, name)?.[1]?.replace(/^["']|["']$/g, '');

function fontsIn(css: string, cssFile: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/gi)) {
    const target = m[1]!.startsWith('/') ? path.join(DIST, m[1]!) : path.resolve(path.dirname(cssFile), m[1]!);
    if (existsSync(target)) out.push(target);
  }
  return out;
}

function measure(page: string, htmlFile: string): Figures {
  const html = readFileSync(htmlFile, 'utf8');
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const figures: Figures = { page, html: gz(html), css: 0, js: 0, fonts: 0, blockingCss: 0, blockingJs: 0 };
  const fonts = new Set<string>();

  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attrValue(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrValue(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) {
      const file = fileOf(href, page);
      figures.css += gzOf(file);
      for (const f of fontsIn(readFileSync(file, 'utf8'), file)) fonts.add(f);
      const media = attrValue(tag, 'media');
      if (head.includes(tag) && (!media || media === 'all' || media === 'screen')) figures.blockingCss++;
    } else if (rel.includes('preload') && attrValue(tag, 'as') === 'font') {
      fonts.add(fileOf(href, page));
    } else if (rel.includes('modulepreload')) {
      figures.js += gzOf(fileOf(href, page));
    }
  }
  for (const [tag, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = (attrValue(tag, 'type') ?? '').toLowerCase();
    if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) continue; // JSON-LD and data blocks
    const src = attrValue(tag, 'src');
    figures.js += src ? gzOf(fileOf(src, page)) : gz(body!);
    const deferred = attr(tag, 'async') || attr(tag, 'defer') || type === 'module';
    if (src && !deferred && head.includes(tag.slice(0, 40))) figures.blockingJs++;
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    for (const f of fontsIn(body!, htmlFile)) fonts.add(f);
  }
  for (const f of fonts) figures.fonts += statSync(f).size;
  return figures;
}

function storyPages(): { page: string; file: string }[] {
  const root = path.join(DIST);
  const out: { page: string; file: string }[] = [];
  for (const lang of readdirSync(root)) {
    const dir = path.join(root, lang, 'stories');
    if (!/^[a-z]{2}$/.test(lang) || !existsSync(dir)) continue;
    for (const slug of readdirSync(dir)) {
      const file = path.join(dir, slug, 'index.html');
      if (!existsSync(file)) continue;
      // Redirect stubs for former slugs are not story pages.
      if (/http-equiv="refresh"/i.test(readFileSync(file, 'utf8').slice(0, 2000))) continue;
      out.push({ page: `/${lang}/stories/${slug}/`, file });
    }
  }
  return out;
}

function main() {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.error(`budget: ${DIST}/index.html is missing. Run "npm run build" first.`);
    process.exit(2);
  }
  const stories = storyPages();
  if (stories.length === 0) {
    console.error(`budget: no story pages under ${DIST}/<lang>/stories/. Is the build complete?`);
    process.exit(2);
  }
  const all = stories.map((s) => measure(s.page, s.file)).sort((a, b) => b.html + b.css - (a.html + a.css));

  const k = (n: number) => (n / KB).toFixed(1);
  const over = (f: Figures) => {
    const problems: string[] = [];
    if (f.html + f.css > LIMITS.htmlCss) problems.push(`HTML+CSS ${k(f.html + f.css)} KB > ${k(LIMITS.htmlCss)} KB`);
    if (f.js > LIMITS.js) problems.push(`JS ${k(f.js)} KB > ${k(LIMITS.js)} KB`);
    if (f.fonts > LIMITS.fonts) problems.push(`fonts ${k(f.fonts)} KB > ${k(LIMITS.fonts)} KB`);
    if (f.blockingCss > LIMITS.blockingCss) problems.push(`${f.blockingCss} render-blocking stylesheets (max ${LIMITS.blockingCss})`);
    if (f.blockingJs > LIMITS.blockingJs) problems.push(`${f.blockingJs} render-blocking scripts (put defer or async on them)`);
    return problems;
  };

  const rows = showAll ? all : all.slice(0, 10);
  const width = Math.max(40, ...rows.map((r) => r.page.length));
  console.log(`Story page budget (${all.length} story pages in ${path.relative(process.cwd(), DIST) || DIST}; gzip -9; KB = 1024 B)\n`);
  console.log(`${'page'.padEnd(width)}  HTML gz  CSS gz  HTML+CSS  JS gz  fonts  blocking  `);
  for (const f of rows) {
    console.log(
      `${f.page.padEnd(width)}  ${k(f.html).padStart(7)}  ${k(f.css).padStart(6)}  ${k(f.html + f.css).padStart(8)}  ${k(f.js).padStart(5)}  ${k(f.fonts).padStart(5)}  ${`${f.blockingCss} css, ${f.blockingJs} js`.padStart(12)}  ${over(f).length ? 'OVER' : 'ok'}`,
    );
  }
  if (!showAll && all.length > rows.length) console.log(`… ${all.length - rows.length} lighter pages not shown (--all to list them)`);
  console.log(
    `${'limit'.padEnd(width)}  ${''.padStart(7)}  ${''.padStart(6)}  ${k(LIMITS.htmlCss).padStart(8)}  ${k(LIMITS.js).padStart(5)}  ${k(LIMITS.fonts).padStart(5)}  ${'1 css, 0 js'.padStart(12)}`,
  );

  const failures = all.flatMap((f) => over(f).map((p) => `${f.page}: ${p}`));
  if (failures.length) {
    console.error(`\nBudget exceeded on ${new Set(failures.map((f) => f.split(':')[0])).size} page(s):`);
    for (const f of failures.slice(0, 30)) console.error(`  ${f}`);
    console.error(
      '\nWhat to do: keep story pages light for readers on slow mobile data. Look at what the page ' +
        'added (inline SVG, a new script, a font), move it out of story pages, or make it smaller.',
    );
    process.exit(1);
  }
  console.log(`\nAll ${all.length} story pages are within budget.`);
}

main();
