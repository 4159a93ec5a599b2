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
    onWord(s, e);
  }
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
