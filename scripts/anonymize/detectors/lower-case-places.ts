/**
 * Settlements written in lower case, as in a diary or a chat typed without capitals ("поїхала в
 * ковалівку до мами", "їхали через новомиколаївку"). The places detector reads capitals as its first
 * clue, so this net gives it the lower-case lines with every word that no dictionary knows
 * capitalised (same length, same offsets), and keeps the places it finds there, in lower case.
 */
import type { Detector } from '../types.ts';
import { isCommonWord } from '../lexicon/common-words.ts';
import { detectPlaces } from './places.ts';
import { detectInView, type TextView } from './view.ts';

/** A line of four or more words with no capital letter. */
const LOWER_LINE = /^(?=(?:[^\p{L}\n]*\p{L}+){4})[^\p{Lu}\n]+$/gmu;
const WORD = /(?<![\p{L}\p{M}'’ʼ_@.\-])\p{Ll}[\p{L}\p{M}'’ʼ-]{3,}(?![\p{L}\p{N}_@]|\.\p{L})/gu;

/** The text with its unknown lower-case words capitalised in lower-case lines, and those lines; undefined when none. */
export function capitaliseUnknownInLowerLines(text: string): TextView | undefined {
  const lines: [number, number][] = [];
  LOWER_LINE.lastIndex = 0;
  for (let m = LOWER_LINE.exec(text); m; m = LOWER_LINE.exec(text)) lines.push([m.index, m.index + m[0].length]);
  if (lines.length === 0) return undefined;
  let out = '';
  let pos = 0;
  let changed = false;
  for (const [s, e] of lines) {
    out += text.slice(pos, s);
    out += text.slice(s, e).replace(WORD, (w) => {
      const up = w[0]!.toUpperCase();
      if (up.length !== 1 || isCommonWord(w)) return w;
      changed = true;
      return up + w.slice(1);
    });
    pos = e;
  }
  return changed ? { text: out + text.slice(pos), lines } : undefined;
}

export const detectLowerCasePlaces: Detector = (text, ctx) => {
  const view = capitaliseUnknownInLowerLines(text);
  return view ? detectInView(detectPlaces, view, ctx, (r) => r.toLowerCase()) : [];
};
