/**
 * Anonymizer benchmark: runs scripts/anonymize/pipeline.ts over the independent labelled corpus in
 * scripts/anonymize/bench/corpus/{uk,ru,en} and prints recall, keep-word share, leaks, false
 * positives and throughput.
 *
 *   npm run bench:anonymize            human-readable report
 *   npm run bench:anonymize -- --json  the same figures as JSON
 *   npm run bench:anonymize -- --corpus <dir>   another corpus with the same layout ({uk,ru,en}/*.md),
 *                                      e.g. the held-out one (npm run bench:anonymize:heldout)
 *
 * This is a benchmark, not a test: it always exits 0 once it has run (PASS/FAIL marks the targets).
 * It exits 1 only if it cannot run at all (corpus malformed, pipeline missing).
 *
 * How mentions are scored
 * - A finding protects text only if its replacement differs from the text it covers.
 * - A labelled mention is covered when every letter/digit of it lies inside the union of the
 *   findings' ranges. Generic words that identify nobody on their own (вул., сауна, hotel, року,
 *   Dr, the possessive 's, ranks, legal forms like ТОВ…: see GENERIC) may be left as they are, and
 *   so may lower-case ordinary words inside venue, address, place and name labels ("мотель" in
 *   мотель «Перехрестя», "біля школи" in будинок 14 біля школи); their capitalised words and digits
 *   must be covered.
 * - A direct ENTITY (one person, one phone, …, within one document) is protected only if every one
 *   of its mentions is covered. Quasi identifiers are scored per mention and per entity.
 * - Ordinary words are the letter/digit tokens outside every identifier label; a word is kept when
 *   no finding overlaps it. `keep` phrases are also scored on their own ("keep phrases kept").
 * - A false positive is a finding that overlaps no identifier label.
 */
import { performance } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { relative, resolve } from 'node:path';
import { isCommonWord } from '../lexicon/common-words.ts';
import { numberWord } from '../detectors/numwords.ts';
import { CORPUS_DIR, loadCorpus, LabelError, type CorpusDoc, type Label, type BenchLang } from './labels.ts';

const TARGETS = { direct: 0.995, quasi: 0.95, kept: 0.9, mbPerSec: 2 } as const;
const MIN_SECONDS = 3;

/** Words inside a label that identify nobody by themselves and may stay in the output. */
const GENERIC = new Set(
  [
    // uk
    'вул', 'вулиця', 'вулиці', 'вулицю', 'вулицею', 'проспект', 'проспекті', 'проспекту', 'просп',
    'пров', 'провулок', 'провулку', 'буд', 'будинок', 'кв', 'квартира', 'сауна', 'сауні', 'сауну',
    'готель', 'готелі', 'готелю', 'кафе', 'клуб', 'клубі', 'клубу', 'село', 'селі', 'села', 'смт',
    'місто', 'місті', 'року', 'рік', 'роки', 'років', 'серії', 'серія', 'номер',
    // ru
    'ул', 'улица', 'улице', 'улицу', 'улицей', 'улицы', 'проспекте', 'д', 'дом', 'гостиница',
    'гостинице', 'гостиницы', 'посёлок', 'поселок', 'посёлке', 'поселке', 'г', 'года', 'год', 'лет',
    'летняя', 'летний', 'серии', 'серия',
    // en
    'street', 'st', 'avenue', 'ave', 'road', 'flat', 'apt', 'hotel', 'club', 'cafe', 'café', 'sauna',
    's', 'the', 'village', 'aged', 'years', 'year', 'old', 'series', 'no', 'dr', 'mr', 'ms', 'mrs',
    'bar', 'miss', 'of', 'town',
    // abbreviations of settlement words and legal forms of a business (м. Олександрія, ТОВ «…»)
    'м', 'с', 'ТОВ', 'ПП', 'ФОП', 'ООО', 'ИП', 'ЧП', 'LLC', 'Ltd', 'АЗС', 'ТЦ', 'ТРЦ', 'СТО', 'spa',
    'motel', 'hostel', 'shop', 'store', 'pharmacy', 'salon', 'pub', 'restaurant', 'market', 'station',
    'school', 'lyceum', 'gymnasium', 'kindergarten', 'clinic', 'studio',
    // type words that open a sentence or are colloquial (ЖК = residential complex, масажка = massage parlour)
    'жк', 'дк', 'садочок', 'садочка', 'садочку', 'гімназія', 'гімназії', 'гимназия', 'гимназии', 'масажка', 'масажки',
    'масажку', 'массажка', 'массажки', 'массажку',
    // titles and ranks, in every language: they stay beside the pseudonym (Sergeant Holub → Sergeant Hale)
    'пан', 'пані', 'панові', 'господин', 'госпожа', 'сержант', 'сержанта', 'сержантом', 'лейтенант',
    'лейтенанта', 'лейтенантом', 'капітан', 'капітана', 'капитан', 'капитана', 'майор', 'майора', 'полковник',
    'прапорщик', 'інспектор', 'инспектор', 'sergeant', 'lieutenant', 'captain', 'major', 'colonel', 'officer',
    'inspector', 'detective', 'constable',
  ].map((w) => w.toLowerCase()),
);

