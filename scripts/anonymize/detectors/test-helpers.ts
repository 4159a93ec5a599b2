/** Shared by the detector tests: run a detector and return the matched text. */
import { ANONYMIZER_ALLOWLIST, type Lang } from '../../../src/data/site.ts';
import type { DetectContext, Detector, Span } from '../types.ts';

export function ctxFor(lang: Lang): DetectContext {
  let n = 0;
  return {
    lang,
    allow: ANONYMIZER_ALLOWLIST,
    settings: {},
    pseudonyms: { pseudonymFor: () => `P${++n}`, used: () => [] },
  };
}

export function found(detect: Detector, text: string, lang: Lang = 'uk'): string[] {
  return detect(text, ctxFor(lang)).map((s) => text.slice(s.start, s.end));
}

/** The text with every span replaced by its replacement, as the pipeline would. */
export function rewritten(detect: Detector, text: string, lang: Lang): string {
  const spans: Span[] = detect(text, ctxFor(lang)).sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + (s.replacement ?? '[x]') + out.slice(s.end);
  return out;
}
