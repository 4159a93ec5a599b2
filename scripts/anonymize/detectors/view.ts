/**
 * Running a detector on another view of the text: a copy of the same length (so every offset holds)
 * in which some lines are written the way the detector expects ("МЕНТ КОЗАК" as "Мент Козак",
 * "в ковалівку" as "в Ковалівку"). Only what it finds inside those lines is kept, and each
 * replacement is written back the way the lines are written.
 */
import type { DetectContext, Detector, Span } from '../types.ts';

export interface TextView {
  /** The text with the lines rewritten; the same length as the original. */
  text: string;
  /** [start, end) of each rewritten line. */
  lines: [number, number][];
}

/** The spans `detect` finds in `view` that lie inside its rewritten lines, with `recase` applied to their replacements. */
export function detectInView(detect: Detector, view: TextView, ctx: DetectContext, recase: (s: string) => string): Span[] {
  const inLine = (s: Span) => view.lines.some(([a, b]) => s.start >= a && s.end <= b);
  return detect(view.text, ctx)
    .filter(inLine)
    .map((s) => (s.replacement ? { ...s, replacement: recase(s.replacement) } : s));
}
