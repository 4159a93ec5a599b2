/**
 * The number net: a long number that no specific detector explained is treated as an identifier
 * (a badge, case, protocol, account or postal code), unless it is money. It runs after the other
 * detectors (detectors/index.ts NETS), on what they left.
 *
 * Stories count money and people in small or grouped numbers ("10 000 гривень", "UAH 41,500",
 * "300 грн"), give years in four digits and times with a colon; identifiers are long digit runs
 * ("0028144", "25006") or long groups ("006 631 928"). So: five or more digits in one run, or seven or
 * more in groups of digits joined by single spaces or dashes, with no currency word or sign next to it.
 */
import type { Detector, Span } from '../types.ts';
import { digitRunMatches, overlapsAny, sticky } from './util.ts';

const RUN = /(?<![\p{L}\p{N}_.,])\d+(?:[ \u00a0-]\d+)*(?![\p{N}]|[.,]\d)/gu;
// (a run starts a run of digits: tried only there, see digitRunMatches)
const RUN_Y = sticky(RUN);
const CURRENCY_AFTER =
  /^\s*(?:тис\.?|тисяч\w*|тыс\.?|тысяч\w*|thousand|млн|mln|million)?\s*(?:грн|гривн\w*|гривен\w*|гривень|гривні|₴|uah|hryvn\w*|доларів|долар\w*|доллар\w*|dollars?|usd|\$|€|євро|евро|euros?|eur|руб\w*|rubles?|злот\w*|zloty|лей|lei|%|відсот\w*|процент\w*|percent)(?![\p{L}])/iu;
const CURRENCY_BEFORE = /(?:грн|uah|usd|eur|\$|€|₴|сума|сумма|sum of|amount of)\.?\s*$/iu;

const SERIES_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}{2,3}[\s\u00a0]?(?:№|No\.?|#)?[\s\u00a0]?$/u;

export const detectLongNumbers: Detector = (text, ctx) => {
  const claimed = ctx.claimed ?? [];
  const spans: Span[] = [];
  for (const m of digitRunMatches(text, RUN_Y)) {
    const start = m.index;
    const end = start + m[0].length;
    const digits = m[0].replace(/\D/g, '');
    const grouped = digits.length !== m[0].length;
    if (grouped ? digits.length < 7 : digits.length < 5) continue;
    if (grouped && /^(?:1[89]|20)\d\d[ \u00a0-]+(?:1[89]|20)\d\d$/.test(m[0])) continue; // 2019-2021
    if (overlapsAny(claimed, start, end)) continue;
    // the tail of an allowed number written in an unusual grouping: +38 (067) 450 777 4
    if (ctx.allow.phones.some((p) => p.replace(/\D/g, '').endsWith(digits))) continue;
    if (CURRENCY_AFTER.test(text.slice(end, end + 24)) || CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // a series written before the number goes with it: "GE 413920", "VAD 774015", "серія АБ 123456"
    const series = SERIES_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
    const from = series && !overlapsAny(claimed, start - series[0].length, start) ? start - series[0].length : start;
    spans.push({ kind: 'number', start: from, end, entity: digits, confidence: 0.7 });
  }
  return spans;
};
