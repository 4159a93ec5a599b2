/**
 * The publication gate on the sources: nothing un-anonymized or edited after review may be built.
 *
 * - Personal content (stories, responses, articles written by members) must carry a stamp that
 *   matches its current text, and the detectors must find nothing in it (its own pseudonyms and
 *   reviewed allow entries excepted).
 * - Other content (workshop, campaigns, editorial articles) must carry no direct identifier.
 *
 * Used by the Astro integration src/integrations/publication-gate.ts (every build) and by
 * `npm run verify:content`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkDocument, DocumentError, parseFrontMatter, splitFrontMatter, verifyStampOf } from '../anonymize/index.ts';
import { PSEUDONYM_KINDS } from '../anonymize/document.ts';
import type { DocumentFinding } from '../anonymize/index.ts';
import { isPseudonymForm } from './pseudonym-forms.ts';

export const PERSONAL_COLLECTIONS = ['stories', 'responses'] as const;
export const CHECKED_COLLECTIONS = ['stories', 'responses', 'articles', 'workshop', 'campaigns'] as const;

export interface ContentProblem {
  /** Path as the facilitator types it (relative to the working folder). */
  file: string;
  line?: number;
  /** What is wrong and what to do, in plain words. */
  message: string;
}

export interface AppliedAllowEntry {
  file: string;
  line: number;
  phrase: string;
  reason: string;
}

export interface ContentReport {
  problems: ContentProblem[];
  allowed: AppliedAllowEntry[];
  /** How many files were checked, to show the check did run. */
  checked: number;
}

/** The content root the build reads: CONTENT_DIR or ./content. */
export function contentRoot(cwd = process.cwd()): string {
  return path.resolve(cwd, process.env.CONTENT_DIR ?? 'content');
}

/** Every Markdown/MDX file of a collection: `<root>/<collection>/<lang>/*.md(x)`. */
export function collectionFiles(root: string, collection: string): string[] {
  const dir = path.join(root, collection);
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const lang of readdirSync(dir, { withFileTypes: true })) {
    if (!lang.isDirectory()) continue;
    for (const f of readdirSync(path.join(dir, lang.name))) {
      if (/\.mdx?$/.test(f)) out.push(path.join(dir, lang.name, f));
    }
  }
  return out.sort();
}

/**
 * Check every publishable file under the content root.
 * @example verifyContent('content').problems → [] when everything is stamped and clean
 */
export function verifyContent(root = contentRoot(), cwd = process.cwd()): ContentReport {
  const report: ContentReport = { problems: [], allowed: [], checked: 0 };
  for (const collection of CHECKED_COLLECTIONS) {
    for (const abs of collectionFiles(root, collection)) {
      report.checked++;
      checkFile(abs, collection, displayPath(abs, cwd), report);
    }
  }
  return report;
}

/** One file's part of the report. */
export interface FileJob {
  abs: string;
  collection: string;
  file: string;
  /** The file's text, when it was already read (its cache key was made from these very bytes). */
  source?: string;
  /** The file as already parsed from that text (startContentGate): not parsed again. */
  piece?: Piece;
}
export type FileVerdict = Pick<ContentReport, 'problems' | 'allowed'>;

/** The gate on a list of files. */
export function checkFiles(jobs: FileJob[]): FileVerdict[] {
  return jobs.map(({ abs, collection, file, source, piece }) => {
    const report: ContentReport = { problems: [], allowed: [], checked: 0 };
    if (piece) {
      checkStampOf(piece, report);
      checkFindingsOf(piece, report);
    } else checkFile(abs, collection, file, report, source);
    return { problems: report.problems, allowed: report.allowed };
  });
}

export interface FastGateOptions {
  root?: string;
  cwd?: string;
  /** Where verdicts are kept between builds (Astro's cache dir); none: no cache. */
  cacheDir?: string;
  /** The project root whose sources make the gate's version. */
  repo?: string;
  /** Threads to check uncached files on (0: this thread); default: see defaultThreads. */
  threads?: number;
}

/**
 * Below this many bytes to check, the files are checked on this thread: a thread's start-up
 * (tsx, the anonymizer's dictionaries: ~1 s) costs more than it saves.
 */
const THREADS_FROM_BYTES = 1_000_000;

/**
 * One thread per core but one, at least one: on a thread, the anonymizer's dictionaries (~150 MB)
 * leave with it instead of staying in the build's memory. On two cores a second thread did not pay:
 * both threads together used ~1.5× the CPU time of one, for no shorter wall time (measured on a
 * shared 2-core machine).
 */
