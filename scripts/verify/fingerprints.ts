/**
 * Fingerprints of withdrawn stories: sha256 hashes of normalised 8-word shingles (and of short
 * phrases such as titles), never the text itself, so the private file that keeps them is safe.
 * verify:dist fails when any of them turns up in a published file.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SHINGLE_WORDS = 8;

export interface WithdrawnFingerprints {
  /** translationKey → hashes */
  stories: { key: string; shingles: string[]; phrases: string[] }[];
}

/** Words of a text, lower-cased, letters and digits only. @example words('Ярина, стояла!') → ['ярина', 'стояла'] */
export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’ʼ']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 32);
}

/** Hashes of every run of SHINGLE_WORDS consecutive words. */
export function shingleHashes(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.push(hash(w.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/** Hash of a whole short phrase (a title), matched against whole published text segments. */
export function phraseHash(text: string): string {
  return hash(words(text).join(' '));
}

export function fingerprintsPath(cwd = process.cwd()): string {
  return path.resolve(cwd, process.env.WITHDRAWN_FINGERPRINTS ?? 'private/withdrawn-fingerprints.json');
}

export function readFingerprints(file = fingerprintsPath()): WithdrawnFingerprints {
  if (!existsSync(file)) return { stories: [] };
  return JSON.parse(readFileSync(file, 'utf8')) as WithdrawnFingerprints;
}

/** A matcher over all withdrawn stories: which story (key) a text segment comes from, if any. */
export function fingerprintMatcher(fp: WithdrawnFingerprints): (text: string) => string | undefined {
  const shingles = new Map<string, string>();
  const phrases = new Map<string, string>();
  for (const s of fp.stories) {
    for (const h of s.shingles) shingles.set(h, s.key);
    for (const h of s.phrases) phrases.set(h, s.key);
  }
  if (shingles.size === 0 && phrases.size === 0) return () => undefined;
  return (text) => {
    const p = phrases.get(phraseHash(text));
    if (p) return p;
    for (const h of shingleHashes(text)) {
      const k = shingles.get(h);
      if (k) return k;
    }
    return undefined;
  };
}
