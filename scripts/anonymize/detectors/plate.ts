/**
 * Car number plates. Current Ukrainian plates: two letters, four digits, two letters, written in
 * Cyrillic or in the Latin look-alikes (АА 1234 ВВ, AA1234BB, ка-0001-хк). Other and older formats
 * are found only next to a plate word (номер машини, номерний знак, plate).
 */
import type { Detector, Span } from '../types.ts';
import { contextBefore, overlapsAny, scanTriggered, sticky } from './util.ts';
import { NUMBER_WORD_SRC, numberRuns } from './numwords.ts';

// Letters used on Ukrainian plates, Cyrillic and their Latin twins.
const L = '[АВЕІКМНОРСТХABEIKMHOPCTXавеікмнорстхabeikmhopctx]';
// (the series letters are sometimes written with Latin letters outside the twelve: BA 7713 IR, in capitals)
// (an OCR'd or typed letter O among the digits, BA 2O25 EO, is read as a zero when the letters are capitals)
const CURRENT = new RegExp(String.raw`(?<![\p{L}\p{N}_])(${L}{2})([\s\-]?)([\dOО]{4})([\s\-]?)(${L}{2}|[A-Z]{2})(?![\p{L}\p{N}_])`, 'gu');
// The four digits spaced out or in two pairs (АА 12-34 ВВ, ВА 0 2 1 9 АМ, ВА 3 002 ВВ), or some of them
// masked by a witness who saw only part (BA 44** KM).
const SPLIT = new RegExp(String.raw`(?<![\p{L}\p{N}_])(${L}{2})[\s\-]?[\d*](?:[\s\-]?[\d*]){3}[\s\-]?(${L}{2})(?![\p{L}\p{N}_])`, 'gu');
const SPLIT_Y = sticky(SPLIT);
const PLATE_CONTEXT = /номер\p{L}*\s+(?:машин|авто|автомоб|тачк)\p{L}*|номерн\p{L}*\s+знак\p{L}*|держномер\p{L}*|госномер\p{L}*|номер(?:ом|а)?\s*:?\s*$|plates?|licen[cs]e|registration|машин\p{L}*|авто\p{L}*|car|van|bmw|audi|toyota|daewoo|lanos|приор\p{L}*|жигул\p{L}*|лада|opel|skoda|volkswagen|ford/iu;
const OTHER = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:номер\p{L}*\s+(?:машин|авто|автомоб)\p{L}*|номерн\p{L}*\s+знак\p{L}*|держномер\p{L}*|госномер\p{L}*|(?:licen[cs]e\s+|number\s+|registration\s+)?plates?(?:\s+number)?|registration(?:\s+number)?)(?:\s+(?:був|була|было|был|was|is|had))?\s*[:\-–—]?\s*["«„]?((?:[\p{L}\d]{1,4}[\s\-]?){1,3}[\p{L}\d]{0,4})["»“]?`,
  'giu',
);
// Older and foreign shapes, and a plate read only in part — ВА 5520…, 045-12 КІ, 1234 КРБ, 10-EM-482, КРБ 12-34 — a little after a car word ("старий знак …").
const SHAPE = /(?<![\p{L}\p{N}_])(?:\p{Lu}{2}[\s\-]?\d{4}|\d{2}[\s\-]\p{Lu}{2}[\s\-]\d{3}|\d{3}[\s\-]\d{2}[\s\-]?\p{Lu}{2}|\d{2,4}[\s\-]?\p{Lu}{2,3}|\p{Lu}{2,3}[\s\-]?\d{2}[\s\-]\d{2})(?![\p{L}\p{N}_])/gu;
const CAR_NEAR = /(?:номер\p{L}*|знак\p{L}*|машин\p{L}*|авто\p{L}*|тачк\p{L}*|причіп\p{L}*|прицеп\p{L}*|фур\p{L}*|car|van|truck|trailer|plates?|registration)[^.!?\n]{0,60}$/iu;
const SHAPE_Y = sticky(SHAPE);
const TWO_DIGITS = /\d\d/g;
const ONE_DIGIT = /\d/g;
const CURRENT_Y = sticky(CURRENT);
// A British plate: two letters, two digits, a space, three letters (WP23 KXR) — a shape nothing else has.
const UK_PLATE = /(?<![\p{L}\p{N}_])[A-Z]{2}\d{2}[ \u00a0][A-Z]{3}(?![\p{L}\p{N}_])/gu;
const OTHER_Y = sticky(OTHER);
const DIGITS4 = /[\dOО]{4}/g;
const OTHER_TRIGGER = /номер|держномер|госномер|plate|licen|number|registration/gi;
const UNITS = /^(?:км|кг|см|мм|мл|грн|ом|kb|mb|gb|km|kg|cm|mm|ml|hz|ом)$/i;

/** A plate's identity: no separators, capitals, a letter O among digits read as 0 (BA 2O25 EO = BA2025EO). */
const plateEntity = (s: string) => s.replace(/[\s\-]/g, '').toUpperCase().replace(/(?<=^..\d*)[OО](?=[\dOО]*\D{2}$)/gu, '0');

// A plate read only in part, the region and the first digits: "номер начинается с ВА 72", "«ВА 44…»", "BA 55…".
const PARTIAL = /(?<![\p{L}\p{N}_])([АВЕІКМНОРСТХABEIKMHOPCTX]{2})[ \u00a0\-]?(\d{2,3})(?![\p{L}\p{N}]|[ \u00a0\-]\d|[.,:]\d|[ \u00a0]*(?:%|грн|км|кг|хв|мин|рок|років|лет|людей|человек|people|km|kg))/gu;
const PARTIAL_Y = sticky(PARTIAL);
const TRAILS_OFF = /^(?:\.{2,}|…|\*)/;

// A plate dictated in letter names and number words: "ве а сім два нуль п'ять ес і" (ВА 7205 СІ), "ка а …".
const LETTER_NAMES = new Map(Object.entries({
  а: 'А', ве: 'В', вэ: 'В', е: 'Е', э: 'Е', і: 'І', ка: 'К', ем: 'М', эм: 'М', ен: 'Н', эн: 'Н', о: 'О', ер: 'Р', эр: 'Р', ес: 'С', эс: 'С', те: 'Т', тэ: 'Т', ха: 'Х',
}));
const LETTER_NAME = String.raw`(?<![\p{L}'’ʼ])(?:${[...LETTER_NAMES.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\p{L}'’ʼ])`;
const SEP = String.raw`[ \u00a0,\-]+`;
const DICTATED = new RegExp(String.raw`${LETTER_NAME}${SEP}${LETTER_NAME}${SEP}(?:${NUMBER_WORD_SRC}|\d)(?:${SEP}(?:${NUMBER_WORD_SRC}|\d)){0,3}(?:${SEP}${LETTER_NAME}${SEP}${LETTER_NAME})?`, 'giu');
// where a dictated plate may follow: a plate or car word, up to 60 characters before it
const DICTATED_CUE = /номер|машин|авто|тачк|бус|plate|car/giu;

// "ВА сорок два сорок два ЕІ", "ВА, двадцать два, ноль семь, ЕІ": the letters written, the digits said
const PLATE_LETTERS = '[АВЕІКМНОРСТХABEIKMHOPCTX]{2}';
const LETTERS_WORDS = new RegExp(String.raw`(?<![\p{L}\p{N}])${PLATE_LETTERS}${SEP}(?:${NUMBER_WORD_SRC}|\d{1,2})(?:${SEP}(?:${NUMBER_WORD_SRC}|\d{1,2})){0,3}${SEP}${PLATE_LETTERS}(?![\p{L}\p{N}])`, 'gu');

/** The digits a dictated stretch stands for ("сім два нуль п'ять" → 7205), from the number runs inside it and any digits. */
function dictatedDigits(text: string, start: number, end: number): string {
  let digits = '';
  for (const r of numberRuns(text)) if (r.start >= start && r.end <= end) digits += r.digits;
  return digits + (text.slice(start, end).match(/\d/g)?.join('') ?? '');
}

/** Plates dictated in words (see DICTATED), after a car word. */
function dictatedPlates(text: string, spans: Span[]): void {
  // (once one is dictated after a car word, the text dictates plates: the same letters again need no cue)
  let dictated = false;
  const dictatedIn = (from: number, to: number, reach: number) => {
    const window = text.slice(from, to);
    DICTATED.lastIndex = 0;
    for (let m = DICTATED.exec(window); m && m.index <= reach; m = DICTATED.exec(window)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (dictatedDigits(text, start, end).length !== 4 || overlapsAny(spans, start, end)) continue;
      spans.push({ kind: 'plate', start, end, entity: m[0].toLowerCase(), confidence: 0.85 });
      dictated = true;
    }
  };
  const runs = numberRuns(text);
  if (!runs.length) return;
  let r = 0;
  DICTATED_CUE.lastIndex = 0;
  for (let c = DICTATED_CUE.exec(text); c; c = DICTATED_CUE.exec(text)) {
    const from = c.index + c[0].length;
    // (only where a number word follows soon: most car words have none after them)
    while (r < runs.length && runs[r]!.start < from) r++;
    if (r < runs.length && runs[r]!.start < from + 80) dictatedIn(from, from + 120, 60);
  }
  if (dictated) dictatedIn(0, text.length, text.length);
}

export const detectPlates: Detector = (text) => {
  const spans: Span[] = [];
  dictatedPlates(text, spans);
  if (numberRuns(text).length) {
    LETTERS_WORDS.lastIndex = 0;
    for (let m = LETTERS_WORDS.exec(text); m; m = LETTERS_WORDS.exec(text)) {
      const end = m.index + m[0].length;
      if (dictatedDigits(text, m.index, end).length === 4 && !overlapsAny(spans, m.index, end)) spans.push({ kind: 'plate', start: m.index, end, entity: m[0].toUpperCase(), confidence: 0.95 });
    }
  }
  if (!/\d/.test(text)) return spans;
  // Two letters and at most one separator come before the four digits.
  scanTriggered(text, CURRENT_Y, DIGITS4, 3, 'word', (m) => {
    const lettersUpper = m[1] === m[1]!.toUpperCase() && m[5] === m[5]!.toUpperCase();
    const compact = (!m[2] && !m[4]) || (m[2] === '-' && m[4] === '-');
    // Lower-case "на 1000 км" looks like a plate; trust lower case only when compact or near a car word.
    if (!lettersUpper && !compact && !contextBefore(text, m.index, PLATE_CONTEXT, 60)) return;
    if (!lettersUpper && UNITS.test(m[5]!)) return;
    if (/[OО]/.test(m[3]!) && (!lettersUpper || (m[3]!.match(/\d/g)?.length ?? 0) < 2)) return;
    spans.push({ kind: 'plate', start: m.index, end: m.index + m[0].length, entity: plateEntity(m[0]), confidence: 1 });
  });
  if (/[A-Z]{2}\d{2}[ \u00a0][A-Z]/.test(text)) {
    UK_PLATE.lastIndex = 0;
    for (let m = UK_PLATE.exec(text); m; m = UK_PLATE.exec(text)) {
      if (!overlapsAny(spans, m.index, m.index + m[0].length)) spans.push({ kind: 'plate', start: m.index, end: m.index + m[0].length, entity: plateEntity(m[0]), confidence: 0.95 });
    }
  }
  scanTriggered(text, SPLIT_Y, ONE_DIGIT, 3, 'word', (m) => {
    const upper = m[1] === m[1]!.toUpperCase() && m[2] === m[2]!.toUpperCase();
    if ((m[0].match(/\d/g)?.length ?? 0) < 2 || overlapsAny(spans, m.index, m.index + m[0].length)) return;
    if (!upper && !contextBefore(text, m.index, PLATE_CONTEXT, 60)) return;
    spans.push({ kind: 'plate', start: m.index, end: m.index + m[0].length, entity: m[0].replace(/[\s\-]/g, '').toUpperCase(), confidence: 1 });
  });
  scanTriggered(text, OTHER_Y, OTHER_TRIGGER, 0, 'word', (m) => {
    // (not a word between the plate word and the number: "номер авто клієнта ВА 6060 ОО")
    let value = m[1]!.replace(/[\s\-]+$/, '');
    if (/^\p{Ll}{3,}/u.test(value)) return;
    if (!/\d/.test(value)) return; // "номерний знак був брудний": no number given
    // Stop at a plain lower-case word after the number ("AB 1234 and then…").
    value = value.replace(/(?:[\s\-]+\p{Ll}{3,})+$/u, '');
    // … and at a short one after a number in capitals ("AA-1234-BB or …", "АА 1234 ВВ і …").
    if (/\p{Lu}/u.test(value)) value = value.replace(/(?:[\s\-]+\p{Ll}+)+$/u, '');
    const end = m.index + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - 2) + value.length;
    const start = end - value.length;
    if (value.replace(/\W/g, '').length < 4) return;
    if (overlapsAny(spans, start, end)) return; // the same plate, found by its shape
    spans.push({ kind: 'plate', start, end, entity: value.replace(/[\s\-]/g, '').toUpperCase(), confidence: 0.9 });
  });
  // every such shape has two digits in a row, at most four characters from its start
  scanTriggered(text, SHAPE_Y, TWO_DIGITS, 4, 'word', (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (spans.some((sp) => sp.start < end && sp.end > start) || UNITS.test(m[0].replace(/[\d\s\-]/g, ''))) return;
    if (!CAR_NEAR.test(text.slice(Math.max(0, start - 70), start))) return;
    spans.push({ kind: 'plate', start, end, entity: m[0].replace(/[\s\-]/g, '').toUpperCase(), confidence: 0.85 });
  });
  // the region and two or three digits, with a car word before or the rest trailing off ("ВА 44…")
  scanTriggered(text, PARTIAL_Y, TWO_DIGITS, 4, 'word', (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== m[1]!.toUpperCase() || overlapsAny(spans, start, end)) return;
    if (!TRAILS_OFF.test(text.slice(end, end + 2)) && !CAR_NEAR.test(text.slice(Math.max(0, start - 70), start))) return;
    spans.push({ kind: 'plate', start, end, entity: m[0].replace(/[\s\-]/g, '').toUpperCase(), confidence: 0.85 });
  });
  // The four digits of a plate found above, said again alone: "сказав номер той самий, на 8012", "the 3316 one?"
  const digitGroups = new Set<string>();
  for (const sp of spans) {
    const g = /^\p{L}{2}(\d{4})\p{L}{2}$/u.exec(sp.entity ?? '');
    if (g) digitGroups.add(g[1]!);
  }
  for (const digits of digitGroups) {
    for (let i = text.indexOf(digits); i >= 0; i = text.indexOf(digits, i + 1)) {
      const end = i + 4;
      // a whole number, not a piece of a phone, a date or a sum ("8012 грн", "12.8012")
      if (/[\p{L}\p{N}_.,:\/+]|\d[\s\-]$/u.test(text.charAt(i - 1)) || /^[\p{L}\p{N}_%$€₴]|^[.,:\/\-]\d|^[\s\u00a0]\d|^[\s\u00a0]*(?:грн|гривень|гривен|uah|usd|року|році|рік|год|году|year)/iu.test(text.slice(end, end + 8))) continue;
      if (/\d[\s\-]$/.test(text.slice(Math.max(0, i - 2), i)) || overlapsAny(spans, i, end)) continue;
      spans.push({ kind: 'plate', start: i, end, entity: digits, confidence: 0.8 });
    }
  }
  return spans;
};