function defaultThreads(bytes: number): number {
  return bytes < THREADS_FROM_BYTES ? 0 : Math.max(1, Math.min(4, os.availableParallelism() - 1));
}

/**
 * checkFiles on worker threads, each with a share of the files (balanced by size), verdicts in the
 * order of `jobs`. Any thread that fails fails the whole check: a file is never taken as clean
 * because its check did not run.
 */
export async function checkFilesInParallel(jobs: FileJob[], threads: number): Promise<FileVerdict[]> {
  const shares: number[][] = Array.from({ length: threads }, () => []);
  const load = new Array<number>(threads).fill(0);
  const bySize = jobs.map((job, i) => ({ i, size: job.source?.length ?? statSync(job.abs).size })).sort((a, b) => b.size - a.size || a.i - b.i);
  for (const { i, size } of bySize) {
    const t = load.indexOf(Math.min(...load));
    shares[t]!.push(i);
    load[t]! += size;
  }
  const verdicts: FileVerdict[] = new Array(jobs.length);
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          if (share.length === 0) return resolve();
          const worker = new Worker(new URL('./content-worker.mjs', import.meta.url), { workerData: { jobs: share.map((i) => jobs[i]) } });
          let done = false;
          worker.once('message', (results: FileVerdict[]) => {
            if (results.length !== share.length) return reject(new Error(`publication gate: a check thread returned ${results.length} verdicts for ${share.length} files`));
            share.forEach((i, k) => (verdicts[i] = results[k]!));
            done = true;
            resolve();
          });
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (!done) reject(new Error(`publication gate: a check thread stopped (exit code ${code}) before it checked its files`));
          });
        }),
    ),
  );
  return verdicts;
}

/**
 * The same verdicts as verifyContent, faster on a rebuild: a file's verdict is reused across builds
 * only under a key that covers everything it depends on — the
 * file's bytes, its collection and path, and the gate's version (every source of the anonymizer,
 * this file, the pseudonym forms, the site allowlist in src/data/site.ts and package-lock.json).
 */
export async function verifyContentFast(opts: FastGateOptions = {}): Promise<ContentReport> {
  return startContentGate(opts).complete;
}

/** The gate started in two halves: see startContentGate. */
export interface ContentGateRun {
  /**
   * Problems known at once: files whose front matter cannot be read, personal pieces without a
   * stamp or edited after it, and the cached verdicts' problems. No detector has run yet on the
   * files not in the cache: an empty list here is not a verdict.
   */
  early: ContentReport;
  /** The whole verdict, detectors included: exactly what verifyContentFast gives. */
  complete: Promise<ContentReport>;
}

/**
 * The gate in two halves, so a build can go on preparing (syncing content, bundling) while the
 * detectors run on a worker thread, and wait for the whole verdict before it renders anything
 * (src/integrations/publication-gate.ts). The stamps are checked on this thread first: an
 * unstamped or edited piece is refused before anything else happens.
 */
