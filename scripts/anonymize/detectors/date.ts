/**
 * Exact dates become a season (and the year, when one was given), written to fit the sentence:
 * "14 березня 2019 року" → "навесні 2019 року", "до 14 березня" → "до весни",
 * "14 марта 2019 года" → "весной 2019 года", "on 14 March 2019" → "in spring 2019".
 * Month + year alone ("у березні 2019"), years alone and times of day are not exact and are left.
 */
import type { Lang } from '../../../src/data/site.ts';
import type { Detector, Span } from '../types.ts';
import { scanTriggered, sticky } from './util.ts';

type Season = 'winter' | 'spring' | 'summer' | 'autumn';

/** Month stems in every case form people write, index 0 = January. */
const MONTHS_UK = ['січ', 'лют', 'берез', 'квіт', 'трав', 'черв', 'лип', 'серп', 'верес', 'жовт', 'листопад', 'груд'];
const MONTHS_RU = ['январ', 'феврал', 'март', 'апрел', 'ма[йяюе]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const MONTHS_EN = ['jan(?:uary)?', 'feb(?:ruary)?', 'mar(?:ch)?', 'apr(?:il)?', 'may', 'june?', 'july?', 'aug(?:ust)?', 'sep(?:t(?:ember)?)?', 'oct(?:ober)?', 'nov(?:ember)?', 'dec(?:ember)?'];
// Ukrainian/Russian month words: stem plus a case ending ("березня", "березні", "марта", "мая").
const UK_RU_MONTH = String.raw`(?:січн[яіьюе]|лют(?:ого|ому|ий|ім)|березн[яіьюе]|берез(?:ень)|квітн[яіьюе]|квіт(?:ень)|травн[яіьюе]|трав(?:ень)|червн[яіьюе]|черв(?:ень)|липн[яіьюе]|лип(?:ень)|серпн[яіьюе]|серп(?:ень)|вересн[яіьюе]|верес(?:ень)|жовтн[яіьюе]|жовт(?:ень)|листопад[аіу]?|грудн[яіьюе]|груд(?:ень)|январ[яеьюи]|феврал[яеьюи]|марта?|марте|апрел[яеьюи]|ма[йяюе]|июн[яеьюи]|июл[яеьюи]|августа?|августе|сентябр[яеьюи]|октябр[яеьюи]|ноябр[яеьюи]|декабр[яеьюи])`;
const EN_MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])`;
const YEAR = String.raw`(?:19\d\d|20\d\d)`;
const PREP_UK_RU = String.raw`(?:до|з|із|зі|від|після|с|со|от|после|около|близько|приблизно|на|у|в|о|об|по|перед|напередодні|накануне)`;
const bothCases = (words: string[]) => words.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
const PREP_EN = `(?:${bothCases(['on', 'by', 'since', 'until', 'till', 'before', 'after', 'from', 'to', 'around', 'in'])})`;

const UK_RU = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(${PREP_UK_RU})\s+)?(${DAY})(?:-?(?:го|е|ого|ое|th))?\s+(${UK_RU_MONTH})(?:\s+(${YEAR}))?(?![\p{L}\p{N}_])`,
  'giu',
);
const EN_DMY = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(${PREP_EN})\s+)?(?:the\s+)?(${DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(${EN_MONTH})(?:,?\s+(${YEAR}))?(?![\p{L}\p{N}_])`,
  'gu',
);
const EN_MDY = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(${PREP_EN})\s+)?(${EN_MONTH})\s+(${DAY})(?:st|nd|rd|th)?(?:,?\s+(${YEAR}))?(?![\p{L}\p{N}_:])`,
  'gu',
);
// 14.03.2019, 14/03/2019, 14.03.19 (day first, as written in Ukraine) and ISO 2019-03-14.
const NUMERIC = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.\-/])(?:(${PREP_UK_RU}|${PREP_EN})\s+)?(?:(${DAY})([./])(0?[1-9]|1[0-2])\3(${YEAR}|\d\d)|(${YEAR})-(0[1-9]|1[0-2])-(${DAY}))(?![\p{N}]|[./\-]\d)`,
  'giu',
);

// 14.03 or 14/03 with no year: a date only after a date preposition or a date word ("о 14.30" is a time).
const SHORT_PREP = String.raw`(?:до|з|із|зі|від|після|с|со|от|после|на|напередодні|накануне|since|on|by|until|till|before|after|from)`;
const SHORT = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.\-/:,])(?:(${SHORT_PREP})\s+)?(${DAY})([./])(0?[1-9]|1[0-2])(?![\p{N}]|[./\-:,]\d|\s*(?:грн|гривен|гривень|uah|%|\$|км|km|кг|kg|год|час|hours?|am|pm)(?![\p{L}]))`,
  'giu',
);
const SHORT_CONTEXT = /(?:дат[аиуіе]|числ[аоі]|date[ds]?|вночі|ночі|ночь|ночи|night)[^.!?\n]{0,25}$/iu;

const DIGITS = /\d+/g;
const UK_RU_Y = sticky(UK_RU);
const EN_DMY_Y = sticky(EN_DMY);
const EN_MDY_Y = sticky(EN_MDY);
const NUMERIC_Y = sticky(NUMERIC);
const SHORT_Y = sticky(SHORT);

