/**
 * A fast word scanner shared by the name and place detectors: one pass over char codes, no regex.
 * A word starts with a letter (Latin, Latin-1, Cyrillic) and continues with letters, combining
 * marks, apostrophes (' ʼ ’) and at most one inner hyphen followed by a letter.
 * scanWords calls `onWord(start, end, k)` for each word; textWords gives the words' strings.
 */
export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x400 && c <= 0x52f) return true;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return false;
}
const isInner = (c: number) => isLetterCode(c) || c === 39 || c === 0x2bc || c === 0x2019 || (c >= 0x300 && c <= 0x36f);

/**
 * The words of one text, shared by every detector that reads words: the name, place, venue and
 * proper-noun detectors and the lower-case word look-ups (util lowerCaseWords). The boundaries are
 * found once per text (the last text asked about is kept: the pipeline runs all its detectors on
 * one text before the next); the strings are made on first request and then kept, so that each
 * detector gets the same string objects (and a Map or Set look-up hashes a word once, not once per
 * detector). Word k of a text:
 *
 *   start(k), end(k)  its offsets [start, end) in UTF-16 code units (a word as described above)
 *   word(k)           text.slice(start(k), end(k))
 *   lower(k)          word(k).toLowerCase() (of the word alone: not a slice of the lower-cased text,
 *                     whose Greek final sigma may differ)
 *   gap(k)            what stands between word k - 1 (or the text's start, for k = 0) and word k, as
 *                     the name and place detectors read it: '' for nothing or one space, '¶' when it
 *                     holds an empty line (a new paragraph: never "next to"), else the text, trimmed
 *
 * A detector that cuts a word shorter (Anna's → Anna, Ткачук-старший → Ткачук) slices that itself.
 */
export class TextWords {
  /** [start, end, start, end, …] of every word, in order. */
  readonly bounds: Int32Array;
  readonly count: number;
  private readonly words: (string | undefined)[];
  private readonly lowers: (string | undefined)[];
  private readonly gaps: (string | undefined)[];
  readonly text: string;
  constructor(text: string) {
    this.text = text;
    this.bounds = wordBounds(text);
    this.count = this.bounds.length >> 1;
    this.words = new Array(this.count);
    this.lowers = new Array(this.count);
    this.gaps = new Array(this.count);
  }
  start(k: number): number {
    return this.bounds[2 * k]!;
  }
  end(k: number): number {
    return this.bounds[2 * k + 1]!;
  }
  word(k: number): string {
    return (this.words[k] ??= this.text.slice(this.bounds[2 * k]!, this.bounds[2 * k + 1]!));
  }
  lower(k: number): string {
    return (this.lowers[k] ??= this.word(k).toLowerCase());
  }
  gap(k: number): string {
    let g = this.gaps[k];
    if (g === undefined) {
      const text = this.text;
      const start = this.bounds[2 * k]!;
      const pe = k === 0 ? 0 : this.bounds[2 * k - 1]!;
      if (start === pe || (start === pe + 1 && text.charCodeAt(pe) === 32)) g = '';
      else {
        const between = text.slice(pe, start);
        g = /\n[ \t]*\n/.test(between) ? '¶' : between.trim();
      }
      this.gaps[k] = g;
    }
    return g;
  }
}

/** The shared words of `text` (see TextWords). */
export function textWords(text: string): TextWords {
  if (lastWords?.text !== text) lastWords = new TextWords(text);
  return lastWords;
}
let lastWords: TextWords | undefined;

/**
 * Calls `onWord(start, end, k)` for each word of `text`, k being its index in textWords(text).
 * (A fresh TextWords per text, so a callback that scans another text does not disturb this loop.)
 */
export function scanWords(text: string, onWord: (start: number, end: number, k: number) => void): void {
  const b = textWords(text).bounds;
  for (let k = 0; k < b.length; k += 2) onWord(b[k]!, b[k + 1]!, k >> 1);
}

