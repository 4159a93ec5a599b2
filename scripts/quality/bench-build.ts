/**
 * Scale benchmark: how long the full site takes to build with many stories, and how that compares
 * with the least a plain Astro + MDX site needs for the same story files.
 *
 *   npm run bench:build                       # N = 1000 per language, growth at 250, 500, 1000
 *   npm run bench:build -- --n 200            # N = 200 per language, growth at 50, 100, 200
 *   npm run bench:build -- --sizes 100,300 --n 300
 *   npm run bench:build -- --keep             # keep the temporary folders for inspection
 *
 * For every size it writes N synthetic stories per language (valid and stamped, a few with an
 * image) next to a copy of the real workshop, editions, articles, campaigns and responses, then runs
 * what `npm run build` runs — `astro build` (publication gate included), the search index and the
 * leak scan — with CONTENT_DIR / DIST_DIR / ASTRO_CACHE_DIR pointing at temporary folders (a cold
 * cache: no gate verdict or share card from an earlier build). At the largest size it also builds a bare Astro + MDX project (one page per
 * story, a minimal layout, no i18n, no feeds) from the same story files, plus Pagefind.
 *
 * Wall time is measured around the child processes; peak memory is the largest "Maximum resident
 * set size" GNU time (/usr/bin/time -v) reports for any of them (or /proc polling without it).
 * Not a pass/fail test: it prints figures. Last line:
 *   build ratio R (site/bare), memory ratio Q, peak RSS M MB, N stories
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { LANGS, SITUATION_IDS, type Lang } from '../../src/data/site.ts';
import { scanText } from '../anonymize/index.ts';
import { stampSource } from '../anonymize/stamp.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CONTENT = path.join(ROOT, 'content');
const ASTRO_BIN = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND_BIN = path.join(ROOT, 'node_modules/.bin/pagefind');
const TSX_CLI = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const GNU_TIME = '/usr/bin/time';

// ---------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv: string[]) {
  let n: number | undefined;
  let sizes: number[] | undefined;
  let keep = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      return v!;
    };
    if (a === '--n' || a.startsWith('--n=')) n = positive(value(), '--n');
    else if (a === '--sizes' || a.startsWith('--sizes=')) sizes = value().split(',').map((s) => positive(s, '--sizes'));
    else if (a === '--keep') keep = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench:build -- [--n 1000] [--sizes 250,500,1000] [--keep]');
      process.exit(0);
    } else fail(`unknown option ${a} (try --help)`);
  }
  if (!n) n = sizes ? Math.max(...sizes) : 1000;
  if (!sizes) sizes = n === 1000 ? [250, 500, 1000] : [Math.max(1, Math.round(n / 4)), Math.max(1, Math.round(n / 2)), n];
  if (!sizes.includes(n)) sizes.push(n);
  sizes = [...new Set(sizes)].sort((a, b) => a - b);
  return { n, sizes, keep };
}

function positive(s: string, flag: string): number {
  const v = Number(s);
  if (!Number.isInteger(v) || v <= 0) fail(`${flag} expects a positive whole number, got "${s}"`);
  return v;
}

function fail(message: string): never {
  console.error(`bench:build: ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Synthetic stories, made of the real (anonymized) stories' paragraphs so the text is realistic
// in each language and passes any check the build runs on it.

interface Corpus {
  paragraphs: string[];
  image?: string;
  /** Pseudonyms and reviewed phrases of the source stories: the mixed text uses all of them. */
  pseudonyms: string[];
  allow: { phrase: string; reason: string }[];
}

