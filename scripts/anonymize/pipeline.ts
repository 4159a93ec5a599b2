/**
 * The anonymizer's core: run every detector, drop what the allowlists permit, keep one span per
 * stretch of text, choose replacements and rewrite the text.
 */
import { ANONYMIZER_ALLOWLIST, type Lang } from '../../src/data/site.ts';
import { DETECTORS, KIND_PRIORITY, NETS } from './detectors/index.ts';
import { PLACEHOLDERS } from './placeholders.ts';
import { createPseudonymRegistry } from './pseudonyms.ts';
import { CP_LETTER, CP_MARK, CP_UPPER, codePointClass, lowerCaseText } from './lexicon/scan.ts';
import { namesACourt, namesARegion } from './lexicon/known-proper-nouns.ts';
import { analyseName, opensIdiom } from './detectors/names.ts';
import { isCommonWord } from './lexicon/common-words.ts';
import { writtenInLowerCase } from './detectors/lower-case-names.ts';
import { readAsTyped } from './ocr.ts';
import {
  classOf, type Allowlist, type DetectContext, type DocumentSettings, type Finding, type PseudonymRegistry, type Span,
} from './types.ts';

/** Spans below this confidence are listed for review but not replaced. */
export const REPLACE_THRESHOLD = 0.5;

export interface AnonymizeOptions {
  lang: Lang;
  settings?: DocumentSettings;
  /** Extra allow entries (a document's reviewed false positives). The site allowlist always applies. */
  allow?: Partial<Allowlist>;
  pseudonyms?: PseudonymRegistry;
  /**
   * Run the nets too (default true). The leak scan of the built site turns them off: it reads
   * fragments of pages (titles joined to the site name, button labels, meta values) where capitals
   * mean nothing, and every piece of prose in them already passed the nets at the gate.
   */
  nets?: boolean;
  /**
   * Lower-cased words no pseudonym may take any form of; default: the words of `text`. A document
   * passes the words of the whole file, so its title and body share one set.
   */
  avoidWords?: ReadonlySet<string>;
}

/** An allow entry that actually suppressed something, so the CLI can log it. */
export interface AppliedAllow {
  phrase: string;
  line: number;
  column: number;
}

export interface AnonymizeResult {
  text: string;
  findings: Finding[];
  allowed: AppliedAllow[];
}

const PRIORITY = new Map(KIND_PRIORITY.map((k, i) => [k, i]));

/**
 * Detect identifiers without changing anything.
 * @example scanText('Дзвони 067 123 45 67', { lang: 'uk' })[0].kind → 'phone'
 */
export function scanText(text: string, opts: AnonymizeOptions): Finding[] {
  return analyse(text, opts).findings;
}

/**
 * Replace every identifier found in `text`.
 * @example anonymizeText('Дзвони 067 123 45 67', { lang: 'uk' }).text → 'Дзвони [номер телефону]'
 */
export function anonymizeText(text: string, opts: AnonymizeOptions): AnonymizeResult {
  const { findings, allowed } = analyse(text, opts);
  return { text: applyFindings(text, findings), findings, allowed };
}

/** Detect, with the allow entries that were used: what anonymizeText does before rewriting. */
export function analyseText(text: string, opts: AnonymizeOptions): { findings: Finding[]; allowed: AppliedAllow[] } {
  return analyse(text, opts);
}

/** Rewrite `text` with the findings' replacements (non-overlapping, any order); unsure ones are left. */
export function applyFindings(text: string, findings: readonly Finding[]): string {
  let out = '';
  let pos = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if ((f.confidence ?? 1) < REPLACE_THRESHOLD || f.start < pos) continue;
    out += text.slice(pos, f.start) + f.replacement;
    pos = f.end;
  }
  out += text.slice(pos);
  return out;
}

