/**
 * Small shared pieces for detectors. JavaScript's \b only knows Latin letters, so word edges for
 * Cyrillic text are written as look-arounds on \p{L}/\p{N}.
 */
import type { Span, Kind } from '../types.ts';
import { CP_LETTER, codePointBefore, codePointClass, isUpperCode, scanWords, textWords } from '../lexicon/scan.ts';

/** Latin initials of Ukrainian letters take two letters (Ya. M., Yu. Pavlenko, Zh. K.): an alternation for regexes. */
export const LATIN_INITIAL_DIGRAPHS = 'Ya|Yu|Ye|Yi|Zh|Kh|Ts|Ch|Sh';

/** Not preceded by a letter, digit or underscore. */
export const WB = String.raw`(?<![\p{L}\p{N}_])`;
/** Not followed by a letter, digit or underscore. */
export const WE = String.raw`(?![\p{L}\p{N}_])`;

/** Ukrainian/Russian upper-case letters (for names after a marker word). */
export const UPPER = String.raw`\p{Lu}`;

/** Digits of a string, nothing else. @example digitsOf('067-123') → '067123' */
export function digitsOf(s: string): string {
  return s.replace(/\D+/g, '');
}

/** Collect spans for every match of a global regex; `pick` narrows the span to a group. */
export function spansFrom(
  re: RegExp,
  text: string,
  kind: Kind,
  build?: (m: RegExpExecArray) => Partial<Span> | null,
): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const extra = build ? build(m) : {};
    if (extra === null) continue;
    out.push({ kind, start: m.index, end: m.index + m[0].length, ...extra });
  }
  return out;
}

/** Start/end of capture group `g` of a match made with the `d` flag. */
export function groupRange(m: RegExpExecArray, g: number | string): [number, number] | null {
  const idx = (m as RegExpExecArray & { indices?: { [k: string]: [number, number] } & Array<[number, number]> }).indices;
  if (!idx) return null;
  const r = typeof g === 'number' ? idx[g] : idx.groups?.[g];
  return r ? [r[0], r[1]] : null;
}

/** Whether `re` matches within `window` characters before `pos`. */
export function contextBefore(text: string, pos: number, re: RegExp, window = 60): boolean {
  return re.test(text.slice(Math.max(0, pos - window), pos));
}

/** Luhn checksum, for bank cards. @example luhnValid('4111111111111111') → true */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** A copy of a global regex that matches only where lastIndex points (same pattern, same flags otherwise). */
export function sticky(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('g', '') + (re.flags.includes('y') ? '' : 'y'));
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Per UTF-16 code unit: 0 = not yet known, 1 = not a word character, 2 = a word character (as WORD_CHAR). */
const WORD_CODE = new Uint8Array(65536);
function isWordCode(c: number): boolean {
  let v = WORD_CODE[c]!;
  if (v === 0) {
    v = WORD_CHAR.test(String.fromCharCode(c)) ? 2 : 1;
    WORD_CODE[c] = v;
  }
  return v === 2;
}

/** Whether the code point before `pos` is a letter, a digit or _: what (?<![\p{L}\p{N}_]) refuses (u flag). */
export function wordCharBefore(text: string, pos: number): boolean {
  const cp = codePointBefore(text, pos);
  return cp >= 0 && (cp < 65536 ? isWordCode(cp) : WORD_CHAR.test(String.fromCodePoint(cp)));
}

/** Whether the code point before `pos` is a letter: what (?<![\p{L}]) refuses (u flag). */
export function letterBefore(text: string, pos: number): boolean {
  return pos > 0 && (codePointClass(codePointBefore(text, pos)) & CP_LETTER) !== 0;
}

/**
 * The next match of the global `re` at a start `refused` does not refuse: a global scan of `re`
 * with that test as a leading look-behind gives the same matches. (V8 tries a pattern that opens
 * with a look-behind at every position; without one it skips ahead to its possible first letters.)
 * Every match of `re` must be non-empty and start at a BMP character.
 */
export function execUnless(re: RegExp, text: string, refused: (text: string, at: number) => boolean): RegExpExecArray | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!refused(text, m.index)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * The matches a global scan of `re` would give, found faster: `re` (sticky, see sticky()) is only
 * tried at positions near a match of the cheap `trigger` (global, no look-behind), which every match
 * of `re` must contain within `back` characters of its start. With `starts: 'word'`, only word starts
 * in that window are tried (for patterns that begin with a not-after-a-letter look-behind);
 * with 'any', every position. Matches never overlap, exactly as with a global scan.
 */
