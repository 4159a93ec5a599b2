/**
 * The detector side of the leak scan (scripts/verify/dist.ts): the allowlist of a built site, the
 * scan of one published text segment, and the scan of many segments on several threads.
 *
 * A segment's verdict depends only on its exact text, its language and the site's allowlist for
 * that language (fixed for one run), so each distinct (language, text) is scanned once, on whichever
 * thread takes it; the findings are the same as one thread would give.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseFrontMatter, scanText, splitFrontMatter } from '../anonymize/index.ts';
import type { Finding } from '../anonymize/index.ts';
import { isLang, LANG_NAMES, LANGS, QUICK_EXIT_URL, type Lang } from '../../src/data/site.ts';
import { collectionFiles, CHECKED_COLLECTIONS, readAllow, readPseudonyms } from './content.ts';
import { isPseudonymForm } from './pseudonym-forms.ts';
import { PSEUDONYM_KINDS } from '../anonymize/document.ts';

export interface Allowed {
  phrases: Map<Lang, string[]>;
  pseudonyms: Map<Lang, string[]>;
}

/** The per-language allowlist: every published file's allow entries and pseudonyms. */
export function allowedFromContent(root: string): Allowed {
  const phrases = new Map<Lang, string[]>(LANGS.map((l) => [l, []]));
  const pseudonyms = new Map<Lang, string[]>(LANGS.map((l) => [l, []]));
  for (const collection of CHECKED_COLLECTIONS) {
    for (const abs of collectionFiles(root, collection)) {
      try {
        const data = (parseFrontMatter(splitFrontMatter(readFileSync(abs, 'utf8'))).toJS() ?? {}) as Record<string, unknown>;
        const lang = isLang(data.lang) ? data.lang : (path.basename(path.dirname(abs)) as Lang);
        if (!isLang(lang)) continue;
        phrases.get(lang)!.push(...readAllow(data).map((a) => a.phrase));
        pseudonyms.get(lang)!.push(...readPseudonyms(data));
      } catch {
        // The content gate reports unreadable files; here they just add nothing to the allowlist.
      }
    }
  }
  for (const l of LANGS) {
    // The language switch names every language in that language (site data).
    phrases.get(l)!.push(...Object.values(LANG_NAMES));
    phrases.set(l, [...new Set(phrases.get(l))]);
    pseudonyms.set(l, [...new Set(pseudonyms.get(l))]);
  }
  return { phrases, pseudonyms };
}

/** The site's own address and the quick-exit page are site data, not identifiers. */
const OWN_URLS = [(process.env.SITE_URL ?? 'https://stories.example.org').replace(/\/$/, ''), QUICK_EXIT_URL.replace(/\/$/, '')];

