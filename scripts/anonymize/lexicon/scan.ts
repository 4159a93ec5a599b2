/**
 * A fast word scanner shared by the name and place detectors: one pass over char codes, no regex.
 * A word starts with a letter (Latin, Latin-1, Cyrillic) and continues with letters, combining
 * marks, apostrophes (' ʼ ’) and at most one inner hyphen followed by a letter.
 * Calls `onWord(start, end)` for each word; the callback slices only what it needs.
 */
export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x400 && c <= 0x52f) return true;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return false;
}
const isInner = (c: number) => isLetterCode(c) || c === 39 || c === 0x2bc || c === 0x2019 || (c >= 0x300 && c <= 0x36f);

export function scanWords(text: string, onWord: (start: number, end: number) => void): void {
  // The name, place, venue and proper-noun detectors all read the words of the same text: its word
  // boundaries are found once and kept until another text comes (a fresh array per text, so a
  // callback that scans another text does not disturb this loop).
  if (text !== boundsText) {
    bounds = wordBounds(text);
    boundsText = text;
  }
  const b = bounds;
  for (let k = 0; k < b.length; k += 2) onWord(b[k]!, b[k + 1]!);
}

/** The word boundaries of the last text scanned (see scanWords). */
let boundsText: string | undefined;
let bounds: Int32Array = new Int32Array(0);

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
  return Int32Array.from(out);
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
