/**
 * A scanned fax or a photographed form comes back from OCR with look-alike characters swapped:
 * "М0лодежная" (a zero for О), "КУЛИК0ВОЙ ЕЛЕНE ВИКТOPOBHE" (Latin letters inside Cyrillic words),
 * "+38O522 34-17-9O", "O96 7l5 O3 2l" (letters inside numbers). The detectors read words and numbers
 * as people write them, so the pipeline shows them this reading instead: each look-alike is put back
 * one character for one character, so every offset stays the same and the findings apply to the
 * original text unchanged. A word or number with no mixed characters is never touched.
 */

// Latin capitals and small letters that look like Cyrillic ones, and the Cyrillic letter they stand for.
const LATIN_TO_CYR: Record<string, string> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у',
};
// Letters OCR reads inside numbers, and the digit they stand for.
const LETTER_TO_DIGIT: Record<string, string> = { O: '0', o: '0', О: '0', о: '0', l: '1', I: '1', З: '3', з: '3' };

/** A run of letters, digits and the joiners inside words and numbers. */
const TOKEN = /[\p{L}\p{N}]+/gu;
/** Whether a text has any token mixing scripts, or letters and digits: most texts have none. */
const MIXED = /\p{L}\p{N}|\p{N}\p{L}|[\u0400-\u04ff][A-Za-z]|[A-Za-z][\u0400-\u04ff]/u;
const CYR = /[\u0400-\u04ff]/;
const CYR_ONLY_SHAPE = /[БГҐДЖЗИЙЛПФЦЧШЩЪЫЬЭЮЯЄІЇбвгґджзийклмнптфцчшщъыьэюяєії]/;

/** The text as its writer meant it, same length: look-alikes read back (see the file comment). */
export function readAsTyped(text: string): string {
  if (!MIXED.test(text)) return text;
  let out: string[] | undefined;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const end = m.index + m[0].length;
    // (a group of a number written in groups: "2-З1-44", "O96 7l5 O3 2l")
    const inNumber = /\d[\s\-.()]?$/.test(text.slice(Math.max(0, m.index - 2), m.index)) || /^[\s\-.()]?\d/.test(text.slice(end, end + 2));
    const fixed = readToken(m[0], inNumber);
    if (fixed === m[0]) continue;
    out ??= [...text];
    // (a token's characters are one code unit each here: every swapped character is in the BMP)
    for (let k = 0; k < fixed.length; k++) out[m.index + k] = fixed[k]!;
  }
  return out ? out.join('') : text;
}

function readToken(t: string, inNumber: boolean): string {
  if (t.length < 2) return t;
  let letters = 0;
  let digits = 0;
  let cyr = 0;
  let latin = 0;
  for (const ch of t) {
    if (ch >= '0' && ch <= '9') digits++;
    else {
      letters++;
      if (CYR.test(ch)) cyr++;
      else if (/[A-Za-z]/.test(ch)) latin++;
    }
  }
  // a number with look-alike letters in it: "38O522", "7l5", "8O5l" (not 4G, 3D, 15го, MP3); with one
  // digit, a small letter ("д. l4") or a group of a longer number ("2-З1-44"), but "O2" is a brand
  if (digits > 0 && digits >= letters && (digits >= 2 || inNumber || t === t.toLowerCase()) && [...t].every((ch) => (ch >= '0' && ch <= '9') || ch in LETTER_TO_DIGIT)) {
    return [...t].map((ch) => LETTER_TO_DIGIT[ch] ?? ch).join('');
  }
  // a Cyrillic word with zeros for О: "М0лодежная", "Пр0ценк0" (not "10го": it is half a number)
  let s = t;
  if (digits > 0 && cyr >= 2 * digits && /^[\u0400-\u04ff0]+$/u.test(t)) {
    s = t.replace(/0/g, t === t.toUpperCase() ? 'О' : 'о');
  }
  // Latin look-alikes inside a Cyrillic word: "ЕЛЕНE", "ВИКТOPOBHE" (a letter only Cyrillic has, or most letters Cyrillic)
  if (latin > 0 && cyr > 0 && [...s].every((ch) => !/[A-Za-z]/.test(ch) || ch in LATIN_TO_CYR) && (CYR_ONLY_SHAPE.test(s) || cyr > latin)) {
    s = [...s].map((ch) => LATIN_TO_CYR[ch] ?? ch).join('');
  }
  return s;
}
