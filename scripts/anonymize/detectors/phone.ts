/**
 * Phone numbers: Ukrainian writings (+380 67 123 45 67, 067-123-45-67, (050) 123 45 67, 0501234567,
 * 38 067 1234567, 067.123.45.67) and international ones (+48 …, +1 …). libphonenumber-js checks that a
 * candidate can be a real number and gives its E.164 form; the hotline numbers (ctx.allow.phones) are
 * left alone.
 */
import { isCommonWord } from '../lexicon/common-words.ts';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Detector, Span } from '../types.ts';
import { numberRuns, runJoinsNext } from './numwords.ts';
import { DIGIT_RUN, overlapsAny, scanTriggered, sticky } from './util.ts';

/** A run of digit groups joined by one separator (space, dash, dot, slash) or wrapped in brackets. */
// The look-ahead lets most positions fail on one character before the look-behind is tried.
const CANDIDATE = /(?=[+\s(\d])(?<![\p{L}\p{N}_+\-./])(?:\+|00)?\s?\(?\d[\d)]*(?:(?:[ \u00a0.\-\u2011\u2013]|\)\s?|\s?\()\(?\d+\)?)*(?![\p{L}\p{N}_]|[.,\-]\d)/gu;

const LOOSE = /(?<![\p{L}\p{N}_])(?:\+\s?)?(?:\d+[ \u00a0]*)?(?:\(\d{2,5}\)[ \u00a0]*)?\d+(?:[ \u00a0]{0,2}[\-\u2011\u2013\u2014.]?[ \u00a0]{0,2}\d+){2,13}(?![\p{L}\p{N}_])/gu;

const CANDIDATE_Y = sticky(CANDIDATE);
/** The end of a line with the start of a number (+380…, 0xx…), and the start of the next with its rest. */
const LINE_BROKEN = /(?<![\p{L}\p{N}_+\-./])((?:\+?38[ \u00a0]?)?\(?0\d\d\)?(?:[ \u00a0\-]?\d){0,6})[ \t]*\n[ \t>*_\-–—]*((?:\d[ \u00a0\-]?){1,7}\d)(?![\p{L}\p{N}_]|[.,:]\d)/gu;
const LOOSE_Y = sticky(LOOSE);
/** A town's landline without its code, as older people note it: "2-14-07", "27-44-10". */
const LOCAL = /(?<![\p{L}\p{N}_+\-./:])\d{1,3}-\d\d-\d\d(?![\p{N}]|[.,\-:]\d)/gu;
/** Words that say a phone is meant, shared by the cues below. */
const PHONE_WORDS = String.raw`тел|телефон\p{L}*|дзвон\p{L}*|звон\p{L}*|phone|tel`;
/** Said to be a phone just before, or the number of a name in a list ("Валя — 2-14-07"). */
const LOCAL_CUE = new RegExp(String.raw`(?:(?<![\p{L}])(?:${PHONE_WORDS}|номер\p{L}*|домашн\p{L}*|стаціонарн\p{L}*|стационарн\p{L}*|landline|call)\.?[\s\u00a0:.—–-]*(?:\p{L}+[\s\u00a0]+){0,3}|^[\s>*_-]*\p{Lu}[\p{L}'’ʼ.]*(?:[ \t]+\p{L}[\p{L}'’ʼ.]*){0,2}[ \t]+[—–-][ \t]*)$`, 'iu');

/** Said to be a landline just after: "2-31-57 (домашній)", "27-44-10 (home)". */
const LOCAL_CUE_AFTER = /^[\s\u00a0]*[(,—–-]?[\s\u00a0]*(?:домашн\p{L}*|дом\.|стаціонарн\p{L}*|стационарн\p{L}*|міськ\p{L}*|городск\p{L}*|home|landline)(?![\p{L}])/iu;
/** The number of a person named just before it with a colon: "тітка Люда: 2-31-57". */
const NAME_COLON_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}+):[ \t\u00a0]*$/u;
/** (a label that is an ordinary word, "Рахунок: 12-05-26", is no person) */
function nameColonBefore(before: string): boolean {
  const m = NAME_COLON_BEFORE.exec(before);
  return !!m && !isCommonWord(m[1]!);
}
/** A phone word shortly before a number: "з нового номера", "тел.:", "viber", "call me on". */
const PHONE_SAID = new RegExp(String.raw`(?<![\p{L}])(?:${PHONE_WORDS}|моб\p{L}*|мобільн\p{L}*|вайбер\p{L}*|viber|whatsapp|вотсап\p{L}*|ватсап\p{L}*|номер(?:а|у|ом|і|е)?(?=[\s\u00a0:]+$)|mobile|mob|cell|call(?:ed)?|text(?:ed)?)(?:[\s\u00a0:.—–-]+\p{L}+){0,4}[\s\u00a0:.—–-]*$`, 'iu');