/** The detectors' findings in one published segment, less what the site allows. */
export function scanSegment(text: string, lang: Lang, allowed: Allowed): Finding[] {
  const pseudonyms = allowed.pseudonyms.get(lang) ?? [];
  // The specific detectors only: see AnonymizeOptions.nets.
  return scanText(text, { lang, allow: { phrases: allowed.phrases.get(lang) ?? [] }, nets: false }).filter(
    (f) =>
      !(PSEUDONYM_KINDS.has(f.kind) && isPseudonymForm(f.text, pseudonyms)) &&
      !(f.kind === 'url' && OWN_URLS.some((u) => { const t = f.text.replace(/^(https?:)?\/\//, ''); const h = u.replace(/^https?:\/\//, ''); return t === h || t.startsWith(h + '/'); })) &&
      // Feeds date items on the 1st of their month (monthToDate): month precision, not a real day.
      !(f.kind === 'date' && /^(\w{3}, )?01 [A-Z][a-z]{2} \d{4}$/.test(f.text)),
  );
}

/** What the leak scan needs of a finding: its kind, its text and its line within the segment. */
export type SegmentFinding = Pick<Finding, 'kind' | 'text' | 'line'>;

export interface SegmentToScan {
  lang: Lang;
  text: string;
}

/** Plain data for a worker thread. */
type AllowedData = { phrases: [Lang, string[]][]; pseudonyms: [Lang, string[]][] };
const toData = (a: Allowed): AllowedData => ({ phrases: [...a.phrases], pseudonyms: [...a.pseudonyms] });
export const fromData = (d: AllowedData): Allowed => ({ phrases: new Map(d.phrases), pseudonyms: new Map(d.pseudonyms) });

export function scanBatch(batch: SegmentToScan[], allowed: Allowed): SegmentFinding[][] {
  return batch.map(({ text, lang }) => scanSegment(text, lang, allowed).map(({ kind, text: t, line }) => ({ kind, text: t, line })));
}

/** Scanning threads besides this one: one per core but one, so on two cores two threads scan. */
export function defaultScanThreads(): number {
  return Math.max(0, Math.min(3, os.availableParallelism() - 1));
}

/** Characters of text one batch carries; a segment counts ~100 more (a detector call's fixed cost). */
const BATCH_WEIGHT = 40_000;
const weight = (s: SegmentToScan) => s.text.length + 100;
/** Batches a worker holds at once: the next one is there when it finishes one. */
const IN_FLIGHT = 2;

/**
 * A queue of segments scanned as they are added: worker threads take batches as soon as there are
 * enough (they load the detectors while the caller starts reading dist/), and finish() has this
 * thread scan whatever is left alongside them. finish() resolves to the findings per segment, in
 * the order added. A thread that fails fails the scan, so no segment ever goes unscanned.
 */
export function startScanner(threads: number) {
  let allowed: Allowed | undefined;
  const segments: SegmentToScan[] = [];
  const results: (SegmentFinding[] | undefined)[] = [];
  let next = 0;
  let queuedWeight = 0;
  let closing = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const take = (): [number, number] | undefined => {
    if (next >= segments.length || (!closing && queuedWeight < BATCH_WEIGHT)) return undefined;
    const start = next;
    let w = 0;
    while (next < segments.length && (next === start || w < BATCH_WEIGHT)) w += weight(segments[next++]!);
    queuedWeight -= w;
    return [start, next];
  };
  const fail = (error: Error) => {
    failure ??= error;
    wake?.();
  };

  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(new URL('./scan-worker.mjs', import.meta.url));
    const inFlight: [number, number][] = [];
    worker.unref();
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (inFlight.length) fail(new Error(`leak scan: a scanning thread stopped (exit code ${code}) before its batch was done`));
    });
    worker.on('message', (found: SegmentFinding[][]) => {
      const [start, end] = inFlight.shift()!;
      if (found.length !== end - start) return fail(new Error(`leak scan: a scanning thread returned ${found.length} results for ${end - start} segments`));
      for (let i = start; i < end; i++) results[i] = found[i - start]!;
      feed();
      wake?.();
    });
    return { worker, inFlight };
  });

  /** Hand batches to the workers that have room for one. */
  function feed(): void {
    if (!allowed) return;
    for (const w of workers) {
      while (w.inFlight.length < IN_FLIGHT) {
        const batch = take();
        if (!batch) return;
        w.inFlight.push(batch);
        w.worker.postMessage(segments.slice(...batch));
      }
    }
  }

  return {
    /** The allowlist to scan with; the threads start on their own meanwhile. Call once, first. */
    allow(list: Allowed): void {
      allowed = list;
      const data = toData(list);
      for (const w of workers) w.worker.postMessage({ allowed: data });
    },
    /** Queue one segment; its findings come back at the same index from finish(). */
    add(segment: SegmentToScan): number {
      segments.push(segment);
      queuedWeight += weight(segment);
      if (queuedWeight >= BATCH_WEIGHT) feed();
      return segments.length - 1;
    },
    async finish(): Promise<SegmentFinding[][]> {
      if (!allowed) throw new Error('leak scan: allow() must come before finish()');
      closing = true;
      feed();
      // This thread takes batches too, a batch at a time, letting the workers' messages in between.
      for (let batch = take(); batch && !failure; batch = take()) {
        const [start, end] = batch;
        const found = scanBatch(segments.slice(start, end), allowed!);
        for (let i = start; i < end; i++) results[i] = found[i - start]!;
        await new Promise((r) => setImmediate(r));
      }
      while (!failure && workers.some((w) => w.inFlight.length)) await new Promise<void>((r) => (wake = r));
      if (failure) throw failure;
      for (let i = 0; i < segments.length; i++) {
        if (!results[i]) throw new Error(`leak scan: segment ${i} was never scanned`);
      }
      return results as SegmentFinding[][];
    },
    close: () => Promise.all(workers.map((w) => w.worker.terminate())),
  };
}