export function scanTriggered(
  text: string,
  re: RegExp,
  trigger: RegExp,
  back: number,
  starts: 'word' | 'any',
  onMatch: (m: RegExpExecArray) => void,
): void {
  scanCandidates(text, re, candidateStarts(text, triggerPositions(text, trigger), back, starts), onMatch);
}

/** A run of digits: the trigger of the phone and date scans (one regex object, so its positions are shared). */
export const DIGIT_RUN = /\d+/g;

/** The trigger positions found in the last text, by trigger: see triggerPositions. */
let triggerText: string | undefined;
const triggerCache = new Map<RegExp, readonly number[]>();

/**
 * Where a global `trigger` matches in `text`. Several scans share a trigger (the digit runs of the
 * phone scans, the six digits of the document scans), so the positions of the text being read are
 * kept, one text at a time, and each trigger runs over it once. Do not modify the array returned.
 */
export function triggerPositions(text: string, trigger: RegExp): readonly number[] {
  if (text !== triggerText) {
    triggerText = text;
    triggerCache.clear();
  }
  let positions = triggerCache.get(trigger);
  if (!positions) {
    positions = scanTrigger(text, trigger);
    triggerCache.set(trigger, positions);
  }
  return positions;
}

function scanTrigger(text: string, trigger: RegExp): number[] {
  trigger.lastIndex = 0;
  const out: number[] = [];
  for (let t = trigger.exec(text); t; t = trigger.exec(text)) {
    if (t[0].length === 0) trigger.lastIndex++;
    out.push(t.index);
  }
  return out;
}

/** The positions scanTriggered tries for these trigger positions (ascending, no repeats). */
export function candidateStarts(text: string, positions: readonly number[], back: number, starts: 'word' | 'any'): number[] {
  const cand: number[] = [];
  let lastPushed = -1;
  for (const at of positions) {
    const from = Math.max(0, at - back, lastPushed + 1);
    for (let p = from; p <= at; p++) {
      if (starts === 'any' || p === 0 || p === at || !isWordCode(text.charCodeAt(p - 1))) cand.push(p);
    }
    lastPushed = Math.max(lastPushed, at);
  }
  return cand;
}

/**
 * Try the sticky `re` at each candidate position; matches never overlap, as with a global scan.
 * A candidate whose first code unit no match of `re` can begin with is not tried (see canStartAt):
 * most candidates are word starts before a trigger, and most words cannot open the pattern.
 */
export function scanCandidates(text: string, re: RegExp, cand: readonly number[], onMatch: (m: RegExpExecArray) => void): void {
  let lastEnd = 0;
  const first = firstUnitsOf(re);
  for (const p of cand) {
    if (p < lastEnd) continue;
    if (first && !canStartAt(first, text, p)) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (!m || m[0].length === 0) continue;
    lastEnd = p + m[0].length;
    onMatch(m);
  }
}

// ---- the first code units of a pattern ----------------------------------------------------------
//
// scanCandidates tries a sticky regex at many positions where it fails at once: a word start near a
// trigger that is not the pattern's first word. Each try is a call into the regex engine; a lookup
// in a table of "can a match begin with this code unit?" is far cheaper. The table is read off the
// pattern's source: the atoms a non-empty match can begin with (FIRST), skipping look-arounds and
// anchors (they only refuse more) and optional elements. Each code unit is then asked of those
// atoms once, by the regex engine itself (so the i flag's case folding, \p classes and the rest
// mean exactly what they mean in the pattern). The reading over-approximates: it may let a unit
// through that cannot start a match (that unit is merely tried, as before), never the reverse.
// Anything the reader does not know (a back-reference, the v flag, an odd escape) gives up: no table,
// every candidate tried.

interface FirstUnits {
  /** Per UTF-16 code unit: 0 not yet asked, 1 no match begins with it, 2 one may. */
  table: Uint8Array;
  /** ^(?:atom|atom|…) with the pattern's flags (but g, y, d): asked of one code unit at a time. */
  test: RegExp;
}
const FIRST_UNITS = new WeakMap<RegExp, FirstUnits | null>();

function firstUnitsOf(re: RegExp): FirstUnits | null {
  let f = FIRST_UNITS.get(re);
  if (f === undefined) {
    const atoms = re.flags.includes('v') ? null : firstAtoms(re.source);
    f = atoms && atoms.length > 0 ? { table: new Uint8Array(65536), test: new RegExp(`^(?:${[...new Set(atoms)].join('|')})`, re.flags.replace(/[gyd]/g, '')) } : null;
    FIRST_UNITS.set(re, f);
  }
  return f;
}