/** [start, end, start, end, …] of every word, in order. */
function wordBounds(text: string): Int32Array {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetterCode(text.charCodeAt(i))) { i++; continue; }
    const s = i++;
    let hyphens = 0;
    for (;;) {
      while (i < n && isInner(text.charCodeAt(i))) i++;
      if (hyphens === 0 && i + 1 < n && text.charCodeAt(i) === 45 && isLetterCode(text.charCodeAt(i + 1))) { hyphens++; i += 2; continue; }
      break;
    }
    // an apostrophe is part of a word only inside it (п'ять), not as a closing quote
    let e = i;
    while (e > s + 1 && (text.charCodeAt(e - 1) === 39 || text.charCodeAt(e - 1) === 0x2019)) e--;
    out.push(s, e);
  }
  return new Int32Array(out);
}

/**
 * text.toLowerCase(), remembered for the last text: the pipeline's allow-phrase search and the
 * number-word scan both read the lower-cased document.
 */
export function lowerCaseText(text: string): string {
  if (text !== lowerText) {
    lowerText = text;
    lowered = text.toLowerCase();
  }
  return lowered;
}
let lowerText: string | undefined;
let lowered = '';

/** Whether a string starts with an ASCII letter: /^[A-Za-z]/.test(s) without a regex call (asked per word). */
export function startsLatin(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Upper-case letter, by code point (Latin, Cyrillic incl. Є І Ї Ґ Ё), without allocating. */
export function isUpperCode(c: number): boolean {
  if (c < 0x80) return c >= 65 && c <= 90;
  if (c >= 0x410 && c <= 0x42f) return true;
  if (c >= 0x400 && c <= 0x40f) return true;
  if (c >= 0x460 && c <= 0x52f) return (c & 1) === 0;
  if (c >= 0xc0 && c <= 0xde) return c !== 0xd7;
  return false;
}

/** Bits of codePointClass: what /\p{L}/u, /\p{Lu}/u, /\p{Ll}/u and /\p{M}/u say of a code point. */
export const CP_LETTER = 1;
export const CP_UPPER = 2;
export const CP_LOWER = 4;
export const CP_MARK = 8;
const CP_KNOWN = 16;
/** Per BMP code point: its class bits | CP_KNOWN once worked out; astral ones in a Map. */
const CP_CLASSES = new Uint8Array(65536);
const ASTRAL_CLASSES = new Map<number, number>();
/**
 * The Unicode classes of a code point, as the u-flag regexes read them (a lone surrogate is none
 * of them), worked out by those regexes once per code point.
 */
export function codePointClass(cp: number): number {
  let c = cp < 65536 ? CP_CLASSES[cp]! : (ASTRAL_CLASSES.get(cp) ?? 0);
  if (c === 0) {
    const s = String.fromCodePoint(cp);
    c = CP_KNOWN | (/\p{L}/u.test(s) ? CP_LETTER : 0) | (/\p{Lu}/u.test(s) ? CP_UPPER : 0) | (/\p{Ll}/u.test(s) ? CP_LOWER : 0) | (/\p{M}/u.test(s) ? CP_MARK : 0);
    if (cp < 65536) CP_CLASSES[cp] = c;
    else ASTRAL_CLASSES.set(cp, c);
  }
  return c & ~CP_KNOWN;
}

/** The code point that ends just before `pos` (a surrogate pair read as one, as the u flag does); -1 at the start. */
export function codePointBefore(text: string, pos: number): number {
  if (pos <= 0) return -1;
  const lo = text.charCodeAt(pos - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && pos >= 2) {
    const hi = text.charCodeAt(pos - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/**
 * How many matches /\p{L}+/gu has in `s`, counting no further than `limit`: the maximal runs of
 * letter code points.
 */
export function letterRuns(s: string, limit: number): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    const letter = cp < 0x80 ? (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) : (codePointClass(cp) & CP_LETTER) !== 0;
    if (letter && !inRun && ++runs >= limit) return runs;
    inRun = letter;
  }
  return runs;
}