const TOKEN = /[\p{L}\p{N}]+(?:['’ʼ](?!s(?![\p{L}]))[\p{L}]+)*/gu;
/** Labels whose lower-case ordinary words (type words, prepositions, "поверх") may stay. */
const LOWER_GENERIC_KINDS = new Set(['venue', 'address', 'place', 'name']);

interface Finding {
  kind: string;
  start: number;
  end: number;
  replacement: string;
  text?: string;
}
type AnonymizeText = (text: string, opts: { lang: BenchLang }) => { text: string; findings: Finding[] };

interface MentionResult {
  file: string;
  line: number;
  kind: string;
  entity: string;
  text: string;
  covered: boolean;
  /** The letter/digit runs of the mention left uncovered. */
  missed: string[];
}
interface FP {
  file: string;
  kind: string;
  text: string;
}
interface Tally {
  docs: number;
  docsWithLeak: number;
  directMentions: number;
  directMentionsCovered: number;
  directEntities: number;
  directEntitiesProtected: number;
  quasiMentions: number;
  quasiMentionsCovered: number;
  quasiEntities: number;
  quasiEntitiesProtected: number;
  words: number;
  wordsKept: number;
  keepPhrases: number;
  keepPhrasesKept: number;
  findings: number;
  falsePositives: number;
  verbatimInOutput: number;
  errors: number;
}

const emptyTally = (): Tally => ({
  docs: 0, docsWithLeak: 0, directMentions: 0, directMentionsCovered: 0, directEntities: 0,
  directEntitiesProtected: 0, quasiMentions: 0, quasiMentionsCovered: 0, quasiEntities: 0,
  quasiEntitiesProtected: 0, words: 0, wordsKept: 0, keepPhrases: 0, keepPhrasesKept: 0, findings: 0,
  falsePositives: 0, verbatimInOutput: 0, errors: 0,
});

function add(into: Tally, t: Tally): void {
  for (const k of Object.keys(into) as (keyof Tally)[]) into[k] += t[k];
}

interface Out {
  all: MentionResult[];
  leaks: MentionResult[];
  quasiMisses: MentionResult[];
  fps: FP[];
  verbatim: MentionResult[];
  bad: string[];
  keepLost: { file: string; line: number; text: string; kind: string; found: string }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function scoreDoc(
  doc: CorpusDoc,
  result: { text: string; findings: Finding[] } | undefined,
  out: Out,
): Tally {
  const t = emptyTally();
  t.docs = 1;
  const text = doc.text;
  const findings: Finding[] = [];
  for (const f of result?.findings ?? []) {
    const ok = Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= text.length && f.start < f.end;
    if (!ok) {
      out.bad.push(`${doc.file}: finding ${f.kind} [${f.start}, ${f.end}) is outside the text`);
      continue;
    }
    if (f.replacement === text.slice(f.start, f.end)) continue; // a no-op protects nothing
    findings.push(f);
  }
  t.findings = findings.length;
  const covered = new Uint8Array(text.length);
  for (const f of findings) covered.fill(1, f.start, f.end);
  const touches = (s: number, e: number) => findings.some((f) => f.start < e && s < f.end);

  const idLabels = doc.labels.filter((l) => l.class !== 'keep');
  const mention = (l: Label): MentionResult => {
    const missed: string[] = [];
    let significant = 0;
    for (const m of l.text.matchAll(TOKEN)) {
      if (GENERIC.has(m[0].toLowerCase())) continue;
      // "мотель «Перехрестя»", "будинок 14 біля школи": lower-case ordinary words beside a name identify nobody
      // (a number in words is no type word: "ліцей номер вісім", "сорок два")
      if (LOWER_GENERIC_KINDS.has(l.kind) && /^\p{Ll}/u.test(m[0]) && isCommonWord(m[0]) && !numberWord(m[0])) continue;
      // "Ресторан «Ностальжи»" opening a sentence: the type word before a quoted name identifies nobody
      if (l.kind === 'venue' && m.index === 0 && isCommonWord(m[0]) && /^\S+\s+[«"„“]/u.test(l.text)) continue;
      significant++;
      const s = l.start + m.index!;
      let run = '';
      for (let i = s; i < s + m[0].length; i++) {
        if (!covered[i]) run += text[i];
        else if (run) (missed.push(run), (run = ''));
      }
      if (run) missed.push(run);
    }
    if (significant === 0) for (let i = l.start; i < l.end; i++) if (!covered[i]) missed.push(text[i]);
    return { file: doc.file, line: l.line, kind: l.kind, entity: l.entity, text: l.text, covered: missed.length === 0, missed };
  };

  const entities = new Map<string, { cls: 'direct' | 'quasi'; ok: boolean }>();
  for (const l of idLabels) {
    const r = mention(l);
    out.all.push(r);
    const cls = l.class as 'direct' | 'quasi';
    const e = entities.get(l.entity) ?? { cls, ok: true };
    e.ok &&= r.covered;
    entities.set(l.entity, e);
    if (cls === 'direct') {
      t.directMentions++;
      if (r.covered) t.directMentionsCovered++;
      else out.leaks.push(r);
    } else {
      t.quasiMentions++;
      if (r.covered) t.quasiMentionsCovered++;
      else out.quasiMisses.push(r);
    }
    // cross-check: a mention the findings cover should not still appear verbatim in the output, more
    // often than the same word appears unlabelled in the input (a kept trap: "Слава богу" beside Слава)
    if (cls === 'direct' && r.covered && result && l.text.length >= 4) {
      const esc = l.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const word = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'gu');
      const unlabelled = [...doc.text.matchAll(word)].filter((m) => !doc.labels.some((x) => x.start <= m.index! && m.index! < x.end)).length;
      if ((result.text.match(word)?.length ?? 0) > unlabelled) {
        t.verbatimInOutput++;
        out.verbatim.push(r);
      }
    }
  }
  for (const e of entities.values()) {
    if (e.cls === 'direct') {
      t.directEntities++;
      if (e.ok) t.directEntitiesProtected++;
    } else {
      t.quasiEntities++;
      if (e.ok) t.quasiEntitiesProtected++;
    }
  }
  if (t.directMentionsCovered < t.directMentions) t.docsWithLeak = 1;

  // ordinary words: tokens outside every identifier label
  const inLabel = new Uint8Array(text.length);
  for (const l of idLabels) inLabel.fill(1, l.start, l.end);
  for (const m of text.matchAll(TOKEN)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (inLabel.subarray(s, e).some((x) => x)) continue;
    t.words++;
    if (!touches(s, e)) t.wordsKept++;
  }
  for (const l of doc.labels) {
    if (l.class !== 'keep') continue;
    t.keepPhrases++;
    const hit = findings.find((f) => f.start < l.end && l.start < f.end);
    if (!hit) t.keepPhrasesKept++;
    else out.keepLost.push({ file: doc.file, line: l.line, text: l.text, kind: hit.kind, found: text.slice(hit.start, hit.end) });
  }
  for (const f of findings) {
    if (idLabels.some((l) => l.start < f.end && f.start < l.end)) continue;
    t.falsePositives++;
    out.fps.push({ file: doc.file, kind: f.kind, text: text.slice(f.start, f.end) });
  }
  return t;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  // --corpus <dir> (or --corpus=<dir>): benchmark another corpus laid out as <dir>/{uk,ru,en}/*.md
  const argv = process.argv.slice(2);
  let corpusArg: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--corpus') {
      corpusArg = argv[i + 1];
      if (!corpusArg || corpusArg.startsWith('--')) {
        console.error('--corpus needs a folder, e.g. --corpus scripts/anonymize/bench/heldout');
        process.exit(1);
      }
    } else if (argv[i].startsWith('--corpus=')) corpusArg = argv[i].slice('--corpus='.length);
  }
  const corpusDir = corpusArg ? resolve(corpusArg) : CORPUS_DIR;
  const corpusName = relative(process.cwd(), corpusDir) || '.';
  if (!existsSync(corpusDir)) {
    console.error(`Corpus folder not found: ${corpusDir}\nGive a folder that holds uk/, ru/ and en/ subfolders of labelled .md files.`);
    process.exit(1);
  }
  let docs: CorpusDoc[];
  try {
    docs = loadCorpus(corpusDir);
  } catch (e) {
    if (e instanceof LabelError) {
      console.error(`Corpus error in ${e.file}, line ${e.line}: ${e.problem}\nFix the label markup in that file and run again.`);
      process.exit(1);
    }
    throw e;
  }
  if (docs.length === 0) {
    console.error(`No labelled documents in ${corpusDir}: expected .md files in its uk/, ru/ and en/ subfolders.`);
    process.exit(1);
  }

  // BENCH_PIPELINE=path/to/other.ts benchmarks another implementation with the same signature.
  const pipelinePath = process.env.BENCH_PIPELINE
    ? resolve(process.env.BENCH_PIPELINE)
    : fileURLToPath(new URL('../pipeline.ts', import.meta.url));
  if (!existsSync(pipelinePath)) {
    console.error(`The anonymizer pipeline is missing: ${pipelinePath}\nThe benchmark needs anonymizeText() from it. Run again once it exists.`);
    process.exit(1);
  }
  const t0 = performance.now();
  const mod = (await import(pathToFileURL(pipelinePath).href)) as { anonymizeText?: AnonymizeText };
  const loadMs = performance.now() - t0;
  const anonymizeText = mod.anonymizeText;
  if (typeof anonymizeText !== 'function') {
    console.error(`${pipelinePath} does not export a function anonymizeText(text, { lang }).`);
    process.exit(1);
  }

  // ---- accuracy ----
  const out: Out = { all: [], leaks: [], quasiMisses: [], fps: [], verbatim: [], bad: [], keepLost: [] };
  const errors: string[] = [];
  const perLang: Record<BenchLang, Tally> = { uk: emptyTally(), ru: emptyTally(), en: emptyTally() };
  const byKind = new Map<string, { total: number; covered: number }>();
  for (const doc of docs) {
    let result: { text: string; findings: Finding[] } | undefined;
    try {
      result = anonymizeText(doc.text, { lang: doc.lang });
    } catch (e) {
      errors.push(`${doc.file}: anonymizeText threw: ${(e as Error).message}`);
    }
    const t = scoreDoc(doc, result, out);
    if (!result) t.errors = 1;
    add(perLang[doc.lang], t);
  }
  for (const m of out.all) {
    const k = byKind.get(m.kind) ?? { total: 0, covered: 0 };
    k.total++;
    if (m.covered) k.covered++;
    byKind.set(m.kind, k);
  }
  const overall = emptyTally();
  for (const t of Object.values(perLang)) add(overall, t);

  // ---- throughput ----
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  const runAll = () => {
    for (const d of docs) {
      try {
        anonymizeText(d.text, { lang: d.lang });
      } catch {
        /* reported above */
      }
    }
  };
  runAll(); // warm-up (the accuracy pass was the first)
  let rounds = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_SECONDS * 1000) {
    runAll();
    rounds++;
    elapsed = performance.now() - start;
  }
  const mbPerSec = (bytes * rounds) / 1e6 / (elapsed / 1000);
  // The same text as one long document per language (a long transcript): time must grow with length, not faster.
  const joined = (['uk', 'ru', 'en'] as const).map((lang) => ({ lang, text: docs.filter((d) => d.lang === lang).map((d) => d.text).join('\n\n') }));
  const longStart = performance.now();
  for (const d of joined) if (d.text) anonymizeText(d.text, { lang: d.lang });
  const longSeconds = (performance.now() - longStart) / 1000;
  const longMbPerSec = bytes / 1e6 / longSeconds;

  // ---- report ----
  const figures = (t: Tally) => ({
    docs: t.docs,
    directEntityRecall: ratio(t.directEntitiesProtected, t.directEntities),
    directEntities: [t.directEntitiesProtected, t.directEntities],
    directMentionRecall: ratio(t.directMentionsCovered, t.directMentions),
    directMentions: [t.directMentionsCovered, t.directMentions],
    quasiMentionRecall: ratio(t.quasiMentionsCovered, t.quasiMentions),
    quasiMentions: [t.quasiMentionsCovered, t.quasiMentions],
    quasiEntityRecall: ratio(t.quasiEntitiesProtected, t.quasiEntities),
    quasiEntities: [t.quasiEntitiesProtected, t.quasiEntities],
    wordsKept: ratio(t.wordsKept, t.words),
    words: [t.wordsKept, t.words],
    keepPhrasesKept: [t.keepPhrasesKept, t.keepPhrases],
    docsWithLeak: ratio(t.docsWithLeak, t.docs),
    docsWithLeakCount: [t.docsWithLeak, t.docs],
    findings: t.findings,
    falsePositives: t.falsePositives,
    directVerbatimInOutput: t.verbatimInOutput,
    errors: t.errors,
  });
  const ov = figures(overall);
  const targets = {
    direct: { target: TARGETS.direct, value: ov.directEntityRecall, pass: ov.directEntityRecall >= TARGETS.direct },
    quasi: { target: TARGETS.quasi, value: ov.quasiMentionRecall, pass: ov.quasiMentionRecall >= TARGETS.quasi },
    kept: { target: TARGETS.kept, value: ov.wordsKept, pass: ov.wordsKept >= TARGETS.kept },
    throughput: { target: TARGETS.mbPerSec, value: mbPerSec, pass: mbPerSec >= TARGETS.mbPerSec },
  };
  const fpGroups = new Map<string, { kind: string; text: string; count: number; files: Set<string> }>();
  for (const f of out.fps) {
    const key = `${f.kind}\u0000${f.text}`;
    const g = fpGroups.get(key) ?? { kind: f.kind, text: f.text, count: 0, files: new Set<string>() };
    g.count++;
    g.files.add(f.file);
    fpGroups.set(key, g);
  }
  const fpTop = [...fpGroups.values()].sort((a, b) => b.count - a.count);

  if (json) {
    console.log(JSON.stringify({
      corpus: { dir: corpusName, docs: docs.length, bytes },
      overall: ov,
      perLang: Object.fromEntries(Object.entries(perLang).map(([k, t]) => [k, figures(t)])),
      byKind: Object.fromEntries([...byKind].map(([k, v]) => [k, { ...v, recall: ratio(v.covered, v.total) }])),
      throughput: { mbPerSec, rounds, seconds: elapsed / 1000, bytesPerRound: bytes, loadMs, longDocuments: { mbPerSec: longMbPerSec, seconds: longSeconds } },
      targets,
      leaks: out.leaks,
      quasiMisses: out.quasiMisses,
      falsePositives: fpTop.map((g) => ({ kind: g.kind, text: g.text, count: g.count, files: [...g.files] })),
      directVerbatimInOutput: out.verbatim,
      keepPhrasesTouched: out.keepLost,
      invalidFindings: out.bad,
      errors,
    }, null, 2));
    return;
  }

  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const pf = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  const frac = ([a, b]: number[]) => `${a}/${b}`;
  const lines: string[] = [];
  const p = (s = '') => lines.push(s);
  p(`Anonymizer benchmark — ${docs.length} documents, ${(bytes / 1000).toFixed(1)} kB, corpus ${corpusName}`);
  p();
  p('                       ' + ['uk', 'ru', 'en', 'all'].map((s) => s.padStart(18)).join(''));
  const row = (name: string, f: (x: ReturnType<typeof figures>) => string) =>
    p(name.padEnd(23) + [...Object.values(perLang).map(figures), ov].map((x) => f(x).padStart(18)).join(''));
  row('direct entities', (x) => `${pct(x.directEntityRecall)} ${frac(x.directEntities)}`);
  row('direct mentions', (x) => `${pct(x.directMentionRecall)} ${frac(x.directMentions)}`);
  row('quasi mentions', (x) => `${pct(x.quasiMentionRecall)} ${frac(x.quasiMentions)}`);
  row('quasi entities', (x) => `${pct(x.quasiEntityRecall)} ${frac(x.quasiEntities)}`);
  row('ordinary words kept', (x) => `${pct(x.wordsKept)} ${frac(x.words)}`);
  row('keep phrases kept', (x) => frac(x.keepPhrasesKept));
  row('docs with a leak', (x) => `${pct(x.docsWithLeak)} ${frac(x.docsWithLeakCount)}`);
  row('false positives', (x) => `${x.falsePositives}/${x.findings}`);
  p();
  p('Recall by kind (mentions): ' + [...byKind].sort((a, b) => b[1].total - a[1].total).map(([k, v]) => `${k} ${v.covered}/${v.total}`).join(', '));
  p();
  p(`Throughput: ${mbPerSec.toFixed(2)} MB/s on one core (${rounds} rounds × ${(bytes / 1000).toFixed(1)} kB in ${(elapsed / 1000).toFixed(2)} s); module load ${loadMs.toFixed(0)} ms`);
  p(`Long documents: ${longMbPerSec.toFixed(2)} MB/s (the corpus as one document per language, ${(longSeconds * 1000).toFixed(0)} ms)`);
  p();
  p('Targets:');
  p(`  ${pf(targets.direct.pass)}  direct entity recall ${pct(targets.direct.value)} (target ≥ ${pct(TARGETS.direct)})`);
  p(`  ${pf(targets.quasi.pass)}  quasi mention recall ${pct(targets.quasi.value)} (target ≥ ${pct(TARGETS.quasi)})`);
  p(`  ${pf(targets.kept.pass)}  ordinary words kept ${pct(targets.kept.value)} (target ≥ ${pct(TARGETS.kept)})`);
  p(`  ${pf(targets.throughput.pass)}  throughput ${mbPerSec.toFixed(2)} MB/s (target ≥ ${TARGETS.mbPerSec} MB/s)`);
  const show = (title: string, list: MentionResult[], max: number) => {
    if (!list.length) return;
    p();
    p(`${title} (${list.length}${list.length > max ? `, first ${max}` : ''}):`);
    for (const m of list.slice(0, max)) {
      const part = m.missed.join(' ') === m.text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim() ? '' : `  (left: ${m.missed.join(' ')})`;
      p(`  ${m.file}:${m.line}  ${m.kind.padEnd(10)} "${m.text}"${part}`);
    }
  };
  show('Leaked direct mentions', out.leaks, Number(process.env.BENCH_SHOW ?? 80));
  show('Missed quasi mentions', out.quasiMisses, Number(process.env.BENCH_SHOW ?? 40));
  if (fpTop.length) {
    p();
    p(`False positives (${out.fps.length} findings, ${fpTop.length} distinct; top 25):`);
    for (const g of fpTop.slice(0, 25)) p(`  ${String(g.count).padStart(3)}×  ${g.kind.padEnd(10)} "${g.text}"  (${[...g.files].slice(0, 3).join(', ')})`);
  }
  if (out.keepLost.length) {
    p();
    p(`Keep phrases touched (${out.keepLost.length}):`);
    for (const k of out.keepLost.slice(0, 30)) p(`  ${k.file}:${k.line}  "${k.text}"  → finding ${k.kind} "${k.found}"`);
  }
  show('Covered by findings but still verbatim in the output text (findings and output disagree)', out.verbatim, 20);
  if (out.bad.length) {
    p();
    p(`Invalid findings (${out.bad.length}):`);
    for (const b of out.bad.slice(0, 10)) p(`  ${b}`);
  }
  if (errors.length) {
    p();
    p(`Errors (${errors.length}):`);
    for (const e of errors) p(`  ${e}`);
  }
  console.log(lines.join('\n'));
}

await main();
