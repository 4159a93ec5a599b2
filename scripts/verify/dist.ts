/**
 * The leak scan of the built site: nothing is called published until every file under dist/ has
 * been read and the anonymizer's detectors found nothing in it that is not on the allowlist.
 *
 * - HTML and XML (pages, RSS, sitemap): visible text, attribute values, JSON-LD, comments;
 * - JSON (share-image sidecars, manifests) and plain text;
 * - Pagefind's compressed fragments, metadata, filters and index;
 * - file names and URLs; source maps (there must be none);
 * - images: no EXIF, XMP, IPTC or GPS (checked with exifr), in dist/ and in public/;
 * - text of withdrawn stories (private/withdrawn-fingerprints.json) anywhere.
 *
 * Allowed: the site allowlist (hotline, organisation), plus, per language, the union of published
 * files' reviewed allow entries and pseudonyms. Each distinct text is scanned once per language,
 * wherever it is published (a paragraph on its page, in three feeds and in the search index), and
 * the scanning is shared between threads (scan.ts); a segment's verdict depends on nothing else.
 *
 * Usage: npm run verify:dist  (DIST_DIR, CONTENT_DIR, WITHDRAWN_FINGERPRINTS may point elsewhere)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import exifr from 'exifr';
import { isLang, type Lang } from '../../src/data/site.ts';
import { contentRoot, displayPath } from './content.ts';
import { extractMarkup, jsonStrings, pagefindCborStrings, pagefindFragmentText, type Segment } from './extract.ts';
import { fingerprintMatcher, readFingerprints } from './fingerprints.ts';
import { allowedFromContent, defaultScanThreads, startScanner, type SegmentFinding } from './scan.ts';

export { allowedFromContent };

export interface DistFinding {
  /** dist/path as printed. */
  file: string;
  line: number;
  kind: string;
  text: string;
  /** The content file the page was built from, when known. */
  source?: string;
}

export interface DistScanOptions {
  dist: string;
  /** public/ folder: its images must carry no metadata either. */
  publicDir?: string;
  content?: string;
  fingerprintsFile?: string;
  cwd?: string;
  /** Scanning threads besides this one (default: one per core but one). */
  threads?: number;
  /**
   * The search index being built meanwhile (scripts/after-build.ts): the pages are read and scanned
   * while it runs, and what it writes (pagefind/, stemmer-uk.js, anything that changed) once it is
   * done. If it fails, so does the scan.
   */
  indexing?: Promise<unknown>;
}

/** From this many files in dist/ (~300 stories) the segments are scanned on several threads. */
const THREADS_FROM_FILES = 1000;
const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?|heic)$/i;
const MARKUP = /\.(html?|xml|rss|atom|xsl|svg)$/i;
const TEXTUAL = /\.(txt|webmanifest|md)$/i;
const SCRIPT = /\.(m?js|css)$/i;