/** Whether a match may begin at `p`: its code unit is in the table; a surrogate (half a code point) always may. */
function canStartAt(f: FirstUnits, text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (!(c < 0xd800 || (c > 0xdfff && c <= 0xffff))) return true; // (a surrogate, or NaN at the end)
  let v = f.table[c]!;
  if (v === 0) {
    v = f.test.test(String.fromCharCode(c)) ? 2 : 1;
    f.table[c] = v;
  }
  return v === 2;
}

/**
 * The atoms (a literal character, an escape, a class, a dot) that a non-empty match of the pattern
 * can begin with, as source text; null when the source holds what this reader does not know.
 */
export function firstAtoms(src: string): string[] | null {
  const atoms: string[] = [];
  let i = 0;
  let failed = false;
  const fail = () => {
    failed = true;
    return false;
  };
  /** At '[': past the matching ']' (no nested classes without the v flag). */
  const skipClass = (): boolean => {
    i++;
    if (src[i] === '^') i++;
    if (src[i] === ']') i++; // (an empty class [] or []] in non-u syntax: let the engine read it)
    while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    if (i >= src.length) return fail();
    i++;
    return true;
  };
  /** An escape at i ('\\'): its length, or 0 when unknown (a back-reference, \k, \c…). */
  const escapeLength = (): number => {
    const c = src[i + 1];
    if (c === undefined) return 0;
    if ('dDwWsSnrtfv0'.includes(c)) return /[0-9]/.test(src[i + 2] ?? '') && c === '0' ? 0 : 2;
    if (c === 'p' || c === 'P') {
      const close = src.indexOf('}', i);
      return src[i + 2] === '{' && close > 0 ? close - i + 1 : 0;
    }
    if (c === 'x') return /^[0-9a-fA-F]{2}$/.test(src.slice(i + 2, i + 4)) ? 4 : 0;
    if (c === 'u') {
      if (src[i + 2] === '{') {
        const close = src.indexOf('}', i);
        return close > 0 ? close - i + 1 : 0;
      }
      return /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6)) ? 6 : 0;
    }
    if (c === 'b' || c === 'B') return -2; // zero-width
    if ('^$\\.*+?()[]{}|/-'.includes(c)) return 2;
    return 0;
  };
  /** Read a quantifier at i, if any: whether it allows zero repetitions. */
  const quantifier = (): { zero: boolean } | null => {
    const c = src[i];
    let zero: boolean;
    if (c === '?' || c === '*') {
      zero = true;
      i++;
    } else if (c === '+') {
      zero = false;
      i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(src.slice(i));
      if (!m) {
        fail();
        return null;
      }
      zero = Number(m[1]) === 0;
      i += m[0].length;
    } else return null;
    if (src[i] === '?') i++;
    return { zero };
  };
  /**
   * Read an alternation from i up to a ')' or the end, adding the FIRST atoms of each alternative
   * when `collect`; returns whether it can match the empty string.
   */
  const alternation = (collect: boolean): boolean => {
    let nullable = false;
    for (;;) {
      const altNullable = sequence(collect);
      if (failed) return false;
      nullable ||= altNullable;
      if (src[i] === '|') {
        i++;
        continue;
      }
      return nullable;
    }
  };
  /** Read one alternative (to '|', ')' or the end); returns whether it can match the empty string. */
  const sequence = (collect: boolean): boolean => {
    let nullable = true; // every element so far can match the empty string
    while (!failed && i < src.length && src[i] !== '|' && src[i] !== ')') {
      // (only while everything before can be empty does an element begin the match)
      const here = collect && nullable;
      const c = src[i]!;
      let atom: string | null = null;
      let elementNullable = false;
      if (c === '(') {
        let look = false;
        if (src.startsWith('(?:', i)) i += 3;
        else if (src.startsWith('(?=', i) || src.startsWith('(?!', i)) (i += 3), (look = true);
        else if (src.startsWith('(?<=', i) || src.startsWith('(?<!', i)) (i += 4), (look = true);
        else if (src.startsWith('(?<', i)) {
          const close = src.indexOf('>', i);
          if (close < 0) return fail();
          i = close + 1;
        } else if (src[i + 1] === '?') return fail();
        else i++;
        // (a look-around only refuses: it adds nothing to FIRST and consumes nothing)
        elementNullable = alternation(here && !look);
        if (failed) return false;
        if (src[i] !== ')') return fail();
        i++;
        if (look) {
          if (quantifier() || failed) return fail();
          continue;
        }
      } else if (c === '[') {
        const s = i;
        if (!skipClass()) return false;
        atom = src.slice(s, i);
      } else if (c === '\\' && /[1-9]/.test(src[i + 1] ?? '')) {
        // a back-reference: anything, or nothing when its group did not take part
        if (here) return fail();
        i += 2;
        while (/[0-9]/.test(src[i] ?? '')) i++;
        elementNullable = true;
      } else if (c === '\\') {
        const n = escapeLength();
        if (n === 0) return fail();
        if (n < 0) {
          // \b, \B: zero-width
          i -= n;
          if (quantifier() || failed) return fail();
          continue;
        }
        atom = src.slice(i, i + n);
        i += n;
      } else if (c === '^' || c === '$') {
        i++;
        if (quantifier() || failed) return fail();
        continue;
      } else if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') {
        return fail();
      } else {
        if (src.codePointAt(i)! > 0xffff) return fail();
        atom = c;
        i++;
      }
      const q = quantifier();
      if (failed) return false;
      if (q?.zero) elementNullable = true;
      if (here && atom !== null) atoms.push(atom);
      if (!elementNullable) nullable = false;
    }
    return !failed && nullable;
  };
  alternation(true);
  if (failed || i !== src.length) return null;
  return atoms;
}

