/**
 * Precision and speed probe for the name and place detectors on the project's own prose.
 * Every name/place finding in content/**\/*.mdx that is not one of the file's declared pseudonyms
 * is printed as a false positive (workshop texts contain no names at all). Then it times
 * detectNames, detectPlaces and the whole pipeline on ~1 MB of that prose.
 *
 *   npx tsx scripts/anonymize/lexicon/tools/precision.ts [--quiet]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { detectNames } from '../../detectors/names.ts';
import { detectPlaces } from '../../detectors/places.ts';
import * as D from '../../detectors/index.ts';
import { anonymizeText, mergeAllow } from '../../pipeline.ts';
import { createPseudonymRegistry } from '../../pseudonyms.ts';

const root = 'content';
const files: string[] = [];
const walk = (d: string) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (/\.mdx?$/.test(p)) files.push(p); } };
walk(root);
let fp = 0; let words = 0; let named = 0; let all = '';
const byLang: Record<string, string> = { uk: '', ru: '', en: '' };
const quiet = process.argv.includes('--quiet');
for (const f of files) {
  const { content, data } = matter(readFileSync(f, 'utf8'));
  const lang = (data.lang ?? f.split('/')[2]) as 'uk' | 'ru' | 'en';
  byLang[lang] += content + '\n\n';
  const pseud = new Set<string>(((data.anonymization?.pseudonyms ?? []) as string[]).map((s) => s.toLowerCase()));
  const ctx = { lang, allow: mergeAllow(), settings: {}, pseudonyms: createPseudonymRegistry() } as any;
  words += (content.match(/\p{L}+/gu) ?? []).length;
  for (const s of [...detectNames(content, ctx), ...detectPlaces(content, ctx)]) {
    const t = content.slice(s.start, s.end);
    const stem = (w: string) => w.toLowerCase().slice(0, Math.max(3, w.length - 2));
    const ok = s.kind === 'name' && [...pseud].some((p) => p.split(/\s+/).some((q) => stem(q) === stem(t) || t.toLowerCase().startsWith(stem(q))));
    if (ok) { named++; continue; }
    fp++;
    if (!quiet) console.log(`FP ${f}: ${s.kind} "${t}" …${content.slice(Math.max(0, s.start - 30), s.end + 20).replace(/\n/g, ' ')}…`);
  }
}
console.log(`content: ${files.length} files, ${words} words, pseudonym mentions ${named}, false positives ${fp} (${(100 * fp / words).toFixed(3)}% of words)`);

// speed
let big = '';
while (big.length < 1_000_000) big += byLang.uk + byLang.ru + byLang.en;
const mb = big.length / 1e6;
const ctxUk = { lang: 'uk', allow: mergeAllow(), settings: {}, pseudonyms: createPseudonymRegistry() } as any;
const time = (label: string, fn: () => void) => { fn(); const t0 = performance.now(); fn(); const s = (performance.now() - t0) / 1000; console.log(`${label}: ${(mb / s).toFixed(2)} MB/s`); };
time('detectNames', () => detectNames(big, ctxUk));
time('detectPlaces', () => detectPlaces(big, ctxUk));
for (const [k, d] of Object.entries(D)) if (typeof d === 'function' && k.startsWith('detect') && !process.argv.includes('--quiet')) time('  ' + k, () => (d as any)(big, ctxUk));
time('pipeline', () => anonymizeText(big, { lang: 'uk' } as any));