/** Scan a built site. Resolves to every finding; an empty list means the site may be published. */
export async function scanDist(opts: DistScanOptions): Promise<DistFinding[]> {
  const cwd = opts.cwd ?? process.cwd();
  const dist = path.resolve(cwd, opts.dist);
  const content = opts.content ?? contentRoot(cwd);
  const show = (abs: string) => displayPath(abs, cwd);
  opts.indexing?.catch(() => {}); // its failure is thrown where it is awaited, below
  if (!existsSync(dist)) {
    await opts.indexing;
    return [{ file: show(dist), line: 0, kind: 'missing', text: 'the built site is not there: run npm run build first' }];
  }
  // A scanning thread's start (tsx, the detectors' dictionaries) costs ~2 s of CPU: worth it for a
  // big site only.
  const files = walk(dist);
  const scanner = startScanner(opts.threads ?? (files.length >= THREADS_FROM_FILES ? defaultScanThreads() : 0));
  try {
    return await scanWith(scanner);
  } finally {
    await scanner.close();
  }

  async function scanWith(scanner: ReturnType<typeof startScanner>): Promise<DistFinding[]> {
    scanner.allow(allowedFromContent(content));
    const withdrawnIn = fingerprintMatcher(readFingerprints(opts.fingerprintsFile));
    const findings: DistFinding[] = [];

    // One scan per distinct (language, text): layout text repeats on every page.
    type Place = { file: string; line: number; source?: string };
    // Each new text is queued for the scanning threads at once, while the rest of dist/ is read.
    const seen = new Map<string, { lang: Lang; text: string; places: Place[]; indexPlaces: Place[]; index: number }>();
    const add = (lang: Lang, seg: Segment, file: string, source?: string) => {
      const key = lang + '\u0000' + seg.text;
      let entry = seen.get(key);
      if (!entry) seen.set(key, (entry = { lang, text: seg.text, places: [], indexPlaces: [], index: scanner.add({ lang, text: seg.text }) }));
      // Where the text is published decides which findings count (see INDEX_WORDS), not its scan.
      const places = seg.where === INDEX_WORDS ? entry.indexPlaces : entry.places;
      if (places.length < 20) places.push({ file, line: seg.line, source });
    };

    /** Size and modification time of each file read, to read again what the indexing changed. */
    const read = new Map<string, string>();
    const stamp = (abs: string) => {
      const st = statSync(abs);
      return `${st.size}:${st.mtimeMs}`;
    };
    const readFileOf = async (abs: string) => {
      read.set(abs, stamp(abs));
      const rel = path.relative(dist, abs).split(path.sep).join('/');
      const file = show(abs);
      const lang = langOf(rel);
      const source = sourceOf(rel, content, cwd);
      if (/\.map$/i.test(rel)) {
        findings.push({ file, line: 0, kind: 'source map', text: 'source maps publish the original sources: remove it (vite.build.sourcemap must stay false)' });
        return;
      }
      // The file name and URL are published too.
      add(lang, { text: fileNameText(rel), line: 0, where: 'file name' }, file, source);

      if (IMAGE.test(rel)) {
        const meta = await imageMetadata(abs);
        if (meta) findings.push({ file, line: 0, kind: 'image metadata', text: `${meta}: strip it (sharp re-encode without withMetadata)`, source });
        return;
      }
      if (rel.startsWith('pagefind/')) {
        const buf = await readFile(abs);
        if (/\.pf_fragment$/.test(rel)) {
          const fragLang = /fragment\/(\w\w)_/.exec(rel)?.[1];
          for (const s of pagefindFragmentText(buf)) add(isLang(fragLang) ? fragLang : lang, s, file, source);
        } else if (/\.(pf_meta|pf_index|pf_filter)$/.test(rel)) {
          const strings = pagefindCborStrings(buf);
          const pfLang = (/pagefind\.(\w+)_|\/(\w+)_[0-9a-f]+\.pf_/.exec(rel)?.slice(1).find(Boolean) ?? lang) as Lang;
          // Index words are single stems: scan them joined, one per line, so no two numbers merge.
          // The full text is checked through the fragments; here only what one word can carry
          // (a name, an e-mail, a handle, a document number) is meaningful.
          add(isLang(pfLang) ? pfLang : lang, { text: strings.join('\n\n'), line: 1, where: INDEX_WORDS }, file, source);
        } else if (/\.json$/.test(rel)) {
          for (const text of jsonStrings(await readFile(abs, 'utf8'))) add(lang, { text, line: 1, where: 'json' }, file, source);
        } else {
          checkScript(await readFile(abs, 'utf8'), file, withdrawnIn, findings);
        }
        return;
      }
      if (MARKUP.test(rel)) {
        const html = await readFile(abs, 'utf8');
        const docLang = (/<html[^>]*\slang="([a-z]{2})/i.exec(html)?.[1] ?? lang) as Lang;
        for (const s of extractMarkup(html)) add(isLang(docLang) ? docLang : lang, s, file, source);
        if (/sourceMappingURL=/.test(html)) findings.push({ file, line: 0, kind: 'source map', text: 'a sourceMappingURL comment points at the original sources', source });
        return;
      }
      if (/\.json$/i.test(rel)) {
        for (const text of jsonStrings(await readFile(abs, 'utf8'))) add(lang, { text, line: 1, where: 'json' }, file, source);
        return;
      }
      if (TEXTUAL.test(rel)) {
        const text = await readFile(abs, 'utf8');
        text.split('\n').forEach((t, i) => t.trim() && add(lang, { text: t.trim(), line: i + 1, where: 'text' }, file, source));
        return;
      }
      if (SCRIPT.test(rel)) {
        checkScript(await readFile(abs, 'utf8'), file, withdrawnIn, findings);
      }
    };

    const pagefindDir = path.join(dist, 'pagefind') + path.sep;
    await mapLimit(opts.indexing ? files.filter((f) => !f.startsWith(pagefindDir)) : files, 16, readFileOf);
    if (opts.indexing) {
      // The pages are scanned (on the worker threads) while the index is built, then whatever the
      // indexing wrote or changed. This thread does not scan meanwhile: Pagefind needs the core.
      await opts.indexing;
      await mapLimit(walk(dist).filter((f) => read.get(f) !== stamp(f)), 16, readFileOf);
    }
    const scanned = await scanner.finish();

    if (opts.publicDir && existsSync(opts.publicDir)) {
      await mapLimit(walk(opts.publicDir).filter((f) => IMAGE.test(f)), 16, async (abs) => {
        const meta = await imageMetadata(abs);
        if (meta) findings.push({ file: show(abs), line: 0, kind: 'image metadata', text: `${meta}: an original with metadata must never be in public/; strip it or move it out` });
      });
    }

    for (const { text, places, indexPlaces, index } of seen.values()) {
      const key = withdrawnIn(text);
      if (key) {
        for (const p of [...places, ...indexPlaces]) findings.push({ ...p, kind: 'withdrawn story', text: `text of the withdrawn story "${key}"` });
      }
      for (const f of scanned[index]!) {
        const at = ONE_WORD_KINDS.has(f.kind) ? [...places, ...indexPlaces] : places;
        for (const p of at) findings.push({ ...p, line: p.line + lineOffset(text, f), kind: f.kind, text: f.text });
      }
    }
    return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  }
}

const INDEX_WORDS = 'pagefind index';
/** Identifiers that fit in one indexed word; the rest need their context, which fragments keep. */
const ONE_WORD_KINDS = new Set<string>(['name', 'email', 'handle', 'url', 'passport', 'tax-number', 'card', 'iban', 'plate']);

/**
 * The words of a published path: a file named after a person would publish her name. Build hashes
 * (wet-pavement.DjSRVjQ5_Z1BY3Xj.webp) are dropped so they are not read as words.
 * @example fileNameText('_astro/wet-pavement.DjSRVjQ5_Z1BY.webp') → '_astro wet pavement'
 */
const GENERATED_DIRS = new Set(['_astro', 'pagefind']);

export function fileNameText(rel: string): string {
  let decoded = rel;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    // keep as is
  }
  return decoded
    .split('/')
    .map((part, i, all) =>
      // Names the build generates (_astro/x.Hash.webp, pagefind/pagefind.uk_hash.pf_meta): only
      // the first word is ours; the rest is hashes and language codes, not domains.
      i === all.length - 1 && GENERATED_DIRS.has(all[0]!) ? part.split(/[._]/)[0]! : part.replace(/\.[^.]+$/, ''),
    )
    .join(' / ')
    .replace(/[-_]+/g, ' ');
}