/**
 * The matches a global scan of a pattern gives when every match of it starts a run of ASCII digits
 * (it begins with \d, and its look-behind refuses a digit before it): the sticky `re` is tried only
 * at the starts of the text's digit runs, found once per text and shared (triggerPositions).
 */
export function digitRunMatches(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  scanCandidates(text, re, triggerPositions(text, DIGIT_RUN), (m) => out.push(m));
  return out;
}

// Opening and closing quotes and brackets, list marks and arrows stand between a sentence's end and
// the next sentence's first word: «…законно?» Поверхнева …, "← Будова історії".
// (as char codes: every one is a single UTF-16 unit, and reading codes allocates no one-letter strings)
const SENT_SKIP = new Set([...' \t«»"“”„()[]*_#>—–-\u00a0\'‘’←→•·'].map((c) => c.charCodeAt(0)));
const SENT_END = new Set([...'.!?…\n:;|'].map((c) => c.charCodeAt(0)));

/** Whether the word at `start` begins a sentence, a line, a table cell or a list item. */
export function isSentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && SENT_SKIP.has(text.charCodeAt(i))) i--;
  if (i < 0) return true;
  return SENT_END.has(text.charCodeAt(i));
}

/** Whether [start, end) overlaps any span of the list. */
export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const s of spans) if (s.start < end && s.end > start) return true;
  return false;
}

/** The rule row under a Markdown table's header: |---|:--|. */
const TABLE_RULE = /^\s*\|?\s*:?-{2,}/;
export const isTableRule = (line: string): boolean => TABLE_RULE.test(line);

/** Where the header rows of Markdown tables are: a row of cells right above a rule row, its line break included. */
export function tableHeaderRows(text: string): [number, number][] {
  if (!text.includes('|') || !text.includes('--')) return [];
  const out: [number, number][] = [];
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*\|/.test(line) && isTableRule(lines[i + 1]!)) out.push([offset, offset + line.length + 1]);
    offset += line.length + 1;
  }
  return out;
}

/** Ranges sorted by start and merged where they overlap or touch, for inRanges(). */
export function mergeRanges(ranges: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Whether `at` falls in one of sorted, disjoint ranges (binary search: long texts have many). */
export function inRanges(ranges: readonly [number, number][], at: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo]![0] <= at;
}

/** Marks a six-letter prefix in a lookup of lower-case words: PREFIX + "поліце" for поліцейські. */
export const PREFIX = '\u0000';

export interface LowerSeen {
  has(key: string): boolean;
}

/**
 * Whether the text writes a word (or, with PREFIX, a word of 7+ letters beginning so) in lower
 * case outside what other detectors claimed ("skoryk" in an e-mail address says nothing). Looked up
 * only for the few capitalised words that ask, instead of collecting every word of the text.
 */