/**
 * The lower-cased words of a text: what its pseudonyms must not look like. The matches of
 * /\p{L}[\p{L}\p{M}']*\/gu in the lower-cased text with ʼ and ’ read as ' (as the regex version
 * of this function did), found by one pass over code points: a word starts at a letter and takes
 * the letters, marks and apostrophes after it. (The lower-cased text is the one findAllowed made.)
 */
export function wordsOf(text: string): Set<string> {
  const lower = lowerCaseText(text);
  const out = new Set<string>();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let cp = lower.charCodeAt(i);
    let w = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) ({ cp, w } = pair(lower, i, cp));
    if (wordCharKind(cp) !== WORD_LETTER) {
      i += w;
      continue;
    }
    const start = i;
    let curly = false;
    i += w;
    while (i < n) {
      cp = lower.charCodeAt(i);
      w = 1;
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) ({ cp, w } = pair(lower, i, cp));
      const kind = wordCharKind(cp);
      if (kind === WORD_OTHER) break;
      if (cp === 0x2bc || cp === 0x2019) curly = true;
      i += w;
    }
    const word = lower.slice(start, i);
    out.add(curly ? word.replace(/[ʼ’]/g, "'") : word);
  }
  return out;
}
function pair(s: string, i: number, hi: number): { cp: number; w: number } {
  const lo = s.charCodeAt(i + 1);
  return lo >= 0xdc00 && lo <= 0xdfff ? { cp: (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000, w: 2 } : { cp: hi, w: 1 };
}
const WORD_OTHER = 1;
const WORD_LETTER = 2;
const WORD_INNER = 3;
/** WORD_LETTER (\p{L}), WORD_INNER (\p{M}, or an apostrophe ' ʼ ’) or WORD_OTHER. */
function wordCharKind(cp: number): number {
  // ʼ is a letter (Lm) to \p{L}, but the words are read with it turned into '
  if (cp === 39 || cp === 0x2bc || cp === 0x2019) return WORD_INNER;
  const c = codePointClass(cp);
  return c & CP_LETTER ? WORD_LETTER : c & CP_MARK ? WORD_INNER : WORD_OTHER;
}

/**
 * The registry, with every request told which words the document already uses. The words are
 * collected on the first request only: most texts (page fragments in the leak scan, texts with no
 * names) never ask for a pseudonym.
 */
function avoiding(registry: PseudonymRegistry, words: () => ReadonlySet<string>): PseudonymRegistry {
  let avoid: ReadonlySet<string> | undefined;
  return {
    pseudonymFor: (entity, hint) => registry.pseudonymFor(entity, { ...hint, avoid: (avoid ??= words()) }),
    used: () => registry.used(),
  };
}

/** Merge the site allowlist with a document's own entries. */
export function mergeAllow(extra?: Partial<Allowlist>): Allowlist {
  return {
    phones: [...ANONYMIZER_ALLOWLIST.phones, ...(extra?.phones ?? [])],
    phrases: [...ANONYMIZER_ALLOWLIST.phrases, ...(extra?.phrases ?? [])].filter((p) => p.trim().length > 0),
  };
}

function analyse(source: string, opts: AnonymizeOptions): { findings: Finding[]; allowed: AppliedAllow[] } {
  // The detectors read OCR look-alikes put back ("М0лодежная" as "Молодежная"); same length, same offsets.
  const text = readAsTyped(source);
  const allow = mergeAllow(opts.allow);
  const ctx: DetectContext = {
    lang: opts.lang,
    allow,
    settings: { keepMajorCities: false, keepCountries: true, ...opts.settings },
    pseudonyms: avoiding(opts.pseudonyms ?? createPseudonymRegistry(), () => opts.avoidWords ?? wordsOf(text)),
  };
  const lines = lineStarts(text);
  const allowRanges = findAllowed(text, allow.phrases);
  const allowed: AppliedAllow[] = [];
  const usedAllow = new Set<number>();

  const spans: Span[] = [];
  /** Stretches the allowlist keeps (the hotline numbers): the nets must leave them alone too. */
  const kept: Span[] = allowRanges.map((r) => ({ kind: 'name', start: r.start, end: r.end }));
  const collect = (found: Span[]) => {
    for (const s of found) {
      if (s.end <= s.start || s.start < 0 || s.end > text.length) continue;
      if (s.kind === 'phone' && s.entity && allow.phones.includes(s.entity)) {
        kept.push(s);
        continue;
      }
      // "Київської області": an oblast is region-level already, and no name, place or street
      if ((s.kind === 'name' || s.kind === 'place' || s.kind === 'address') && namesARegion(text, s.start, s.end)) continue;
      // "Кропивницькому апеляційному суді": a region-level court or prosecutor's office is a public institution, kept
      if ((s.kind === 'name' || s.kind === 'place') && namesACourt(text, s.start, s.end)) continue;
      const a = allowRanges.findIndex((r) => s.start >= r.start && s.end <= r.end);
      if (a >= 0) {
        usedAllow.add(a);
        continue;
      }
      spans.push(s);
    }
  };
  for (const detect of DETECTORS) collect(detect(text, ctx));
  // The nets read what the detectors left; allowed phrases count as claimed, so they stay untouched.
  const claimed = [...spans.filter((s) => (s.confidence ?? 1) >= REPLACE_THRESHOLD), ...kept].sort((a, b) => a.start - b.start);
  if (opts.nets !== false) for (const net of NETS) collect(net(text, { ...ctx, claimed }));
  // What was found once is found everywhere: "Бес" at a sentence start, after "по кличке «Бес»".
  collect(otherMentions(text, spans, opts.lang));
  for (const i of [...usedAllow].sort((x, y) => allowRanges[x]!.start - allowRanges[y]!.start)) {
    const r = allowRanges[i]!;
    allowed.push({ phrase: r.phrase, ...position(lines, r.start) });
  }

  // Replaceable spans first, so a long unsure span never hides a sure one inside it.
  const sure = resolveOverlaps(spans.filter((s) => (s.confidence ?? 1) >= REPLACE_THRESHOLD), []);
  const all = resolveOverlaps(spans.filter((s) => (s.confidence ?? 1) < REPLACE_THRESHOLD), sure);

  const findings = all
    .sort((a, b) => a.start - b.start)
    .map((s): Finding => ({
      ...s,
      class: classOf(s.kind),
      text: source.slice(s.start, s.end),
      replacement: s.replacement ?? PLACEHOLDERS[opts.lang][s.kind],
      ...position(lines, s.start),
    }));
  return { findings, allowed };
}

const SPREAD_KINDS = new Set(['name', 'venue', 'place', 'number', 'badge', 'plate', 'passport']);

// (hoisted: the tsx build turns a \p{…} regex literal into a new RegExp each time it is evaluated)
const CAPITAL_THEN_LETTERS = /^\p{Lu}\p{L}*$/u;
const STARTS_CAPITAL = /^\p{Lu}/u;
// (String.prototype.match starts a global regex at 0 and leaves it at 0: sharing it is safe)
const NAME_WORDS = /\p{Lu}[\p{L}'’ʼ-]+/gu;

/**
 * Every other occurrence of the exact text of a sure finding, as a whole word, with the same
 * replacement: a detector that recognised a name by its context once does not see it again where
 * that context is missing. Names, venues and places spread only when written with a capital.
 */
function otherMentions(text: string, spans: readonly Span[], lang: Lang): Span[] {
  const out: Span[] = [];
  const done = new Set<string>();
  let lower: boolean | undefined;
  const lowerText = () => (lower ??= writtenInLowerCase(text));
  // Where each capitalised run of letters starts, so a one-word piece needs no search of the whole
  // text: the first few pieces are searched for (capitalisedRunsAt), then one pass maps every run
  // (a long transcript asks about hundreds). Both give the same positions.
  let starts: Map<string, number[]> | undefined;
  let searched = 0;
  const occurrences = (piece: string): number[] => {
    if (!CAPITAL_THEN_LETTERS.test(piece)) {
      const at: number[] = [];
      for (let i = text.indexOf(piece); i >= 0; i = text.indexOf(piece, i + 1)) at.push(i);
      return at;
    }
    if (!starts && searched < 16) {
      searched++;
      return capitalisedRunsAt(text, piece);
    }
    if (!starts) {
      starts = new Map();
      const re = /\p{Lu}\p{L}*/gu;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const list = starts.get(m[0]);
        if (list) list.push(m.index);
        else starts.set(m[0], [m.index]);
      }
    }
    return starts.get(piece) ?? [];
  };
  for (const s of spans) {
    if (!SPREAD_KINDS.has(s.kind) || (s.confidence ?? 1) < REPLACE_THRESHOLD) continue;
    const t = text.slice(s.start, s.end);
    // a name's words spread one by one too: "Ли" alone, after "Ли Ен Хо"
    const pieces = s.kind === 'name' ? [t, ...(t.match(NAME_WORDS) ?? [])] : [t];
    for (const piece of pieces) {
      if (piece.length < 2 || done.has(piece)) continue;
      done.add(piece);
      if ((s.kind === 'name' || s.kind === 'venue' || s.kind === 'place') && !STARTS_CAPITAL.test(piece)) continue;
      for (const i of occurrences(piece)) {
        if ((i >= s.start && i < s.end) || WORD_CHAR.test(text.charAt(i - 1)) || WORD_CHAR.test(text.charAt(i + piece.length))) continue;
        if (s.kind === 'name' && opensIdiom(text, i, piece)) continue; // "Слава богу" beside a man called Слава
        if (text.charAt(i - 1) === '.' && INITIAL.test(piece)) continue; // an initial "M." is not the end of "LL.M."
        out.push({ ...s, start: i, end: i + piece.length, confidence: Math.min(s.confidence ?? 1, 0.75) });
      }
      if (s.kind === 'name' && CAPITAL_THEN_LETTERS.test(piece)) out.push(...inOtherCase(text, s, piece, lang, done, lowerText));
    }
  }
  return out;
}

/**
 * A surname found with a capital, written in a chat's lower case ("Діма Рибак" … "рибак, ну") or
 * in a heading's capitals ("КАПІТАН ЛИТВИН" … "литвин більше не дзвонить"), with the replacement
 * in the same case. A first name that is also an ordinary word (Надія, Роза, Rose) does not spread
 * this way: "надія" is hope. A piece that is itself an ordinary word (коваль, рибак, baker) spreads
 * to lower case only in a text written in lower case, like a chat, where nobody capitalises anything.
 */
function inOtherCase(text: string, s: Span, piece: string, lang: Lang, done: Set<string>, lowerText: () => boolean): Span[] {
  const out: Span[] = [];
  const title = piece.charAt(0) + piece.slice(1).toLowerCase();
  const readings = analyseName(title, lang);
  if (piece.length < 3 || readings.some((a) => a.part === 'first' && a.amb)) return out;
  const ordinary = isCommonWord(title) && !readings.some((a) => a.part === 'surname' && !a.amb);
  const forms: [string, (r: string) => string][] = [
    [piece.toLowerCase(), (r) => r.toLowerCase()],
    [piece.toUpperCase(), (r) => r.toUpperCase()],
  ];
  // (a word found in capitals, in title case too, unless it is an ordinary word: "OFFICE" is no reason to take "Office")
  if (!ordinary) forms.push([title, (r) => r.charAt(0) + r.slice(1).toLowerCase()]);
  for (const [form, recase] of forms) {
    if (form === piece || done.has(form)) continue;
    done.add(form);
    // (nor from a label's word: "**Клиентка:** С. Н. Лагода" is no reason to take "клиентка")
    if (form === piece.toLowerCase() && ordinary && (!lowerText() || LABEL_AFTER.test(text.slice(s.end, s.end + 4)))) continue;
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      if ((i >= s.start && i < s.end) || WORD_CHAR.test(text.charAt(i - 1)) || WORD_CHAR.test(text.charAt(i + form.length))) continue;
      if (opensIdiom(text, i, form)) continue;
      const replacement = s.replacement === undefined ? undefined : recase(s.replacement);
      out.push({ ...s, start: i, end: i + form.length, replacement, confidence: Math.min(s.confidence ?? 1, 0.75) });
    }
  }
  return out;
}
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const LABEL_AFTER = /^[*_]*:/;
const INITIAL = /^\p{Lu}\.$/u;