function lineOffset(text: string, f: SegmentFinding): number {
  return text.includes('\n') ? f.line - 1 : 0;
}

/** Scripts and styles are code: they are only checked for withdrawn text and source maps. */
function checkScript(code: string, file: string, withdrawnIn: (t: string) => string | undefined, findings: DistFinding[]): void {
  if (/sourceMappingURL=/.test(code)) findings.push({ file, line: 0, kind: 'source map', text: 'a sourceMappingURL comment points at the original sources' });
  const key = withdrawnIn(code);
  if (key) findings.push({ file, line: 0, kind: 'withdrawn story', text: `text of the withdrawn story "${key}"` });
}

/** Names of the metadata blocks an image carries, or undefined when it carries none. */
export async function imageMetadata(file: string): Promise<string | undefined> {
  if (/\.webp$/i.test(file)) return webpMetadata(await readFile(file));
  let found: Record<string, unknown> | undefined;
  try {
    found = await exifr.parse(file, {
      tiff: true, exif: true, gps: true, interop: true, ifd1: true, xmp: true, iptc: true,
      icc: false, jfif: false, ihdr: false, makerNote: false, userComment: true, mergeOutput: false,
    });
  } catch (e) {
    return `unreadable metadata (${(e as Error).message})`;
  }
  if (!found) return undefined;
  const blocks = Object.entries(found)
    .filter(([k, v]) => ['ifd0', 'exif', 'gps', 'xmp', 'iptc', 'interop', 'ifd1'].includes(k) && v && (typeof v !== 'object' || Object.keys(v as object).length > 0))
    .map(([k]) => (k === 'ifd0' || k === 'ifd1' ? 'EXIF' : k.toUpperCase()));
  return blocks.length ? `carries ${[...new Set(blocks)].join(', ')} metadata` : undefined;
}