export function lowerCaseWords(text: string, claimedRanges: [number, number][]): LowerSeen {
  const memo = new Map<string, boolean>();
  const claimed = mergeRanges(claimedRanges);
  const inClaimed = (at: number) => inRanges(claimed, at);
  const isLetter = (c: string | undefined) => !!c && /[\p{L}'’ʼ]/u.test(c);
  // A few questions are answered by searching the text; after that, one pass collects every
  // lower-case word (a long transcript asks about hundreds of capitalised words).
  let words: Set<string> | undefined;
  const collect = (): Set<string> => {
    const set = new Set<string>();
    let ci = 0;
    const words = textWords(text);
    scanWords(text, (start, end, k) => {
      const c = text.charCodeAt(start);
      if (isUpperCode(c)) return;
      while (ci < claimed.length && claimed[ci]![1] <= start) ci++;
      if (ci < claimed.length && claimed[ci]![0] < end) return;
      const w = words.word(k);
      set.add(w);
      if (w.length >= 7) set.add(PREFIX + w.slice(0, 6));
    });
    return set;
  };
  return {
    has(key) {
      let hit = memo.get(key);
      if (hit !== undefined) return hit;
      if (memo.size >= 16) {
        words ??= collect();
        hit = words.has(key);
        memo.set(key, hit);
        return hit;
      }
      const prefix = key.startsWith(PREFIX);
      const needle = prefix ? key.slice(1) : key;
      hit = false;
      for (let at = text.indexOf(needle); at >= 0 && !hit; at = text.indexOf(needle, at + 1)) {
        if (isLetter(text[at - 1])) continue;
        const after = text[at + needle.length];
        if (prefix ? !isLetter(after) : isLetter(after) || after === '-') continue;
        if (!inClaimed(at)) hit = true;
      }
      memo.set(key, hit);
      return hit;
    },
  };
}

/** "місцевий" in the case and gender of an adjective made from a place name (Олександрійському → місцевому). */
const LOCAL: Record<'uk' | 'ru', [RegExp, string][]> = {
  uk: [[/[сцз]ькому$/, 'місцевому'], [/[сцз]ького$/, 'місцевого'], [/[сцз]ьким$/, 'місцевим'], [/[сцз]ький$/, 'місцевий'], [/[сцз]ькій$/, 'місцевій'], [/[сцз]ької$/, 'місцевої'], [/[сцз]ькою$/, 'місцевою'], [/[сцз]ьку$/, 'місцеву'], [/[сцз]ька$/, 'місцева'], [/[сцз]ьке$/, 'місцеве'], [/[сцз]ьких$/, 'місцевих'], [/[сцз]ьким$/, 'місцевим'], [/[сцз]ькі$/, 'місцеві']],
  ru: [[/[сц]ком$/, 'местном'], [/[сц]кого$/, 'местного'], [/[сц]кому$/, 'местному'], [/[сц]ким$/, 'местным'], [/[сц]кий$/, 'местный'], [/[сц]кой$/, 'местной'], [/[сц]кую$/, 'местную'], [/[сц]кая$/, 'местная'], [/[сц]кое$/, 'местное'], [/[сц]ких$/, 'местных'], [/[сц]кие$/, 'местные']],
};
export function localAdjective(lower: string, lang: 'uk' | 'ru'): string | undefined {
  if (lower.length < 7) return undefined;
  for (const [re, word] of LOCAL[lang]) if (re.test(lower)) return word;
  return undefined;
}

/** Nouns an adjective made from a place name usually qualifies: Знам'янському відділку, Смелянском РОВД. */
export const LOCAL_NOUN = /^(?:відділ|відділен|відділк|район|суд|лікарн|поліці|управлін|міськрад|рад[аиі]|ринк|ринок|вокзал|автовокзал|автостанц|сізо|ітт|тцк|вп|гунп|руп|рвп|упп|районн|міськрайонн|горрайонн|міжрайонн|межрайонн|міськ|городск|отдел|отделен|горотдел|райотдел|больниц|полици|управлен|рынк|рынок|ровд|овд|сизо|ивс|центр|цнап|шпитал|госпитал|прокуратур|міліці|милици|військкомат|военкомат|пункт|колон|тюрм|в['’ʼ]язниц)/iu;

/** The adjective at [start, end) is made from a place and qualifies the noun after it ("Знам'янському відділку"). */
export function isLocalAdjective(text: string, start: number, end: number, lang: 'uk' | 'ru'): string | undefined {
  if (end - start < 7) return undefined;
  const word = text.slice(start, end);
  if (!/[сцзСЦЗ]ь?к[а-яіїє]{1,3}$/u.test(word)) return undefined;
  const local = localAdjective(word.toLowerCase(), lang);
  if (!local) return undefined;
  const next = /^[ \u00a0]+([\p{L}]+)/u.exec(text.slice(end, end + 30));
  return next && LOCAL_NOUN.test(next[1]!) ? local : undefined;
}