export function startContentGate(opts: FastGateOptions = {}): ContentGateRun {
  const root = opts.root ?? contentRoot();
  const cwd = opts.cwd ?? process.cwd();
  const jobs: (FileJob & { key?: string })[] = [];
  for (const collection of CHECKED_COLLECTIONS) {
    for (const abs of collectionFiles(root, collection)) jobs.push({ abs, collection, file: displayPath(abs, cwd) });
  }
  const verdicts: (FileVerdict | undefined)[] = new Array(jobs.length);
  const cache = opts.cacheDir ? path.join(opts.cacheDir, 'publication-gate') : undefined;
  const version = cache ? gateVersion(opts.repo) : '';
  if (cache) mkdirSync(cache, { recursive: true });
  jobs.forEach((job, i) => {
    // The verdict is made from the bytes the key is made from, even if the file changes meanwhile.
    const bytes = readFileSync(job.abs);
    job.source = bytes.toString('utf8');
    if (!cache) return;
    job.key = createHash('sha256').update(version).update(`\0${job.collection}\0${job.file}\0`).update(bytes).digest('hex');
    try {
      verdicts[i] = JSON.parse(readFileSync(path.join(cache, `${job.key}.json`), 'utf8')) as FileVerdict;
    } catch {
      /* not checked before */
    }
  });
  const todo = jobs.map((_, i) => i).filter((i) => !verdicts[i]);
  const todoJobs = todo.map((i) => jobs[i]!);

  // First half: the stamps, and what the cache already knows.
  const early: ContentReport = { problems: [], allowed: [], checked: jobs.length };
  jobs.forEach((job, i) => {
    if (verdicts[i]) return void early.problems.push(...verdicts[i]!.problems);
    const piece = readPiece(job.abs, job.collection, job.file, early, job.source);
    if (piece) checkStampOf(piece, early);
    // A file whose front matter cannot be read is read again by the full check, for its verdict.
    job.piece = piece;
  });

  // Second half: every check (stamps again, they are cheap), on a worker thread when there is much.
  const complete = (async () => {
    const bytes = todoJobs.reduce((sum, job) => sum + job.source!.length, 0);
    const threads = opts.threads ?? defaultThreads(bytes);
    const results = threads > 0 ? await checkFilesInParallel(todoJobs, threads) : checkFiles(todoJobs);
    todo.forEach((i, k) => (verdicts[i] = results[k]));
    if (cache) {
      for (const i of todo) {
        const file = path.join(cache, `${jobs[i]!.key}.json`);
        writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(verdicts[i]));
        renameSync(`${file}.${process.pid}.tmp`, file);
      }
    }
    const report: ContentReport = { problems: [], allowed: [], checked: jobs.length };
    for (const v of verdicts) {
      report.problems.push(...v!.problems);
      report.allowed.push(...v!.allowed);
    }
    return report;
  })();
  return { early, complete };
}

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** A hash of every source a verdict depends on; see verifyContentFast. */
export function gateVersion(repo = path.resolve(HERE, '../..')): string {
  const hash = createHash('sha256');
  const files = [
    ...listFiles(path.join(repo, 'scripts/anonymize')).filter((f) => !f.includes(`${path.sep}bench${path.sep}`)),
    path.join(repo, 'scripts/verify/content.ts'),
    path.join(repo, 'scripts/verify/content-worker.mjs'),
    path.join(repo, 'scripts/verify/pseudonym-forms.ts'),
    path.join(repo, 'src/data/site.ts'),
    path.join(repo, 'package-lock.json'),
  ];
  for (const f of files) hash.update(`${path.relative(repo, f)}\0`).update(readFileSync(f)).update('\0');
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Relative to the working folder when inside it, else absolute. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

function checkFile(abs: string, collection: string, file: string, report: ContentReport, text?: string): void {
  const piece = readPiece(abs, collection, file, report, text);
  if (!piece) return;
  checkStampOf(piece, report);
  checkFindingsOf(piece, report);
}

/** A content file as the gate reads it. */
export interface Piece {
  file: string;
  source: string;
  body: string;
  data: Record<string, unknown>;
  stampLine?: number;
  personal: boolean;
}

/** The file's front matter, or a problem (file, line) when it cannot be read. */
function readPiece(abs: string, collection: string, file: string, report: ContentReport, text?: string): Piece | undefined {
  const source = text ?? readFileSync(abs, 'utf8');
  try {
    const split = splitFrontMatter(source);
    const data = (parseFrontMatter(split).toJS() ?? {}) as Record<string, unknown>;
    const stampLine = lineOfKey(split.yaml, 'stamp', split.yamlLine) ?? lineOfKey(split.yaml, 'anonymization', split.yamlLine);
    const personal =
      (PERSONAL_COLLECTIONS as readonly string[]).includes(collection) || (collection === 'articles' && data.byMember === true);
    return { file, source, body: split.body, data, stampLine, personal };
  } catch (e) {
    report.problems.push({ file, line: (e as DocumentError).line, message: `${(e as Error).message}` });
    return undefined;
  }
}

/** A personal piece must carry a stamp that matches its current text. */
function checkStampOf({ file, data, body, stampLine, personal }: Piece, report: ContentReport): void {
  if (!personal) return;
  const verdict = verifyStampOf(data, body);
  if (verdict.ok) return;
  const run = `run: npm run anonymize -- --check ${file}`;
  const message =
    verdict.reason === 'mismatch'
      ? `the text changed after it was reviewed (stamp does not match). Review the change, then ${run}`
      : verdict.reason === 'missing'
        ? `this personal story has not been reviewed (it has no anonymization stamp). Review it, then ${run}`
        : `${verdict.message.replace('<file>', file)}`;
  report.problems.push({ file, line: stampLine, message });
}

/** The detectors find nothing in it (only direct identifiers count in non-personal content). */
function checkFindingsOf({ file, source, data, personal }: Piece, report: ContentReport): void {
  let findings: DocumentFinding[];
  try {
    const result = checkDocument(withTitle(source, data), {});
    const shift = typeof data.title === 'string' ? 0 : 1;
    const fixLine = (line: number, yamlEnd: number) => (shift && line > yamlEnd ? line - shift : line);
    const yamlEnd = splitFrontMatter(source).bodyLine - 1;
    findings = result.findings.map((f) => ({ ...f, line: fixLine(f.line, yamlEnd) }));
    for (const a of result.allowed) report.allowed.push({ file, line: fixLine(a.line, yamlEnd), phrase: a.phrase, reason: a.reason });
  } catch (e) {
    report.problems.push({ file, line: (e as DocumentError).line, message: (e as Error).message });
    return;
  }
  const pseudonyms = readPseudonyms(data);
  for (const f of findings) {
    if (PSEUDONYM_KINDS.has(f.kind) && isPseudonymForm(f.text, pseudonyms)) continue;
    if (!personal && f.class !== 'direct') continue;
    report.problems.push({ file, line: f.line, message: findingMessage(f, file) });
  }
}

const KIND_WORDS: Record<string, string> = {
  name: 'a name', phone: 'a phone number', email: 'an email address', url: 'a web address', handle: 'a social media handle',
  passport: 'a passport or ID number', 'tax-number': 'a tax number', card: 'a bank card number', iban: 'a bank account (IBAN)',
  badge: 'a police badge number', plate: 'a car plate', address: 'a street address', venue: 'a named venue or workplace',
  number: 'a long number (a badge, case, document or account number)',
  date: 'an exact date', age: 'an exact age', place: 'a town or village',
};

function findingMessage(f: DocumentFinding, file: string): string {
  const where = f.where === 'body' ? '' : ` (front matter field "${f.where}")`;
  return (
    `${KIND_WORDS[f.kind] ?? f.kind} "${f.text}"${where} could identify someone. ` +
    `Replace it (npm run anonymize -- ${file}), or if it is safe to publish, add to the file's front matter under anonymization.allow: ` +
    `- { phrase: "${f.text}", reason: "why it identifies no one, and who reviewed it" }`
  );
}

export function readPseudonyms(data: Record<string, unknown>): string[] {
  const p = (data.anonymization as { pseudonyms?: unknown } | undefined)?.pseudonyms;
  return Array.isArray(p) ? p.filter((x): x is string => typeof x === 'string') : [];
}

export function readAllow(data: Record<string, unknown>): { phrase: string; reason: string }[] {
  const a = (data.anonymization as { allow?: unknown } | undefined)?.allow;
  return Array.isArray(a) ? a.filter((x) => x && typeof x.phrase === 'string' && typeof x.reason === 'string') : [];
}

/**
 * checkDocument needs a title; responses have none. Add a neutral one as the last front matter line
 * (no finding can come from it) and shift lines back afterwards.
 */
function withTitle(source: string, data: Record<string, unknown>): string {
  if (typeof data.title === 'string' && data.title.trim()) return source;
  const split = splitFrontMatter(source);
  const yaml = split.yaml.endsWith('\n') ? split.yaml : split.yaml + '\n';
  return `${split.bom}---\n${yaml}title: "-"\n---\n${split.body}`;
}

function lineOfKey(yaml: string, key: string, yamlLine: number): number | undefined {
  const i = yaml.split(/\r?\n/).findIndex((l) => new RegExp(`^\\s*${key}:`).test(l));
  return i < 0 ? undefined : yamlLine + i;
}

/** Plain-words report for the terminal. */
export function formatContentReport(report: ContentReport): string {
  const lines: string[] = [];
  for (const a of report.allowed) {
    lines.push(`published as reviewed (allow entry): ${a.file}:${a.line}: "${a.phrase}" — reason: ${a.reason}`);
  }
  if (report.problems.length === 0) {
    lines.push(`Publication gate: ${report.checked} content files checked; every personal piece is stamped and nothing identifying was found.`);
  } else {
    lines.push(`Publication gate: ${report.problems.length} problem(s) in ${new Set(report.problems.map((p) => p.file)).size} file(s). Nothing was published.`);
    for (const p of report.problems) lines.push(`  ${p.file}${p.line ? ':' + p.line : ''}: ${p.message}`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = verifyContent();
  const out = formatContentReport(report);
  if (report.problems.length) {
    console.error(out);
    process.exit(1);
  }
  console.log(out);
}