/** A group of digits right after a number said in words (sticky; searched from the words' end). */
const DIGITS_AFTER_WORDS = /[\s\u00a0,\-‑–—.]{0,4}(\d{1,4})(?![\p{L}])/uy;

interface Group {
  start: number;
  end: number;
  digits: string;
}

/** E.164 of a digit string as a phone, or null when it cannot be one. */
export function phoneE164(raw: string): string | null {
  const plus = /^\s*(\+|00)/.test(raw);
  const digits = raw.replace(/\D+/g, '').replace(/^00/, plus && raw.trim().startsWith('00') ? '' : '');
  let candidate: string;
  if (plus) candidate = '+' + (raw.trim().startsWith('00') ? digits.replace(/^00/, '') : digits);
  else if (/^380\d{9}$/.test(digits)) candidate = '+' + digits;
  else if (/^0\d{9}$/.test(digits)) candidate = '+38' + digits;
  else if (/^80\d{9}$/.test(digits)) candidate = '+3' + digits; // old "8 0xx" trunk prefix
  else return null;
  // Ukrainian numbers are decided by their shape alone (the check below ignores what libphonenumber
  // says about them beyond parsing, and it parses every "+380" and nine digits), so the library,
  // ~6 µs a call, is asked only about other countries.
  if (candidate.startsWith('+380')) return /^\+380\d{9}$/.test(candidate) ? candidate : null;
  const parsed = parsePhoneNumberFromString(candidate);
  if (!parsed) return null;
  // Fail closed for Ukrainian numbers: any well-formed 0XX XXX XX XX counts, even unassigned ranges.
  if (parsed.countryCallingCode === '380' || candidate.startsWith('+380')) {
    return /^\+380\d{9}$/.test(candidate) ? candidate : null;
  }
  return parsed.isPossible() ? parsed.number : null;
}

const DATE_INSIDE = /(?<!\d)(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:19|20)?\d\d(?!\d)/;
/** Whether a candidate `raw` ending at `end` is a date, or runs into the minutes of a time ("[08.11.2025 23:12]"). */
function dateWithHour(text: string, raw: string, end: number): boolean {
  return DATE_INSIDE.test(raw) || (text[end] === ':' && /\d/.test(text[end + 1] ?? ''));
}