const SEASON_OF_MONTH: Season[] = ['winter', 'winter', 'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'autumn', 'autumn', 'autumn', 'winter'];

/** How the season is said: adverbially ("навесні") or after a preposition that wants the genitive ("до весни"). */
const SEASON_WORDS: Record<'uk' | 'ru', { adverb: Record<Season, string>; genitive: Record<Season, string>; accusative: Record<Season, string>; oneDayOf: Record<Season, string> }> = {
  uk: {
    oneDayOf: { winter: 'один із зимових днів', spring: 'один із весняних днів', summer: 'один із літніх днів', autumn: 'один із осінніх днів' },
    accusative: { winter: 'зиму', spring: 'весну', summer: 'літо', autumn: 'осінь' },
    adverb: { winter: 'взимку', spring: 'навесні', summer: 'влітку', autumn: 'восени' },
    genitive: { winter: 'зими', spring: 'весни', summer: 'літа', autumn: 'осені' },
  },
  ru: {
    oneDayOf: { winter: 'один из зимних дней', spring: 'один из весенних дней', summer: 'один из летних дней', autumn: 'один из осенних дней' },
    accusative: { winter: 'зиму', spring: 'весну', summer: 'лето', autumn: 'осень' },
    adverb: { winter: 'зимой', spring: 'весной', summer: 'летом', autumn: 'осенью' },
    genitive: { winter: 'зимы', spring: 'весны', summer: 'лета', autumn: 'осени' },
  },
};
const GENITIVE_PREPS = new Set(['до', 'з', 'із', 'зі', 'від', 'після', 'с', 'со', 'от', 'после', 'около', 'близько', 'напередодні', 'накануне']);
// Prepositions that disappear because the adverb already says "in/on": "на 14 березня" → "навесні".
const DROPPED_PREPS = new Set(['на', 'у', 'в', 'о', 'об', 'on', 'in']);

const MONTH_TESTS = MONTHS_UK.map((_, i) => new RegExp(`^(?:${MONTHS_UK[i]}|${MONTHS_RU[i]})|^(?:${MONTHS_EN[i]})$`));

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (let i = 0; i < 12; i++) if (MONTH_TESTS[i]!.test(w)) return i;
  return -1;
}

/** The words that replace a date: season, plus the year when there was one. */
export function seasonPhrase(lang: Lang, month: number, year: string | undefined, prep: string | undefined): { text: string; keepPrep: boolean } {
  const season = SEASON_OF_MONTH[month]!;
  const p = prep?.toLowerCase();
  if (lang === 'en') {
    const keep = !!p && !DROPPED_PREPS.has(p);
    const phrase = keep ? `${season}${year ? ' ' + year : ''}` : `in ${season}${year ? ' ' + year : ''}`;
    return { text: phrase, keepPrep: keep };
  }
  const words = SEASON_WORDS[lang];
  // "у ніч на 5 серпня" → "у ніч на один із літніх днів": the preposition stays and still fits.
  if (p === 'на') return { text: `${words.oneDayOf[season]}${year ? ' ' + year : ''}`, keepPrep: true };
  if (p === 'по') return { text: `${words.accusative[season]}${year ? ' ' + year : ''}`, keepPrep: true };
  if (p && GENITIVE_PREPS.has(p)) return { text: `${words.genitive[season]}${year ? ' ' + year : ''}`, keepPrep: true };
  return { text: `${words.adverb[season]}${year ? ' ' + year : ''}`, keepPrep: !p || !DROPPED_PREPS.has(p) ? true : false };
}

export const detectDates: Detector = (text, ctx) => {
  const spans: Span[] = [];
  if (!/\d/.test(text)) return spans;
  const emit = (m: RegExpExecArray, prep: string | undefined, month: number, year: string | undefined) => {
    if (month < 0) return;
    const lang = ctx.lang;
    const { text: phrase, keepPrep } = seasonPhrase(lang, month, year ? (year.length === 2 ? '20' + year : year) : undefined, prep);
    let start = m.index;
    let replacement = phrase;
    if (prep) {
      if (keepPrep) start = m.index + m[0].indexOf(prep) + prep.length + (m[0].slice(prep.length).match(/^\s+/)?.[0].length ?? 0);
    }
    // Keep the original capital letter at a sentence start: "14 березня…" → "Навесні…" only when the date began the sentence.
    const first = text.charAt(start);
    const sentenceStart = /(?:^|[.!?]\s+|\n)[*_#>\s-]*$/.test(text.slice(Math.max(0, start - 8), start)) && (start >= 8 || /^(?:[*_#>\s-]*|.*(?:[.!?]\s+|\n)[*_#>\s-]*)$/s.test(text.slice(0, start)));
    if (/\p{Lu}/u.test(first) || (sentenceStart && /\d/.test(first))) {
      replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
    }
    spans.push({ kind: 'date', start, end: m.index + m[0].length, replacement, entity: text.slice(start, m.index + m[0].length).toLowerCase(), confidence: 1 });
  };

  // Every date has a number; only the preposition (at most "напередодні ") and a month name come before it.
  scanTriggered(text, UK_RU_Y, DIGITS, 14, 'word', (m) => emit(m, m[1], monthIndex(m[3]!), m[4]));
  scanTriggered(text, EN_DMY_Y, DIGITS, 14, 'word', (m) => emit(m, m[1], monthIndex(m[3]!), m[4]));
  // "May 5" is a date, "May I" is not; the \d requirement keeps it to numbers.
  scanTriggered(text, EN_MDY_Y, DIGITS, 20, 'word', (m) => emit(m, m[1], monthIndex(m[2]!), m[4]));
  scanTriggered(text, NUMERIC_Y, DIGITS, 14, 'word', (m) => {
    const month = m[4] ? Number(m[4]) - 1 : Number(m[7]) - 1;
    emit(m, m[1], month, m[5] ?? m[6]);
  });
  scanTriggered(text, SHORT_Y, DIGITS, 14, 'word', (m) => {
    if (!m[1] && !SHORT_CONTEXT.test(text.slice(Math.max(0, m.index - 40), m.index))) return;
    if (spans.some((s) => s.start < m.index + m[0].length && s.end > m.index)) return;
    emit(m, m[1], Number(m[4]) - 1, undefined);
  });
  return spans;
};
