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
  return scanText(text, { lang, allow: { phrases: allowed.phrases.get(lang) ?? [] } }).filter(
    (f) =>
      !(f.kind === 'name' && isPseudonymForm(f.text, pseudonyms)) &&
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

/**
 * Scanning threads besides this one: one per core but one, so on two cores two threads scan. Each
 * thread loads the anonymizer's dictionaries (~1 s), so few segments are scanned here alone.
 */
export function defaultScanThreads(): number {
  return Math.max(0, Math.min(3, os.availableParallelism() - 1));
}

/** Characters of text one batch carries; a segment counts ~100 more (a detector call's fixed cost). */
const BATCH_WEIGHT = 40_000;
const weight = (s: SegmentToScan) => s.text.length + 100;

/**
 * Start the scanning threads early (they load the detectors while the caller reads dist/). Each
 * scan() (one at a time) resolves to the findings per segment, in the order given; this thread takes
 * batches too. A thread that fails fails the scan, so no segment ever goes unscanned. close() ends
 * the threads.
 */
export function startScanners(threads: number) {
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./scan-worker.mjs', import.meta.url)));
  for (const w of workers) w.unref();
  let sentAllowed: Allowed | undefined;
  let busy = false;
  return {
    async scan(segments: SegmentToScan[], allowed: Allowed): Promise<SegmentFinding[][]> {
      if (busy) throw new Error('leak scan: one scan at a time');
      busy = true;
      const results: SegmentFinding[][] = new Array(segments.length);
      let next = 0;
      const take = (): [number, number] | undefined => {
        if (next >= segments.length) return undefined;
        const start = next;
        let w = 0;
        while (next < segments.length && (next === start || w < BATCH_WEIGHT)) w += weight(segments[next++]!);
        return [start, next];
      };
      const data = sentAllowed === allowed ? undefined : toData(allowed);
      sentAllowed = allowed;
      const listeners: (() => void)[] = [];
      const onWorkers = workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let batch = take();
            if (!batch) return resolve();
            const onError = (error: Error) => reject(error);
            const onExit = (code: number) => reject(new Error(`leak scan: a scanning thread stopped (exit code ${code}) before its batch was done`));
            const onMessage = (found: SegmentFinding[][]) => {
              const [start, end] = batch!;
              if (found.length !== end - start) return reject(new Error(`leak scan: a scanning thread returned ${found.length} results for ${end - start} segments`));
              for (let i = start; i < end; i++) results[i] = found[i - start]!;
              batch = take();
              if (batch) worker.postMessage({ batch: segments.slice(...batch) });
              else resolve();
            };
            worker.on('error', onError).on('exit', onExit).on('message', onMessage);
            listeners.push(() => worker.off('error', onError).off('exit', onExit).off('message', onMessage));
            worker.postMessage({ allowed: data, batch: segments.slice(...batch) });
          }),
      );
      // This thread scans too, a batch at a time, letting the workers' messages in between.
      const here = (async () => {
        for (let batch = take(); batch; batch = take()) {
          const [start, end] = batch;
          const found = scanBatch(segments.slice(start, end), allowed);
          for (let i = start; i < end; i++) results[i] = found[i - start]!;
          await new Promise((r) => setImmediate(r));
        }
      })();
      try {
        await Promise.all([here, ...onWorkers]);
      } finally {
        for (const off of listeners) off();
        busy = false;
      }
      for (let i = 0; i < results.length; i++) {
        if (!results[i]) throw new Error(`leak scan: segment ${i} was never scanned`);
      }
      return results;
    },
    close: () => Promise.all(workers.map((w) => w.terminate())),
  };
}