/** exifr does not read WebP: look for its EXIF and XMP chunks directly (RIFF container). */
function webpMetadata(buf: Buffer): string | undefined {
  if (buf.toString('latin1', 0, 4) !== 'RIFF' || buf.toString('latin1', 8, 12) !== 'WEBP') return 'not a WebP file though named .webp';
  const blocks: string[] = [];
  for (let i = 12; i + 8 <= buf.length; ) {
    const id = buf.toString('latin1', i, i + 4);
    const size = buf.readUInt32LE(i + 4);
    if (id === 'EXIF') blocks.push('EXIF');
    if (id === 'XMP ') blocks.push('XMP');
    i += 8 + size + (size % 2);
  }
  return blocks.length ? `carries ${blocks.join(', ')} metadata` : undefined;
}

function langOf(rel: string): Lang {
  const first = rel.split('/')[0];
  return isLang(first) ? first : 'uk';
}

const SOURCE_COLLECTIONS: Record<string, string> = { stories: 'stories', articles: 'articles', workshop: 'workshop', campaigns: 'campaigns' };

/** dist/uk/stories/x/index.html → content/stories/uk/x.mdx, when that file exists. */
function sourceOf(rel: string, content: string, cwd: string): string | undefined {
  const m = /^(\w\w)\/(\w+)\/([^/]+)\/index\.html$/.exec(rel);
  if (!m || !SOURCE_COLLECTIONS[m[2]!]) return undefined;
  for (const ext of ['mdx', 'md']) {
    const abs = path.join(content, SOURCE_COLLECTIONS[m[2]!]!, m[1]!, `${m[3]}.${ext}`);
    if (existsSync(abs)) return displayPath(abs, cwd);
  }
  return undefined;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out.sort();
}

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

export function formatDistFinding(f: DistFinding): string {
  return `${f.file}:${f.line}: ${f.kind} "${f.text}"${f.source ? ` (from ${f.source})` : ''}`;
}

/** Stable digest of a dist scan's result, for logs. */
export function digest(findings: DistFinding[]): string {
  return createHash('sha256').update(findings.map(formatDistFinding).join('\n')).digest('hex').slice(0, 12);
}

/** Prints the verdict of a scan; true when dist/ may be published. */
export function reportDistScan(findings: DistFinding[], dist: string, started: number): boolean {
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (findings.length) {
    for (const f of findings) console.error(formatDistFinding(f));
    console.error(
      `\nLeak scan: ${findings.length} finding(s) in ${new Set(findings.map((f) => f.file)).size} file(s) (${secs} s). ` +
        `Do not deploy ${dist}/. Fix the source named after each finding (or the layout, if no source is named), ` +
        `or add a reviewed anonymization.allow entry to that source file, then build again.`,
    );
    return false;
  }
  console.log(`Leak scan: ${dist}/ is clean (${secs} s).`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  const dist = process.env.DIST_DIR ?? 'dist';
  if (!reportDistScan(await scanDist({ dist, publicDir: 'public' }), dist, started)) process.exit(1);
}
