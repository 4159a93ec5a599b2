import type { Detector, Span } from '../types.ts';

/** Minimal placeholder: capitalised words from a tiny list. Replaced by the lexicon-based detector. */
const NAMES = new Set(['оксана', 'олег', 'наталья']);
export const detectNames: Detector = (text, ctx) => {
  const spans: Span[] = [];
  for (const m of text.matchAll(/\p{Lu}\p{Ll}+/gu)) {
    const base = m[0].toLowerCase();
    if (NAMES.has(base)) {
      spans.push({ kind: 'name', start: m.index!, end: m.index! + m[0].length, entity: base,
        replacement: ctx.pseudonyms.pseudonymFor(base, { lang: ctx.lang, part: 'first' }) });
    }
  }
  return spans;
};
