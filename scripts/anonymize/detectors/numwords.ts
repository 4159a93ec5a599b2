/**
 * Numbers written as words, in Ukrainian, Russian and English, in every case form people write:
 * "двадцять чотири", "двадцятьма", "сорока", "пятидесяти", "thirty-three", "ninety". Used by the
 * age, date and phone detectors. Values 0–999 (hundreds only for dictated phone numbers).
 */
import { lowerCaseText } from '../lexicon/scan.ts';

type Role = 'zero' | 'unit' | 'teen' | 'tens' | 'hundreds';
interface Word {
  v: number;
  r: Role;
}

const FORMS: [number, Role, string][] = [];
const add = (v: number, r: Role, forms: string) => {
  for (const f of forms.split(/\s+/)) if (f) FORMS.push([v, r, f]);
};
/** Case forms of a numeral ending in -ть/-ять: п'ять, п'яти, п'ятьма, п'ятьох, п'ятьом, пятью. */
const ty = (stem: string) => `${stem}ь ${stem}и ${stem}ьма ${stem}ьох ${stem}ьом ${stem}ью`;

add(0, 'zero', 'нуль нуля нулю нулем нулём ноль ноля нолю нолем нолём zero oh');
add(1, 'unit', 'один одна одне одно одного одному одній одной одним одною одну однієї one');
add(2, 'unit', 'два дві двох двом двома двух двум двумя two');
add(3, 'unit', 'три трьох трьом трьома трех трёх трем трём тремя three');
add(4, 'unit', 'чотири чотирьох чотирьом чотирма четыре четырех четырёх четырем четырём четырьмя four');
add(5, 'unit', `${ty("п'ят")} ${ty('пят')} five`);
add(6, 'unit', 'шість шести шістьма шістьох шесть шестью six');
add(7, 'unit', 'сім семи сьома сімома сімох семь семью seven');
add(8, 'unit', 'вісім восьми вісьмома вісьмох восемь восьмью восемью eight');
add(9, 'unit', `${ty("дев'ят")} ${ty('девят')} nine`);
add(10, 'teen', `${ty('десят')} ten`);
const TEENS_UK = ['одинадцят', 'дванадцят', 'тринадцят', 'чотирнадцят', "п'ятнадцят", 'шістнадцят', 'сімнадцят', 'вісімнадцят', "дев'ятнадцят"];
const TEENS_RU = ['одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат'];
const TEENS_EN = ['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
for (let i = 0; i < 9; i++) add(11 + i, 'teen', `${ty(TEENS_UK[i]!)} ${ty(TEENS_RU[i]!)} ${TEENS_EN[i]}`);
add(20, 'tens', `${ty('двадцят')} ${ty('двадцат')} twenty`);
add(30, 'tens', `${ty('тридцят')} ${ty('тридцат')} thirty`);
add(40, 'tens', 'сорок сорока forty');
add(50, 'tens', "п'ятдесят п'ятдесяти п'ятдесятьма п'ятдесятьох пятьдесят пятидесяти пятьюдесятью fifty");
add(60, 'tens', 'шістдесят шістдесяти шістдесятьма шестьдесят шестидесяти шестьюдесятью sixty');
add(70, 'tens', 'сімдесят сімдесяти сімдесятьма семьдесят семидесяти семьюдесятью seventy');
add(80, 'tens', 'вісімдесят вісімдесяти вісімдесятьма восемьдесят восьмидесяти восемьюдесятью eighty');
add(90, 'tens', "дев'яносто дев'яноста девяносто девяноста ninety");
add(100, 'hundreds', 'сто ста');
add(200, 'hundreds', 'двісті двохсот двісті двести двухсот');
add(300, 'hundreds', 'триста трьохсот трехсот');
add(400, 'hundreds', 'чотириста чотирьохсот четыреста четырехсот');
add(500, 'hundreds', "п'ятсот п'ятисот пятьсот пятисот");
add(600, 'hundreds', 'шістсот шестисот шестьсот');
add(700, 'hundreds', 'сімсот семисот семьсот');
add(800, 'hundreds', 'вісімсот восьмисот восемьсот');
add(900, 'hundreds', "дев'ятсот дев'ятисот девятьсот девятисот");

const APOS = /['’ʼ`]/g;
/** Lower case, apostrophes dropped, ё → е: "П’ять" → "пять". */
export function normWord(w: string): string {
  return w.toLowerCase().replace(APOS, '').replace(/ё/g, 'е');
}

const TABLE = new Map<string, Word>();
for (const [v, r, f] of FORMS) TABLE.set(normWord(f), { v, r });
/** First two letters of every table key (as c0 * 65536 + c1): most words are ruled out without a slice or a hash. */
const PREFIX2 = new Set<number>([...TABLE.keys()].map((k) => k.charCodeAt(0) * 65536 + (k.length > 1 ? k.charCodeAt(1) : -1)));

const esc = (f: string) => f.replace(/['’ʼ]/g, "['’ʼ]?").replace(/ё/g, '[её]');
const ALT = [...new Set(FORMS.map(([, , f]) => f))].sort((a, b) => b.length - a.length).map(esc).join('|');
/** One number word (global, case-insensitive). Lower-case-first-letter quick filter keeps it cheap. */
export const NUMBER_WORD_SRC = String.raw`(?<![\p{L}'’ʼ])(?:${ALT})(?![\p{L}]|['’ʼ]\p{L})`;
const NUMBER_WORD = new RegExp(NUMBER_WORD_SRC, 'giu');

export function numberWord(w: string): Word | undefined {
  return TABLE.get(normWord(w));
}

export interface NumberRun {
  start: number;
  end: number;
  value: number;
  /** The digits the words stand for when dictated: "нуль шістдесят сім" → "067". */
  digits: string;
}

const JOIN_COMPOUND = /^[\s\u00a0]*(?:-|‑|\s)?[\s\u00a0]*$/; // "thirty-three", "двадцять чотири"

/**
 * Spelled-out numbers as grammatical compounds: hundreds? tens? unit? ("сто двадцять три" = 123,
 * "thirty-three" = 33). Each compound is one run; zero words are runs of their own.
 */
const HAS_APOS = /['’ʼ]/;
const WORD_LOWER = /[a-zа-яёіїєґ'’ʼ]+/g;
const WORD_ANY = /[\p{L}'’ʼ]+/gu;

/**
 * Spelled-out numbers as grammatical compounds: hundreds? tens? unit? ("сто двадцять три" = 123,
 * "thirty-three" = 33). Each compound is one run; zero words are runs of their own. Words are
 * read with one cheap tokenising pass over the lower-cased text and a table look-up.
 */
let RUNS_TEXT: string | undefined;
let RUNS: readonly NumberRun[] = [];
/** numberRuns, remembered for the last text (several detectors ask about the same text). Do not mutate. */
/** Whether number run `k` and the next one are said as one number: only spaces, commas, dashes or a dot between ("п'ять три, сім"). */
export function runJoinsNext(text: string, runs: readonly NumberRun[], k: number): boolean {
  return k + 1 < runs.length && RUN_GAP.test(text.slice(runs[k]!.end, runs[k + 1]!.start));
}
const RUN_GAP = /^[\s\u00a0,\-‑–—.]{0,4}$/;

export function numberRuns(text: string): readonly NumberRun[] {
  if (text !== RUNS_TEXT) {
    RUNS = computeNumberRuns(text);
    RUNS_TEXT = text;
  }
  return RUNS;
}
function computeNumberRuns(text: string): NumberRun[] {
  const out: NumberRun[] = [];
  const lower = lowerCaseText(text);
  const sameLength = lower.length === text.length;
  const src = sameLength ? lower : text;
  const re = sameLength ? WORD_LOWER : WORD_ANY;
  re.lastIndex = 0;
  let cur: (NumberRun & { last: Role }) | null = null;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    let word = m[0];
    let at = m.index;
    if (word.length < 3 && word !== 'oh' && word !== 'ten' && word !== 'сто') continue;
    if (sameLength) {
      // the key's first two letters: apostrophes skipped, ё read as е (as the key is built below)
      let c0 = -1;
      let c1 = -1;
      for (let k = 0; k < word.length && c1 < 0; k++) {
        let c = word.charCodeAt(k);
        if (c === 39 || c === 0x2019 || c === 0x2bc || c === 96) continue;
        if (c === 0x451) c = 0x435;
        if (c0 < 0) c0 = c;
        else c1 = c;
      }
      if (!PREFIX2.has(c0 * 65536 + c1)) continue;
    }
    let key = word;
    if (HAS_APOS.test(word)) {
      // Quotes used as apostrophes at the edges ("'сорок'") are not part of the word.
      const lead = /^['’ʼ]+/.exec(word)?.[0].length ?? 0;
      word = word.slice(lead).replace(/['’ʼ]+$/, '');
      at += lead;
      key = word.replace(APOS, '');
    }
    const w = TABLE.get(sameLength ? (key.includes('ё') ? key.replace(/ё/g, 'е') : key) : normWord(key));
    if (!w) continue;
    // a letter straight before or after (not in our lower-case alphabet: "café", "übernacht") is part of another word
    const prev = at > 0 ? text[at - 1]! : '';
    const next = text[at + word.length] ?? '';
    if ((prev && /\p{L}/u.test(prev)) || (next && /\p{L}/u.test(next))) continue;
    const gap = cur ? text.slice(cur.end, at) : '';
    const joins =
      cur !== null &&
      JOIN_COMPOUND.test(gap) &&
      ((cur.last === 'hundreds' && (w.r === 'tens' || w.r === 'teen' || w.r === 'unit')) || (cur.last === 'tens' && w.r === 'unit'));
    if (joins && cur) {
      cur.value += w.v;
      cur.end = at + word.length;
      cur.last = w.r;
      cur.digits = String(cur.value);
      continue;
    }
    if (cur) out.push({ start: cur.start, end: cur.end, value: cur.value, digits: cur.digits });
    cur = { start: at, end: at + word.length, value: w.v, digits: String(w.v), last: w.r };
  }
  if (cur) out.push({ start: cur.start, end: cur.end, value: cur.value, digits: cur.digits });
  return out;
}

/** Ordinal day numbers 1–31 in words: "перше", "третього", "шестнадцатого", "восьмое", "eighth". */
const ORD_STEMS: [number, string][] = [
  [1, 'перш|перв'], [2, 'друг|втор'], [3, 'трет'], [4, 'четверт|четвёрт'], [5, "п['’ʼ]?ят"], [6, 'шост|шест'],
  [7, 'сьом|седьм'], [8, 'восьм'], [9, "дев['’ʼ]?ят"], [10, 'десят'],
  ...TEENS_UK.map((s, i): [number, string] => [11 + i, `${s.replace("'", "['’ʼ]?")}|${TEENS_RU[i]}`]),
  [20, 'двадцят|двадцат'], [30, 'тридцят|тридцат'],
];
const ORD_END = String.raw`(?:ього|ьего|ьому|его|ого|ому|ий|ій|ый|ой|ое|ее|ье|ом|е|є|ої|ая|ья|а|я|ю)`;
export const ORD_UK_RU = String.raw`(?:(?:двадцят[ьи]|двадцат[ьи]|тридцят[ьи]|тридцат[ьи])\s+)?(?:${ORD_STEMS.map(([, s]) => s).join('|')})${ORD_END}`;
const ORD_EN_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
export const ORD_EN = String.raw`(?:(?:twenty|thirty)[\s\-‑])?(?:${ORD_EN_WORDS.join('|')})|thirtieth`;

const ORD_TESTS = ORD_STEMS.map(([v, s]) => [v, new RegExp(`^(?:${s})${ORD_END}$`, 'iu')] as const);
/** Value of an ordinal day word or phrase ("двадцять перше" → 21, "twenty-first" → 21), or 0. */
export function ordinalValue(phrase: string): number {
  const p = phrase.toLowerCase().trim();
  const parts = p.split(/[\s\-‑]+/);
  let base = 0;
  let last = parts[parts.length - 1]!;
  if (parts.length > 1) {
    const t = parts[0]!;
    base = /^(?:двадцят|двадцат|twenty)/.test(t) ? 20 : /^(?:тридцят|тридцат|thirty)/.test(t) ? 30 : 0;
  }
  const en = ORD_EN_WORDS.indexOf(last);
  if (en >= 0) return base + en + 1;
  if (last === 'thirtieth') return 30;
  for (const [v, re] of ORD_TESTS) if (re.test(last)) return base + v;
  last = '';
  return 0;
}

/** Ordinal stems of the tens from forty (сорокового, дев'яностого) for years in words; ORD_STEMS has 20 and 30. */
const ORD_TENS: [number, string][] = [
  [40, 'сороков'], [50, "п['’ʼ]?ятдесят|пятидесят"], [60, 'шістдесят|шестидесят'],
  [70, 'сімдесят|семидесят'], [80, 'вісімдесят|восьмидесят'], [90, "дев['’ʼ]?яност|девяност"],
];
const YEAR_ORD_END = String.raw`(?:ого|ому|ий|ій|ый|ой|ом|ім|е|ое|ї|ая|а)`;
const YEAR_ORD = [...ORD_STEMS, ...ORD_TENS].map(([, s]) => s).join('|');
const YEAR_TENS = String.raw`(?:двадцять|двадцать|тридцять|тридцать|сорок|п['’ʼ]?ятдесят|пятьдесят|шістдесят|шестьдесят|сімдесят|семьдесят|вісімдесят|восемьдесят|дев['’ʼ]?яносто|девяносто)`;
const YEAR_CENTURY = String.raw`(?:тисяча\s+дев['’ʼ]?ятсот|тысяча\s+девятьсот|дві\s+тисячі|две\s+тысячи)`;
/** "дев'яносто шостого", "две тысячи девятнадцатого", "тисяча дев'ятсот вісімдесят дев'ятого року": a year in words. */
const YEAR_WORDS_Y = new RegExp(
  String.raw`[\s\u00a0]+(?:(${YEAR_CENTURY})\s+)?(?:(${YEAR_TENS})\s+)?((?:${YEAR_ORD})${YEAR_ORD_END}|двохтисячн${YEAR_ORD_END}|двухтысячн${YEAR_ORD_END})(?![\p{L}'’ʼ])`,
  'iuy',
);
const YEAR_ORD_TESTS = [...ORD_STEMS, ...ORD_TENS].map(([v, s]) => [v, new RegExp(`^(?:${s})`, 'iu')] as const);

/**
 * A year written in words right at `pos` (after the space that follows a date): its end and its value.
 * Two words without a century ("дев'яносто шостого") read as 19xx from 30 on, else 20xx, as "96" does.
 * @example yearWordsAt("квітня дев'яносто шостого", 6) → { end: 25, year: 1996 }
 */
export function yearWordsAt(text: string, pos: number): { end: number; year: number } | undefined {
  YEAR_WORDS_Y.lastIndex = pos;
  const m = YEAR_WORDS_Y.exec(text);
  if (!m) return undefined;
  const century = m[1] ? (/^(?:тисяча|тысяча)/iu.test(m[1]) ? 1900 : 2000) : undefined;
  const tens = m[2] ? (numberWord(m[2])?.v ?? 0) : 0;
  const last = m[3]!;
  // "двохтисячного" is the year 2000 by itself
  if (/^(?:двохтисячн|двухтысячн)/iu.test(last)) return { end: m.index + m[0].length, year: 2000 };
  let unit = -1;
  for (const [v, re] of YEAR_ORD_TESTS) if (re.test(last)) unit = v;
  if (unit < 0 || (tens && unit >= 10)) return undefined;
  // one word with no century ("шостого") is a day or an ordinal, not a year
  if (century === undefined && !tens) return undefined;
  const twoDigits = tens + unit;
  const year = (century ?? (twoDigits >= 30 ? 1900 : 2000)) + twoDigits;
  return { end: m.index + m[0].length, year };
}
