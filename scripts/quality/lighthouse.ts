/**
 * Lighthouse on the built site with mobile settings (Lighthouse's default: a mid-range phone,
 * simulated slow 4G, 4× CPU slowdown), in Debian's Chromium, served on 127.0.0.1 like the browser
 * tests. Pages: the language choice (/), the Ukrainian home, the heaviest story and the search page.
 * Prints performance, accessibility, best practices and SEO per page and exits 1 if any is below
 * 100, listing the audits that lost points.
 *
 *   npm run build && npm run lighthouse
 *   npm run lighthouse -- --json out/   # also write each full report as JSON
 */
import { readdirSync, readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from '../../tests/browser/server.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/browser/chromium.ts';

const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');
const CHROME = process.env.CHROME_PATH ?? CHROMIUM_PATH;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const jsonIdx = process.argv.indexOf('--json');
const jsonDir = jsonIdx >= 0 ? process.argv[jsonIdx + 1] : undefined;

/** The story page with the most bytes to load (HTML gzipped), preferring one with an image. */
function heaviestStory(lang: string): string {
  const dir = path.join(DIST, lang, 'stories');
  let best = { page: '', weight: -1 };
  for (const slug of readdirSync(dir)) {
    const file = path.join(dir, slug, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    if (/http-equiv="refresh"/i.test(html)) continue;
    const weight = gzipSync(html).length + (/<img/.test(html) ? 1e6 : 0);
    if (weight > best.weight) best = { page: `/${lang}/stories/${slug}/`, weight };
  }
  if (!best.page) throw new Error(`no story pages in ${dir}: run "npm run build" first.`);
  return best.page;
}

async function main() {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.error(`lighthouse: ${DIST}/index.html is missing. Run "npm run build" first.`);
    process.exit(2);
  }
  const pages = [
    { name: 'language choice', path: '/' },
    { name: 'home (uk)', path: '/uk/' },
    { name: 'story (uk)', path: heaviestStory('uk') },
    { name: 'search (uk)', path: '/uk/search/' },
  ];
  const server = await serveDist(DIST);
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  const failures: string[] = [];
  const rows: string[] = [];
  try {
    for (const page of pages) {
      const url = server.url + page.path;
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        formFactor: 'mobile',
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not test ${url}: ${lhr.runtimeError.message}`);
      if (jsonDir) {
        mkdirSync(jsonDir, { recursive: true });
        writeFileSync(path.join(jsonDir, `${page.path.replace(/\W+/g, '_') || 'root'}.json`), JSON.stringify(lhr));
      }
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      rows.push(`${page.name.padEnd(16)} ${page.path.padEnd(44)} ${scores.map((s) => String(s).padStart(6)).join(' ')}`);
      CATEGORIES.forEach((c, i) => {
        if (scores[i]! >= 100) return;
        const lost = (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id]!)
          .filter((a) => a.score !== null && a.score < 1)
          .map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)}): ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''}`);
        failures.push(`${page.path} ${c} ${scores[i]}:\n      ${lost.join('\n      ') || '(no weighted audit failed; metric variance)'}`);
      });
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  console.log(`Lighthouse (mobile, simulated throttling), ${CHROME}\n`);
  console.log(`${'page'.padEnd(16)} ${'path'.padEnd(44)} ${['perf', 'a11y', 'best', 'seo'].map((s) => s.padStart(6)).join(' ')}`);
  for (const r of rows) console.log(r);
  if (failures.length) {
    console.error('\nBelow 100:');
    for (const f of failures) console.error(`  ${f}`);
    process.exit(1);
  }
  console.log('\nEvery page scores 100 in all four categories.');
}

await main();