async function loadCorpus(lang: Lang): Promise<Corpus> {
  const dir = path.join(CONTENT, 'stories', lang);
  const files = (await readdir(dir)).filter((f) => /\.mdx?$/.test(f)).sort();
  const paragraphs: string[] = [];
  const pseudonyms = new Set<string>();
  const allow = new Map<string, { phrase: string; reason: string }>();
  for (const f of files) {
    const src = await readFile(path.join(dir, f), 'utf8');
    const fm = (parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(src)?.[1] ?? '') ?? {}) as {
      anonymization?: { pseudonyms?: string[]; allow?: { phrase: string; reason: string }[] };
    };
    for (const p of fm.anonymization?.pseudonyms ?? []) pseudonyms.add(p);
    for (const a of fm.anonymization?.allow ?? []) allow.set(a.phrase, a);
    const body = src.replace(/^---[\s\S]*?\n---\n/, '');
    for (const p of body.split(/\n\s*\n/)) {
      const t = p.trim();
      // Plain prose only: no MDX syntax, headings or lists that could change with shuffling.
      if (t.length > 40 && !/[<>{}#|]/.test(t) && !/^[-*\d]/.test(t)) paragraphs.push(t);
    }
  }
  const image = (await readdir(dir)).find((f) => /\.(jpe?g|png|webp)$/i.test(f));
  return { paragraphs, image, pseudonyms: [...pseudonyms], allow: [...allow.values()] };
}

const TITLE_WORDS: Record<Lang, string[]> = {
  uk: ['Ніч', 'Ринок', 'Протокол', 'Вокзал', 'Лікарня', 'Дзвінок', 'Двір', 'Сходи', 'Квиток', 'Парк'],
  ru: ['Ночь', 'Рынок', 'Протокол', 'Вокзал', 'Больница', 'Звонок', 'Двор', 'Лестница', 'Билет', 'Парк'],
  en: ['Night', 'Market', 'Protocol', 'Station', 'Hospital', 'Call', 'Yard', 'Stairs', 'Ticket', 'Park'],
};
const STORY_WORD: Record<Lang, string> = { uk: 'історія', ru: 'история', en: 'story' };

/**
 * Two title words that the detectors find nothing in ("Night market" reads as a named venue): the
 * synthetic stories must pass the publication gate like real, reviewed ones. Checked once per pair.
 */
const titlePairs = new Map<string, string>();
function titleWords(lang: Lang, i: number): string {
  const words = TITLE_WORDS[lang];
  const first = words[i % words.length]!;
  for (let shift = 0; shift < words.length; shift++) {
    const second = words[(i * 3 + 1 + shift) % words.length]!.toLowerCase();
    if (second === first.toLowerCase()) continue;
    const candidate = `${first} ${second}`;
    let clean = titlePairs.get(`${lang}\0${candidate}`);
    if (clean === undefined) {
      clean = scanText(candidate, { lang }).length === 0 ? candidate : '';
      titlePairs.set(`${lang}\0${candidate}`, clean);
    }
    if (clean) return clean;
  }
  return first;
}
const SOURCES = ['written', 'audio', 'video', 'circle'] as const;
const CW = ['violence', 'detention', 'threats-to-children', 'sexual-violence'] as const;

function syntheticStory(lang: Lang, i: number, corpus: Corpus): string {
  const p = corpus.paragraphs;
  const words = TITLE_WORDS[lang];
  const count = 8 + (i % 7);
  const body: string[] = [];
  for (let k = 0; k < count; k++) body.push(p[(i * 7 + k * 3) % p.length]!);
  const situations = [SITUATION_IDS[i % SITUATION_IDS.length]!];
  if (i % 3 === 0) situations.push(SITUATION_IDS[(i + 3) % SITUATION_IDS.length]!);
  const year = 2020 + (i % 6);
  const month = String((i % 12) + 1).padStart(2, '0');
  const q = (s: string) => JSON.stringify(s);
  const q2 = (list: string[]) => JSON.stringify(list);
  const lines = [
    '---',
    `title: ${q(`${titleWords(lang, i)} — ${STORY_WORD[lang]} ${i + 1}`)}`,
    `summary: ${q(body[0]!.slice(0, 160))}`,
    `lang: ${lang}`,
    `published: "${year}-${month}"`,
    `situations: [${[...new Set(situations)].join(', ')}]`,
  ];
  if (i % 4 === 0) lines.push('contentWarning:', `  type: ${CW[i % CW.length]}`);
  lines.push(
    `source: ${SOURCES[i % SOURCES.length]}`,
    `translationKey: synthetic-story-${i + 1}`,
    'consent:',
    '  given: true',
    '  scope: [site, print]',
  );
  if (corpus.image && i % 50 === 0) {
    lines.push('image:', `  src: ./${corpus.image}`, `  alt: ${q(words[i % words.length]!)}`);
  }
  lines.push('anonymization:', `  pseudonyms: ${q2(corpus.pseudonyms)}`);
  if (corpus.allow.length) lines.push(`  allow: ${JSON.stringify(corpus.allow)}`);
  lines.push('---', '', body.join('\n\n'), '');
  return stampSource(lines.join('\n'), '2026-11-23');
}

async function makeContent(dir: string, n: number, corpora: Record<Lang, Corpus>): Promise<void> {
  await mkdir(dir, { recursive: true });
  // Every page type exists: the real workshop, editions, articles, campaigns, responses and stories.
  for (const entry of await readdir(CONTENT)) {
    await cp(path.join(CONTENT, entry), path.join(dir, entry), { recursive: true });
  }
  for (const lang of LANGS) {
    const out = path.join(dir, 'stories', lang);
    await mkdir(out, { recursive: true });
    const writes: Promise<void>[] = [];
    for (let i = 0; i < n; i++) {
      writes.push(writeFile(path.join(out, `synthetic-${String(i + 1).padStart(5, '0')}.mdx`), syntheticStory(lang, i, corpora[lang])));
    }
    await Promise.all(writes);
  }
}

// ---------------------------------------------------------------------------------------------
// The bare project: Astro + MDX, one page per story, nothing else.

async function makeBareProject(dir: string, contentDir: string): Promise<void> {
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-bench', private: true, type: 'module' }));
  await writeFile(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({
  site: 'https://bare.example.org',
  outDir: process.env.DIST_DIR,
  cacheDir: process.env.ASTRO_CACHE_DIR,
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
`,
  );
  await writeFile(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const stories = defineCollection({
  loader: glob({ pattern: '*/*.{md,mdx}', base: ${JSON.stringify(path.join(contentDir, 'stories'))} }),
  schema: ({ image }) => z.object({
    title: z.string(),
    summary: z.string(),
    lang: z.string(),
    image: z.object({ src: image(), alt: z.string() }).optional(),
  }).passthrough(),
});
export const collections = { stories };
`,
  );
  await writeFile(
    path.join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
import { Image } from 'astro:assets';
export async function getStaticPaths() {
  return (await getCollection('stories')).map((story) => ({ params: { slug: story.id }, props: { story } }));
}
const { story } = Astro.props;
const { Content } = await render(story);
---
<!doctype html>
<html lang={story.data.lang}>
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{story.data.title}</title></head>
  <body>
    <main data-pagefind-body>
      <h1>{story.data.title}</h1>
      <p>{story.data.summary}</p>
      {story.data.image && <Image src={story.data.image.src} alt={story.data.image.alt} widths={[480, 800]} sizes="100vw" format="webp" />}
      <Content />
    </main>
  </body>
</html>
`,
  );
}

// ---------------------------------------------------------------------------------------------
// Running and measuring

interface Measured {
  seconds: number;
  peakMB: number;
}

/** Runs one command, returns its wall time and peak resident memory (largest process in its tree). */
async function measure(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, label: string): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const timeFile = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const started = performance.now();
  let polledPeak = 0;
  const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const poll = useTime ? undefined : setInterval(() => (polledPeak = Math.max(polledPeak, treeRssKB(child.pid!))), 200);
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  if (poll) clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    console.error(output.split('\n').slice(-40).join('\n'));
    fail(`${label} failed (exit ${code}); its last output is above.`);
  }
  let peakKB = polledPeak;
  if (useTime) {
    const report = await readFile(timeFile, 'utf8');
    await rm(timeFile, { force: true });
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
    peakKB = m ? Number(m[1]) : 0;
  }
  return { seconds, peakMB: peakKB / 1024 };
}

/** Sum of VmRSS over a process and its descendants, from /proc (fallback when GNU time is missing). */
function treeRssKB(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      /* process ended */
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** Steps run one after the other: wall times add up, peak memory is the largest step's. */
async function steps(list: [name: string, run: () => Promise<Measured>][]): Promise<Measured & { steps: string }> {
  const done: [string, Measured][] = [];
  for (const [name, run] of list) done.push([name, await run()]);
  return {
    seconds: done.reduce((t, [, m]) => t + m.seconds, 0),
    peakMB: Math.max(...done.map(([, m]) => m.peakMB)),
    steps: done.map(([name, m]) => `${name} ${secs(m.seconds)} s`).join(', '),
  };
}

/**
 * The full site, as `npm run build` builds it: astro build (the publication gate runs inside it),
 * then scripts/after-build.ts: the search index with the Ukrainian stems and the leak scan of dist/.
 */
function buildSite(env: NodeJS.ProcessEnv, label: string) {
  return steps([
    ['astro', () => measure(process.execPath, [ASTRO_BIN, 'build'], ROOT, env, `${label}: astro build`)],
    ['search index + leak scan', () => measure(process.execPath, [TSX_CLI, 'scripts/after-build.ts'], ROOT, env, `${label}: search index + leak scan`)],
  ]);
}

/** The bare project: astro build, then the Pagefind CLI. */
function buildBare(cwd: string, env: NodeJS.ProcessEnv, dist: string, label: string) {
  return steps([
    ['astro', () => measure(process.execPath, [ASTRO_BIN, 'build'], cwd, env, `${label}: astro build`)],
    ['pagefind', () => measure(PAGEFIND_BIN, ['--site', dist], cwd, env, `${label}: pagefind`)],
  ]);
}

async function dirStats(dir: string): Promise<{ bytes: number; files: number; html: number }> {
  let bytes = 0;
  let files = 0;
  let html = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    bytes += (await stat(full)).size;
    files++;
    if (entry.name.endsWith('.html')) html++;
  }
  return { bytes, files, html };
}

const mb = (x: number) => x.toFixed(0);
const secs = (x: number) => x.toFixed(1);

async function main() {
  const { n, sizes, keep } = parseArgs(process.argv.slice(2));
  const work = await mkdtemp(path.join(os.tmpdir(), 'bench-build-'));
  const baseEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  console.log(`bench:build — N per language: ${sizes.join(', ')} (×${LANGS.length} languages); work folder ${work}`);
  console.log(`memory: ${existsSync(GNU_TIME) ? 'GNU time -v (largest process)' : '/proc polling (sum over the process tree)'}; ${os.cpus().length} CPUs`);

  const corpora = Object.fromEntries(await Promise.all(LANGS.map(async (l) => [l, await loadCorpus(l)]))) as Record<Lang, Corpus>;
  const rows: { n: number; site: Measured; size: { bytes: number; files: number; html: number } }[] = [];
  let atN: { site: Measured; bare: Measured; contentDir: string } | undefined;

  try {
    for (const size of sizes) {
      const contentDir = path.join(work, `content-${size}`);
      await makeContent(contentDir, size, corpora);
      const dist = path.join(work, `dist-site-${size}`);
      const env = { ...baseEnv, CONTENT_DIR: contentDir, DIST_DIR: dist, ASTRO_CACHE_DIR: path.join(work, `cache-site-${size}`) };
      const site = await buildSite(env, `site N=${size}`);
      const out = await dirStats(dist);
      rows.push({ n: size, site, size: out });
      console.log(
        `site  N=${String(size).padStart(5)} (${size * LANGS.length} stories): ${secs(site.seconds)} s (${site.steps}), peak RSS ${mb(site.peakMB)} MB, ` +
          `${out.html} HTML pages, ${out.files} files, ${(out.bytes / 1024 / 1024).toFixed(1)} MB output`,
      );
      if (size === n) atN = { site, bare: { seconds: 0, peakMB: 0 }, contentDir };
      else if (!keep) await rm(path.join(work, `dist-site-${size}`), { recursive: true, force: true });
    }

    const bareDir = path.join(work, 'bare');
    await makeBareProject(bareDir, atN!.contentDir);
    const bareDist = path.join(work, 'dist-bare');
    const bareEnv = { ...baseEnv, DIST_DIR: bareDist, ASTRO_CACHE_DIR: path.join(work, 'cache-bare') };
    const bare = await buildBare(bareDir, bareEnv, bareDist, `bare N=${n}`);
    atN!.bare = bare;
    const bareOut = await dirStats(bareDist);
    console.log(
      `bare  N=${String(n).padStart(5)} (${n * LANGS.length} stories): ${secs(bare.seconds)} s (${bare.steps}), peak RSS ${mb(bare.peakMB)} MB, ` +
        `${bareOut.html} HTML pages, ${(bareOut.bytes / 1024 / 1024).toFixed(1)} MB output`,
    );

    console.log('\ngrowth (site):');
    console.log('  N/lang  stories   time s   s per 1000 stories   peak MB');
    for (const r of rows) {
      const stories = r.n * LANGS.length;
      console.log(
        `  ${String(r.n).padStart(6)}  ${String(stories).padStart(7)}  ${secs(r.site.seconds).padStart(7)}  ${((r.site.seconds / stories) * 1000).toFixed(1).padStart(19)}  ${mb(r.site.peakMB).padStart(8)}`,
      );
    }
    if (rows.length >= 2) {
      const a = rows[0]!;
      const b = rows[rows.length - 1]!;
      // Marginal cost per story between the smallest and largest size: flat means linear growth.
      const slope = (b.site.seconds - a.site.seconds) / ((b.n - a.n) * LANGS.length);
      console.log(`  marginal time per story: ${(slope * 1000).toFixed(1)} ms (from N=${a.n} to N=${b.n})`);
    }
    const ratio = atN!.site.seconds / atN!.bare.seconds;
    const memRatio = atN!.site.peakMB / atN!.bare.peakMB;
    console.log(`\ntargets: time ratio ≤ 1.3 (${ratio <= 1.3 ? 'met' : 'MISSED'}), memory ratio ≤ 1.2 (${memRatio <= 1.2 ? 'met' : 'MISSED'})`);
    console.log(
      `build ratio ${ratio.toFixed(2)} (site/bare), memory ratio ${memRatio.toFixed(2)}, peak RSS ${mb(atN!.site.peakMB)} MB, ${n * LANGS.length} stories`,
    );
  } finally {
    if (!keep) await rm(work, { recursive: true, force: true });
    else console.error(`kept ${work}`);
  }
}

await main();
