/**
 * Document numbers: passports (АВ 123456, серія АВ № 123456), 9-digit ID cards near a document
 * word, 10-digit tax numbers (РНОКПП/ІПН/ИНН context or a valid checksum), bank cards (Luhn), IBANs
 * (UA + 27 digits, mod-97) and police badge / service numbers next to жетон, значок, badge, ….
 */
import type { Detector, Span } from '../types.ts';
import { contextBefore, digitRunMatches, digitsOf, luhnValid, overlapsAny, scanTriggered, sticky } from './util.ts';
import { NUMBER_WORD_SRC, numberRuns, runJoinsNext } from './numwords.ts';

const CYR_PAIR = 'АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЮЯ';
const PASSPORT = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(?:серія|серии|серия|series)\s+)?([${CYR_PAIR}]{2}|[A-Z]{2})(?:\s*№\s*|\s*N(?:o\.?|º)?\s*|[\s\-]?)(\d{6})(?![\p{L}\p{N}_])`,
  'gu',
);
const PASSPORT_Y = sticky(PASSPORT);
// A British National Insurance number (QQ 52 18 93 C): a shape of its own. An Irish PPS number
// (8830417WA): seven digits and one or two letters, beside the words that name it.
const UK_NINO = /(?<![\p{L}\p{N}_])[A-Z]{2}[ \u00a0]?\d\d[ \u00a0]?\d\d[ \u00a0]?\d\d[ \u00a0]?[A-D](?![\p{L}\p{N}_])/gu;
const IE_PPS = /(?<![\p{L}\p{N}_])\d{7}[A-W][A-IW]?(?![\p{L}\p{N}_])/gu;
const FOREIGN_TAX_CONTEXT = /PPSN?|personal\s+public\s+service|social\s+security|national\s+insurance|NI\s+(?:number|no\.?)|NINO|tax\s+(?:number|no\.?|id|reference)|TIN|SSN/iu;
const SHORT_WORDS = new Set('на за до по от од из із зі со во ко об та но не ни то це ще як ми ви вы мы их їх ее її он ну аж же би бы чи ли уж ці ті ти ты'.split(' '));
// An old passport with its number grouped, or written in lower case: "паспорт ЕА 417 092", "книжечка, ео 518 774", "passport FK 2218 093".
const PASSPORT_GROUPED = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])([${CYR_PAIR}]{2}|[${CYR_PAIR.toLowerCase()}]{2}|[A-Z]{2})[\s\u00a0\-]?(\d{2,4}(?:[\s\u00a0\-]\d{2,4}){1,2})(?![\p{L}\p{N}_]|[.,\-]\d)`,
  'gu',
);
const SIX_DIGITS = /\d{6}/g;
const PASSPORT_CONTEXT = /паспорт|passport|документ|document|серія|серия|series|посвідч|удостовер|квит(?:ок|ка|ком|ку)|біл(?:ет|ета)|билет|military|свідоцтв|свидетельств|certificate|довідк|справк|закордон|загран|біометр|биометр|licen[cs]e|permit|ліценз|лиценз|водійськ|водительск/iu;
// A birth certificate: Roman numeral, two Cyrillic letters (or their Latin transliteration in a translation), six digits ("I-ЖС № 123456", "ІІ-БК 654321", "I-OL 528044").
const BIRTH_CERT = /(?<![\p{L}\p{N}_])(?:[IІVХX]{1,4})[\-‑–]?[\s\u00a0]?(?:[АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЮЯ]{2}|[A-Z]{2})[\s\u00a0]*(?:№|N)?[\s\u00a0]*\d{6}(?![\p{L}\p{N}_])/gu;
const BIRTH_CERT_Y = sticky(BIRTH_CERT);
// A number after a certificate/registration word: "довідка ВПО № 3211-5009871", "справка о регистрации №12/345", "registration certificate no. 4471-22".
const CERT_NUMBER = /(?<![\p{L}\p{N}_])(?:довідк\p{L}*|посвідк\p{L}*|свідоцтв\p{L}*|свидетельств\p{L}*|справк\p{L}*|квит(?:ок|ка|ком|ку)|билет\p{L}*|реєстрац\p{L}*|регистрац\p{L}*|прописк\p{L}*|certificate|registration|military\s+ID)(?:[^\n.!?№#\d]{0,40}?)(?:№|#|N(?=\s?\d)|No\.?|number|номер\p{L}*)[\s\u00a0:]*([A-ZА-ЯІЇЄҐ]{0,3}[\s\-]?\d[\d\-/]{2,18}\d)(?![\p{L}\p{N}_]|[.,]\d)/giu;
const CERT_TRIGGER = /довідк|посвідк|свідоцтв|свидетельств|справк|квит|билет|реєстрац|регистрац|прописк|certificate|registration|military/giu;
const CERT_NUMBER_Y = sticky(CERT_NUMBER);

const NINE = /(?=\d)(?<![\p{L}\p{N}_\-.,])\d{9}(?![\p{L}\p{N}_]|[.,\-]\d)/gu;
const ID_CONTEXT = /паспорт|passport|id[\s\-‑]?(?:карт|card|картк)|айді|айди|документ|document|посвідч|удостовер|запис\p{L}*\s+№|ЄДДР|УНЗР/iu;

const TEN = /(?=\d)(?<![\p{L}\p{N}_\-.,+])\d{10}(?![\p{L}\p{N}_]|[.,\-]\d)/gu;
const TAX_CONTEXT = /РНОКПП|ІПН|ИПН|ИНН|ідентифікац\p{L}*\s+(?:код|номер)|идентификац\p{L}*\s+(?:код|номер)|податков\p{L}*\s+номер|налогов\p{L}*\s+номер|tax\s*(?:number|id|code)|TIN/iu;

const CARD = /(?=\d)(?<![\p{L}\p{N}_\-.])\d(?:[ \-]?\d){12,18}(?![\p{L}\p{N}_]|[\-.]\d)/gu;
// (each starts a run of digits: tried only there, see digitRunMatches)
const NINE_Y = sticky(NINE);
const TEN_Y = sticky(TEN);
const CARD_Y = sticky(CARD);
const CARD_CONTEXT = /карт\p{L}*|card|visa|mastercard|приват|монобанк|mono/iu;

const IBAN = /(?=[Uu])(?<![\p{L}\p{N}_])UA\s?\d{2}(?:\s?\d){25}(?![\p{L}\p{N}_])/giu;
/** Any other country's IBAN (DE65 3704 0044 8216 6197 94, PL61 1090 …): two letters, two check digits, 11–30 more, mod-97 valid. */
const FOREIGN_IBAN = /(?<![\p{L}\p{N}_])(?!UA)[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?(?![\p{L}\p{N}_])/gu;

// The word for a badge or service number, in any case form: жетон/жетона/жетоном, значок/значка,
// нагрудний знак, (службове) посвідчення, (служебное) удостоверение, badge, shield, service number.
const BADGE_WORD = String.raw`(?:(?:номер\p{L}*|number)\s+(?:(?:його|її|его|ее|её|his|her|the|this)\s+)?(?:жетон\p{L}*|значк\p{L}*|badge|shield)|жетон\p{L}*|нагрудн\p{L}*\s+знак\p{L}*|знач(?:ок|ка|ку|ком|ці|ки|ків|кам|ке)|(?:службов\p{L}*\s+|служебн\p{L}*\s+)?(?:посвідчен\p{L}*|удостоверени\p{L}*)|badge|shield|collar\s+(?:number|no\.?)|warrant\s+(?:number|no\.?|card)|service\s+(?:number|no\.?|id)|табельн\p{L}*\s+номер\p{L}*|особов\p{L}*\s+номер\p{L}*|личн\p{L}*\s+номер\p{L}*)`;
// Between the word and the number: punctuation (— : , № #) and a few short words ("з номером", "number", "was").
const BADGE_GAP = String.raw`(?:[\s:—–\-,.№#(]|(?<![\p{L}])(?:з|с|із|зі|під|под|with|номер\p{L}*|number|no|nr|num|is|was|read|reads|був|було|был|было|стояв|стоял|N(?=\s?\d))(?![\p{L}])){0,12}`;
const BADGE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])${BADGE_WORD}${BADGE_GAP}((?:[A-ZА-ЯІЇЄҐ]{1,3}[\s\-]?)?\d(?:[\s\-]?\d){1,11})(?![\p{L}\p{N}_]|[.,]\d|\s*(?:рок|рік|рр|год|лет|years?|грн|гривен|гривн|uah|\$|%))`,
  'giu',
);

const BADGE_Y = sticky(BADGE);
const NW = String.raw`(?:${NUMBER_WORD_SRC})`;
/** Digits read out from a zero, and the rest after "і далі"/"and then": "ноль ноль п'ять і далі шістнадцять сорок вісім". */
const SPOKEN_BADGE = new RegExp(String.raw`(?<![\p{L}])((?:ноль|нуль|zero)(?:[\s,]+${NW}){1,7})(?:[\s,]+(?:і|и|та|and)[\s,]+(?:далі|дальше|потім|потом|then)?[\s,]*(${NW}(?:[\s,]+${NW}){0,6}))?`, 'giu');
const BADGE_NEAR_WORD = /(?:жетон\p{L}*|нагрудн\p{L}*\s+знак\p{L}*|значк\p{L}*|значок|службов\p{L}*\s+посвідчен\p{L}*|служебн\p{L}*\s+удостоверени\p{L}*|удостоверени\p{L}*|badges?|shield|service\s+number|табельн\p{L}*)(?![\p{L}])/giu;
// (digits may come in groups: 0367 215, 0 117 625; five to eight of them, or from three for a part)
const BADGE_DIGITS = /^\d{1,8}(?:[ \u00a0]\d{2,4}){0,3}(?![\d\p{L}]|[.,:]\d|\s*(?:грн|гривен|гривн|uah|\$|%|рок|рік|год|лет|years?))/u;
const PARTIAL_CUE = /почина|начина|starting|starts|begins|begin with|перш\p{L}*\s+(?:\p{L}+\s+)?цифр|перв\p{L}*\s+(?:\p{L}+\s+)?цифр|first\s+(?:\w+\s+)?digits|частин|частич|partial/iu;
const FIRST_DIGITS = /(?<![\p{L}])(?:перш\p{L}*|перв\p{L}*|first|останн\p{L}*|последн\p{L}*|last)\s+(?:\p{L}+\s+)?(?:цифр\p{L}*|digits)[^\d\n]{0,30}?(\d{2,8})(?![\d\p{L}])/giu;
/** What every FIRST_DIGITS match contains (same flags): texts without it skip that scan, slow for its leading look-behind. */
const FIRST_DIGITS_WORD = /цифр|digits/iu;
const LICENCE_SRC = /(?<![\p{L}\p{N}_])[АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЮЯ]{3}[\s\u00a0]?№?[\s\u00a0]?\d{6}(?![\p{L}\p{N}_])/gu;
const LICENCE_Y = sticky(LICENCE_SRC);
/** Three Latin capitals and six digits (AXE 204118): a licence or a foreign document, with a document word nearby. */
const LATIN3_Y = sticky(/(?<![\p{L}\p{N}_])[A-Z]{3}[\s\u00a0]?(?:№|No\.?)?[\s\u00a0]?\d{6}(?![\p{L}\p{N}_])/gu);
const BADGE_TRIGGER = /номер|number|жетон|нагрудн|знач|службов|служебн|посвідч|удостовер|badge|shield|collar|warrant|service|табельн|особов|личн/giu;

/** Ukrainian individual tax number checksum (РНОКПП). */
export function rnokppValid(d: string): boolean {
  if (!/^\d{10}$/.test(d)) return false;
  const w = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += w[i]! * (d.charCodeAt(i) - 48);
  return ((((sum % 11) + 11) % 11) % 10) === d.charCodeAt(9) - 48;
}

/** IBAN mod-97 check. @example ibanValid('UA213223130000026007233566001') → true */
export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) rem = (rem * 10 + (c.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

export const detectDocuments: Detector = (text) => {
  const spans: Span[] = [];
  const push = (kind: Span['kind'], start: number, end: number, confidence: number) =>
    spans.some((x) => x.start === start && x.end === end) ||
    spans.push({ kind, start, end, entity: digitsOf(text.slice(start, end)) || text.slice(start, end), confidence });

  // A badge read out in words, from its zeros: "жетон я бачила … ноль ноль п'ять і далі шістнадцять сорок вісім"
  if (/ноль|нуль|zero/i.test(text)) {
    BADGE_NEAR_WORD.lastIndex = 0;
    for (let m = BADGE_NEAR_WORD.exec(text); m; m = BADGE_NEAR_WORD.exec(text)) {
      const from = m.index + m[0].length;
      const line = text.slice(from, from + 120).split('\n')[0]!;
      SPOKEN_BADGE.lastIndex = 0;
      const w = SPOKEN_BADGE.exec(line);
      if (!w) continue;
      const start = from + w.index;
      if (overlapsAny(spans, start, start + w[1]!.length)) continue;
      push('badge', start, start + w[1]!.length, 0.9);
      if (w[2]) push('badge', start + w[0].length - w[2].length, start + w[0].length, 0.9);
    }
  }
  // A card read out in words, digit by digit or in pairs ("п'ять три сім п'ять, три один один три, …"):
  // number words in a row that make 13–19 digits, with a valid checksum or after a card word.
  const runs = numberRuns(text);
  for (let i = 0; i + 3 < runs.length; i++) {
    // (the longest stretch from here whose digits pass the checksum; else exactly 16 after a card word)
    let digits = runs[i]!.digits;
    let valid = -1;
    let sixteen = -1;
    for (let j = i; ; j++) {
      if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) valid = j;
      if (digits.length === 16) sixteen = j;
      if (digits.length >= 19 || !runJoinsNext(text, runs, j)) break;
      digits += runs[j + 1]!.digits;
    }
    const j = valid >= 0 ? valid : sixteen >= 0 && contextBefore(text, runs[i]!.start, CARD_CONTEXT, 40) ? sixteen : -1;
    // (a count, "один, два, три, …", is no card)
    if (j < 0 || j - i < 6 || runs.slice(i, j).every((r, k) => runs[i + k + 1]!.value === r.value + 1)) continue;
    push('card', runs[i]!.start, runs[j]!.end, valid >= 0 ? 1 : 0.9);
    i = j;
  }
  if (!/\d/.test(text)) return spans;
  // "серия AB № " is at most 16 characters before the six digits.
  scanTriggered(text, PASSPORT_Y, SIX_DIGITS, 16, 'word', (m) => {
    const latin = /^[A-Z]/.test(m[1]!);
    // Latin letter pairs (AB 123456) also look like product codes: only with a document word nearby.
    // Latin letter pairs (FA123456, a foreign passport) need a document word within 50 characters before or 40 after.
    if (latin && !contextBefore(text, m.index + (m[0].length - m[0].trimStart().length), PASSPORT_CONTEXT, 50) && !PASSPORT_CONTEXT.test(m[0]) && !PASSPORT_CONTEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return;
    const start = m.index + m[0].indexOf(m[1]!, /^(серія|серии|серия|series)/iu.test(m[0]) ? m[0].search(/\s/) : 0);
    push('passport', start, m.index + m[0].length, 1);
  });
  if (PASSPORT_CONTEXT.test(text)) {
    PASSPORT_GROUPED.lastIndex = 0;
    for (let m = PASSPORT_GROUPED.exec(text); m; m = PASSPORT_GROUPED.exec(text)) {
      const digits = m[2]!.replace(/\D/g, '').length;
      // six digits, or seven after Latin letters (a foreign passport); always with a document word beside it
      if (!(digits === 6 || (digits === 7 && /^[A-Z]/.test(m[1]!)))) continue;
      // (a lower-case pair that is a word is no series: "за 150 000 грн", "на 120 300")
      if (m[1] === m[1]!.toLowerCase() && SHORT_WORDS.has(m[1]!)) continue;
      const end = m.index + m[0].length;
      if (!contextBefore(text, m.index, PASSPORT_CONTEXT, 50) && !PASSPORT_CONTEXT.test(text.slice(end, end + 40))) continue;
      if (overlapsAny(spans, m.index, end)) continue;
      push('passport', m.index, end, 0.95);
    }
  }
  if (/[A-Z]{2}[ \u00a0]?\d\d|\d{7}[A-W]/.test(text)) {
    for (const re of [UK_NINO, IE_PPS]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const end = m.index + m[0].length;
        const context = contextBefore(text, m.index, FOREIGN_TAX_CONTEXT, 50) || FOREIGN_TAX_CONTEXT.test(text.slice(end, end + 30));
        // (the NI shape alone counts when it is spaced as the card prints it: "QQ 52 18 93 C")
        if ((context || (re === UK_NINO && /\s/.test(m[0]))) && !overlapsAny(spans, m.index, end)) push('tax-number', m.index, end, 0.95);
      }
    }
  }
  for (const m of digitRunMatches(text, NINE_Y)) {
    if (contextBefore(text, m.index, ID_CONTEXT, 60)) push('passport', m.index, m.index + 9, 0.95);
  }
  for (const m of digitRunMatches(text, TEN_Y)) {
    const ctxHit = contextBefore(text, m.index, TAX_CONTEXT, 60);
    if (ctxHit) push('tax-number', m.index, m.index + 10, 1);
    else if (!m[0].startsWith('0') && rnokppValid(m[0])) push('tax-number', m.index, m.index + 10, 0.7);
  }
  for (const m of digitRunMatches(text, CARD_Y)) {
    const d = digitsOf(m[0]);
    if (d.length < 13 || d.length > 19) continue;
    if (luhnValid(d)) push('card', m.index, m.index + m[0].length, 1);
    else if (contextBefore(text, m.index, CARD_CONTEXT, 40)) push('card', m.index, m.index + m[0].length, 0.9);
  }
  // (only the ones whose checksum holds: a code such as "AB12 CD34 EF56" is no account)
  if (/[A-Z]{2}\d\d/.test(text)) {
    FOREIGN_IBAN.lastIndex = 0;
    for (let m = FOREIGN_IBAN.exec(text); m; m = FOREIGN_IBAN.exec(text)) {
      const compact = m[0].replace(/\s+/g, '');
      if (compact.length >= 15 && compact.length <= 34 && /\d{6}/.test(compact.replace(/[A-Z]/g, '')) && ibanValid(compact)) push('iban', m.index, m.index + m[0].length, 1);
    }
  }
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(text); m; m = IBAN.exec(text)) {
    // A typo in an account number still identifies someone: report it either way.
    push('iban', m.index, m.index + m[0].length, ibanValid(m[0]) ? 1 : 0.9);
  }
  scanTriggered(text, BIRTH_CERT_Y, SIX_DIGITS, 14, 'word', (m) => push('passport', m.index, m.index + m[0].length, 1));
  scanTriggered(text, CERT_NUMBER_Y, CERT_TRIGGER, 0, 'word', (m) => {
    const num = m[1]!;
    if (digitsOf(num).length < 4 || /^(?:19|20)\d\d$/.test(num)) return;
    const end = m.index + m[0].length;
    push('passport', end - num.length, end, 1);
  });
  // A driver's licence and similar: three Cyrillic capitals and six digits ("ВХН 482913").
  scanTriggered(text, LICENCE_Y, SIX_DIGITS, 7, 'word', (m) => push('passport', m.index, m.index + m[0].length, 1));
  scanTriggered(text, LATIN3_Y, SIX_DIGITS, 12, 'word', (m) => {
    const end = m.index + m[0].length;
    if (contextBefore(text, m.index, PASSPORT_CONTEXT, 50) || PASSPORT_CONTEXT.test(text.slice(end, end + 40))) push('passport', m.index, end, 0.95);
  });
  scanTriggered(text, BADGE_Y, BADGE_TRIGGER, 0, 'word', (m) => {
    const num = m[1]!;
    const end = m.index + m[0].length;
    push('badge', end - num.length, end, 1);
  });
  // A 5–8 digit number within the sentence (or the next) after a badge word: "на жетоні я встигла прочитати 0418273".
  BADGE_NEAR_WORD.lastIndex = 0;
  for (let m = BADGE_NEAR_WORD.exec(text); m; m = BADGE_NEAR_WORD.exec(text)) {
    if (m.index > 0 && /\p{L}/u.test(text[m.index - 1]!)) continue;
    const from = m.index + m[0].length;
    const window = text.slice(from, from + 160);
    let stops = 0;
    for (let k = 0; k < window.length; k++) {
      const c = window[k]!;
      if (c === '\n') break;
      if ((c === '.' || c === '!' || c === '?') && !/\d/.test(window[k + 1] ?? '')) {
        if (++stops > 1) break;
      }
      if (c >= '0' && c <= '9' && (k === 0 || !/[\d\p{L}]/u.test(window[k - 1]!))) {
        // (a part of one, when the text says so: "починається на «0391»", "a badge starting 082")
        const partial = PARTIAL_CUE.test(window.slice(0, k));
        const d = BADGE_DIGITS.exec(window.slice(k));
        const count = d ? d[0].replace(/\D/g, '').length : 0;
        // (or a part with the rest left out: "жетон щось на …3318", "жетон 0301…", badge "0171"...)
        const elided = !!d && (/(?:…|\.\.)[«"“]?$/.test(window.slice(Math.max(0, k - 3), k)) || /^[»"”]?(?:…|\.\.)/.test(window.slice(k + d[0].length)));
        if (d && count >= (partial ? 3 : elided ? 2 : 5) && count <= 8 && !/^(?:19|20)\d\d$/.test(d[0])) {
          if (overlapsAny(spans, from + k, from + k + d[0].length)) break;
          push('badge', from + k, from + k + d[0].length, 1);
          break;
        }
        while (k + 1 < window.length && /\d/.test(window[k + 1]!)) k++;
      }
    }
  }
  // "тільки перші цифри запам'ятала 0227": the first digits of a badge named a little earlier
  FIRST_DIGITS.lastIndex = 0;
  for (let m = FIRST_DIGITS_WORD.test(text) ? FIRST_DIGITS.exec(text) : null; m; m = FIRST_DIGITS.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    if (spans.some((x) => start < x.end && end > x.start)) continue;
    BADGE_NEAR_WORD.lastIndex = 0;
    if (BADGE_NEAR_WORD.test(text.slice(Math.max(0, m.index - 300), m.index))) push('badge', start, end, 0.9);
  }
  return spans;
};
