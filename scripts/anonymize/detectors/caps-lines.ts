/**
 * Names in lines written all in capitals: a graffiti wall, a poster, a zine, a form filled in block
 * letters ("МЕНТ КОЗАК = ЗЛОДІЙ", "МЕНЕ ЗВАТИ СТЕФА", "WE KNOW WHO YOU ARE. IRA — …"). In such a line
 * capitals say nothing, so the name detector reads it in title case (same length, same offsets) and
 * what it finds there is written back in capitals. Abbreviations are read in lower case instead, so
 * they are neither names nor a name's neighbours.
 */
import type { Detector, Span } from '../types.ts';
import { detectNames, isCommonWord } from './names.ts';
import { detectInView, type TextView } from './view.ts';

/** A line with at least two words of two or more letters and no lower-case letter. */
const CAPS_LINE = /^(?=[^\n]*\p{Lu}{2}[^\n]*[^\p{L}\n]\p{Lu}{2})[^\p{Ll}\n]+$/gmu;

/** A speaker's label in capitals at a line start: "СТАХ:", "**IRA:**", "> МАРИНА ПЕТРІВНА:". */
const SPEAKER = /^[ \t>*_-]*(\p{Lu}{2,}(?:[ \u00a0]\p{Lu}{2,}){0,2})(?=[*_]*:)/gmu;

/** Abbreviations of documents and bodies that a title-cased reading could take for a name. */
const ACRONYMS = new Set(
  `ИНН ІПН РНОКПП ЄДРПОУ ЕГРПОУ ПІБ ФИО ФІО ДНЗ МВС МВД ДБР ГБР СБУ ЗСУ ВСУ ТЦК ЦНАП ОСББ ОСМД ЖЕК ЖЭК АТО ООС ВПО ВПЛ IBAN SWIFT BIC PIN NHS NINO PPS DOB`.split(' '),
);

/**
 * A name in capitals inside a line that is not, as forms and registers write them: two or three
 * words in capitals ("Замовник: ОСТАПЧУК ЛІЛІЯ АНАТОЛІЇВНА", "- ЛОЗОВАЯ ИННА — дежурная"), or a
 * surname in capitals beside a first name ("| TKACH Olena |", "Olena TKACH").
 */
const NAME_IN_CAPS = /(?<![\p{L}\p{N}])(?:\p{Lu}{2,}(?:[ \u00a0]+\p{Lu}{2,}){1,2}|\p{Lu}{3,}[ \u00a0]+\p{Lu}\p{Ll}{2,}|\p{Lu}\p{Ll}{2,}[ \u00a0]+\p{Lu}{3,})(?![\p{L}\p{N}])/gu;
/** A rank and a surname in capitals inside a line that is not: "хто такий КАПІТАН ЛИТВИН?". */
const RANK_IN_CAPS = /(?<![\p{L}])(?:МЕНТ|КАПІТАН|КАПИТАН|ЛЕЙТЕНАНТ|МАЙОР|СЕРЖАНТ|ДІЛЬНИЧНИЙ|УЧАСТКОВЫЙ|OFFICER|CAPTAIN|SERGEANT|SGT|CONSTABLE)\.?[ \u00a0]+\p{Lu}{2,}(?:[ \u00a0]\p{Lu}{2,})?(?![\p{L}])/gu;

const RANK_BEFORE = /(?<![\p{L}])(?:мент|капітан|капитан|лейтенант|майор|сержант|дільничний|участковый|officer|captain|sergeant|sgt|constable|pc|dc)\.?[ \u00a0]+$/iu;

/** What may stand between two names side by side: spaces, or an "and". */
const BESIDE = /^[ \u00a0]+(?:(?:&|і|й|та|и|and)[ \u00a0]+)?$/iu;

/** Each code unit in lower case where that keeps it one code unit (offsets never move). */
function lowerSameLength(w: string): string {
  let out = '';
  for (const c of w) out += c.toLowerCase().length === c.length ? c.toLowerCase() : c;
  return out;
}

/**
 * The text with every word of its all-capitals lines in title case ("МЕНТ КОЗАК" → "Мент Козак"), an
 * abbreviation in lower case, and the ranges of those lines; `undefined` when it has none. An
 * abbreviation is one of ACRONYMS, or a word the text also writes in capitals among lower-case words.
 */
export function titleCaseCapsLines(text: string): TextView | undefined {
  const lines: [number, number][] = [];
  CAPS_LINE.lastIndex = 0;
  for (let m = CAPS_LINE.exec(text); m; m = CAPS_LINE.exec(text)) lines.push([m.index, m.index + m[0].length]);
  // (and a speaker's label in capitals at a line start, in a line that goes on in lower case: "СТАХ: Нет, …";
  // and a rank with a surname, or a name, in capitals in such a line)
  SPEAKER.lastIndex = 0;
  for (let m = SPEAKER.exec(text); m; m = SPEAKER.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (!lines.some(([a, b]) => start >= a && start < b)) lines.push([start, start + m[1]!.length]);
  }
  for (const re of [RANK_IN_CAPS, NAME_IN_CAPS]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (!lines.some(([a, b]) => m.index < b && end > a)) lines.push([m.index, end]);
    }
  }
  lines.sort((a, b) => a[0] - b[0]);
  if (lines.length === 0) return undefined;
  const inCapsLine = (i: number) => lines.some(([a, b]) => i >= a && i < b);
  // (asked once per distinct word: each answer searches the whole text)
  const seen = new Map<string, boolean>();
  const acronym = (w: string): boolean => {
    let hit = seen.get(w);
    if (hit === undefined) {
      hit = ACRONYMS.has(w);
      for (let i = hit ? -1 : text.indexOf(w); i >= 0 && !hit; i = text.indexOf(w, i + 1)) {
        hit = !inCapsLine(i) && !/\p{L}/u.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i + w.length] ?? '');
      }
      seen.set(w, hit);
    }
    return hit;
  };
  let out = '';
  let pos = 0;
  for (const [s, e] of lines) {
    out += text.slice(pos, s) + text.slice(s, e).replace(/\p{Lu}+/gu, (w) => (acronym(w) ? lowerSameLength(w) : w[0] + lowerSameLength(w.slice(1))));
    pos = e;
  }
  return { text: out + text.slice(pos), lines };
}

export const detectNamesInCapitals: Detector = (text, ctx) => {
  const titled = titleCaseCapsLines(text);
  if (!titled) return [];
  const spans = detectInView(detectNames, titled, ctx, (r) => r.toUpperCase());
  // (an ordinary word, "ЗБИРАЄМО НА ПОХОРОН", is a name here only beside another name or after a rank)
  // (or joined to it: "ХРИСТИНИ & БОГДАНА", "ВІРИ І ОЛЕГА")
  const nextTo = (s: Span) => spans.some((o) => o !== s && (BESIDE.test(titled.text.slice(o.end, s.start)) || BESIDE.test(titled.text.slice(s.end, o.start))));
  const afterRank = (s: Span) => RANK_BEFORE.test(titled.text.slice(Math.max(0, s.start - 16), s.start));
  return spans.filter((s) => !isCommonWord(titled.text.slice(s.start, s.end)) || nextTo(s) || afterRank(s));
};