/**
 * Where a global scan of /\p{Lu}\p{L}*\/gu matches exactly `piece` (itself a capital and letters):
 * such a match starts at the first capital of a run of letters and takes the rest of the run, so
 * an occurrence counts when no letter follows it and no capital comes before it in its run.
 */
function capitalisedRunsAt(text: string, piece: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(piece); i >= 0; i = text.indexOf(piece, i + 1)) {
    const after = i + piece.length;
    if (after < text.length && letterKind(text.codePointAt(after)!) !== NOT_LETTER) continue;
    if (!capitalEarlierInRun(text, i)) at.push(i);
  }
  return at;
}

/** Whether the run of letters that ends just before `pos` holds a capital (code points, as the u flag reads them). */
function capitalEarlierInRun(text: string, pos: number): boolean {
  for (let q = pos - 1; q >= 0; q--) {
    let cp = text.charCodeAt(q);
    if (cp >= 0xdc00 && cp <= 0xdfff && q > 0) {
      const hi = text.charCodeAt(q - 1);
      if (hi >= 0xd800 && hi <= 0xdbff) {
        cp = (hi - 0xd800) * 0x400 + (cp - 0xdc00) + 0x10000;
        q--;
      }
    }
    const kind = letterKind(cp);
    if (kind === NOT_LETTER) return false;
    if (kind === CAPITAL) return true;
  }
  return false;
}