export const detectPhones: Detector = (text, ctx) => {
  const spans: Span[] = [];
  // A candidate starts at most three characters before its first digit ("+ (0…"): tried only there.
  scanTriggered(text, CANDIDATE_Y, DIGIT_RUN, 3, 'any', (m) => {
    const groups = splitGroups(m[0], m.index);
    // Greedy: from each group, take the longest run of groups that forms a phone number.
    let i = 0;
    while (i < groups.length) {
      let found: { j: number; e164: string } | null = null;
      let digits = '';
      for (let j = i; j < groups.length && digits.length <= 15; j++) {
        digits += groups[j]!.digits;
        const raw = text.slice(groups[i]!.start, groups[j]!.end);
        // (not a date with the hour after it: "[08.11.2025 23:12]")
        const e164 = digits.length >= 9 && digits.length <= 15 && !dateWithHour(text, raw, groups[j]!.end) ? phoneE164(raw) : null;
        if (e164) found = { j, e164 };
      }
      if (!found) {
        i++;
        continue;
      }
      // Every digit written apart, one or two left over after the number ("0 9 3 4 7 1 2 0 5 8 6"): a
      // typo of the same number, not a number of its own, so it goes with it.
      const left = groups.length - 1 - found.j;
      if (left > 0 && left <= 2 && groups.slice(i).every((g) => g.digits.length === 1)) found.j = groups.length - 1;
      const [start, end] = balanced(text, groups[i]!.start, groups[found.j]!.end);
      if (!ctx.allow.phones.includes(found.e164)) {
        spans.push({ kind: 'phone', start, end, entity: found.e164, confidence: 1 });
      }
      i = found.j + 1;
    }
  });
  // Loosely spaced numbers, every digit or group apart: "0 6 7 – 2 1 9 – 4 4 – 0 6", "067 - 219 - 44 - 06".
  scanTriggered(text, LOOSE_Y, DIGIT_RUN, 2, 'any', (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(spans, start, end)) return;
    if (dateWithHour(text, m[0], end)) return;
    const e164 = phoneE164(m[0].replace(/[^\d+]/g, ''));
    if (e164 && !ctx.allow.phones.includes(e164)) spans.push({ kind: 'phone', start, end, entity: e164, confidence: 0.95 });
    // A number that is said to be a phone but has a digit too many or too few ("з нового номера
    // 0 9 3 4 7 1 2 0 5 8 6"): a typo still dials close to her number, so it goes too (fail closed).
    else if (!e164 && /^\+?\s?[03]/.test(m[0]) && /^(?:\d{9,13})$/.test(m[0].replace(/[^\d]/g, '')) && PHONE_SAID.test(text.slice(Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 50), start))) {
      spans.push({ kind: 'phone', start, end, entity: m[0].replace(/\D/g, ''), confidence: 0.9 });
    }
  });
  // A number broken across two lines by a chat or a screenshot: "066 1⏎> 18 73 05". Only a Ukrainian
  // number whose two halves make exactly its digits, each half being no number by itself.
  if (text.includes('\n')) {
    LINE_BROKEN.lastIndex = 0;
    for (let m = LINE_BROKEN.exec(text); m; m = LINE_BROKEN.exec(text)) {
      const aStart = m.index; // (group 1 opens the match)
      const aEnd = aStart + m[1]!.length;
      const bEnd = m.index + m[0].length;
      const bStart = bEnd - m[2]!.length;
      LINE_BROKEN.lastIndex = bStart;
      if (overlapsAny(spans, aStart, bEnd)) continue;
      const e164 = phoneE164(m[1]! + m[2]!);
      if (!e164 || !/^\+380\d{9}$/.test(e164) || ctx.allow.phones.includes(e164)) continue;
      spans.push({ kind: 'phone', start: aStart, end: aEnd, entity: e164, confidence: 0.9 });
      spans.push({ kind: 'phone', start: bStart, end: bEnd, entity: e164, confidence: 0.9 });
      LINE_BROKEN.lastIndex = bEnd;
    }
  }
  // A landline's local part: after a phone word, in a list of names and numbers, or the tail of a full number found here.
  if (/\d-\d\d-\d\d/.test(text)) {
    LOCAL.lastIndex = 0;
    for (let m = LOCAL.exec(text); m; m = LOCAL.exec(text)) {
      const end = m.index + m[0].length;
      if (overlapsAny(spans, m.index, end)) continue;
      const digits = m[0].replace(/\D/g, '');
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const tail = spans.some((sp) => sp.kind === 'phone' && sp.entity?.endsWith(digits));
      if (tail || LOCAL_CUE.test(text.slice(Math.max(lineStart, m.index - 40), m.index)) || LOCAL_CUE_AFTER.test(text.slice(end, end + 16)) || nameColonBefore(text.slice(Math.max(lineStart, m.index - 30), m.index))) {
        spans.push({ kind: 'phone', start: m.index, end, entity: digits, confidence: 0.9 });
      }
    }
  }
  // Numbers dictated in words: "нуль шістдесят сім, сто двадцять три, сорок п'ять, шістдесят сім",
  // "oh-six-seven …": consecutive number words that add up to a phone's digits.
  const runs = /нул|нол|zero|oh/i.test(text) ? numberRuns(text) : [];
  for (let i = 0; i < runs.length; i++) {
    let digits = runs[i]!.digits;
    let j = i;
    while (runJoinsNext(text, runs, j) && digits.length < 12) {
      j++;
      digits += runs[j]!.digits;
    }
    // ("ноль шестьдесят три, 208 11 40": the code said in words, the rest written in digits)
    let end = runs[j]!.end;
    if (digits.startsWith('0') && digits.length < 9) {
      DIGITS_AFTER_WORDS.lastIndex = end;
      for (let m = DIGITS_AFTER_WORDS.exec(text); m && digits.length < 10; m = DIGITS_AFTER_WORDS.exec(text)) {
        digits += m[1]!;
        end = m.index + m[0].length;
      }
    }
    if ((j > i || end > runs[j]!.end) && digits.length >= 9 && (digits.startsWith('0') || digits.startsWith('380')) && (end === runs[j]!.end || !overlapsAny(spans, runs[i]!.start, end))) {
      const e164 = digits.startsWith('380') ? '+' + digits : '+38' + digits;
      if (!ctx.allow.phones.includes(e164)) spans.push({ kind: 'phone', start: runs[i]!.start, end, entity: e164, confidence: digits.length === 10 || digits.length === 12 ? 1 : 0.9 });
      i = j;
    }
  }
  return spans;
};

/** A bracket belongs to the number only with its partner: "(+380 66 901 23 45)" keeps its ")" outside. */
function balanced(text: string, start: number, end: number): [number, number] {
  const inner = text.slice(start, end);
  const open = inner.split('(').length - 1;
  const close = inner.split(')').length - 1;
  if (close > open && text[end - 1] === ')') end--;
  else if (open > close && text[start] === '(') start++;
  return [start, end];
}

/** Split a candidate into digit groups; a group keeps a leading "+"/"(" and trailing ")". */
function splitGroups(s: string, offset: number): Group[] {
  const out: Group[] = [];
  const re = /(?:\+|00(?=\d))?\(?\d+\)?/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, digits: m[0].replace(/\D/g, '') });
  }
  return out;
}