const NOT_LETTER = 1;
const LETTER = 2;
const CAPITAL = 3;
/** NOT_LETTER, LETTER or CAPITAL as /\p{L}/u and /\p{Lu}/u read the code point. */
function letterKind(cp: number): number {
  const c = codePointClass(cp);
  return c & CP_UPPER ? CAPITAL : c & CP_LETTER ? LETTER : NOT_LETTER;
}

/** Longest first, then the more specific kind, then the earlier start: deterministic. */
function resolveOverlaps(candidates: Span[], accepted: Span[]): Span[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      (PRIORITY.get(a.kind) ?? 99) - (PRIORITY.get(b.kind) ?? 99) ||
      a.start - b.start ||
      (b.confidence ?? 1) - (a.confidence ?? 1),
  );
  const out = [...accepted];
  // Accepted spans kept sorted by start for a binary-search overlap test.
  const starts = out.map((s) => s).sort((a, b) => a.start - b.start);
  for (const s of sorted) {
    if (overlapsAny(starts, s)) continue;
    out.push(s);
    insertSorted(starts, s);
  }
  return out;
}

function overlapsAny(sorted: Span[], s: Span): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < s.end) lo = mid + 1;
    else hi = mid;
  }
  // sorted[lo-1] is the last span starting before s.end; spans do not overlap each other, so only it can reach s.
  const prev = sorted[lo - 1];
  return !!prev && prev.end > s.start;
}

function insertSorted(sorted: Span[], s: Span): void {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  sorted.splice(lo, 0, s);
}

function findAllowed(text: string, phrases: readonly string[]): { start: number; end: number; phrase: string }[] {
  const out: { start: number; end: number; phrase: string }[] = [];
  if (phrases.length === 0) return out;
  const lower = lowerCaseText(text);
  for (const phrase of phrases) {
    const p = phrase.toLowerCase();
    for (let i = lower.indexOf(p); i >= 0; i = lower.indexOf(p, i + p.length)) out.push({ start: i, end: i + p.length, phrase });
  }
  return out;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset. */
export function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
