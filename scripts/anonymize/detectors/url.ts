/**
 * Links: http(s)/www addresses and bare domains such as site.com.ua/page. A bare domain of a big
 * platform with no path (facebook.com) names no one and is left; with a path it is a finding.
 */
import type { Detector, Span } from '../types.ts';

const TLD = String.raw`(?:com|net|org|info|biz|ua|ru|by|kz|pl|de|cz|md|ge|me|io|co|uk|eu|us|su|tv|cc|app|site|online|club|top|xyz|pro|live|link|blog|shop|store|space|website|today|рф|укр)`;
const PATH = String.raw`(?:[/?#][^\s<>"'«»\]\[]*)?`;
const URL_RE = new RegExp(
  String.raw`(?:https?://|www\.)[^\s<>"'«»\]\[]+` +
    '|' +
    String.raw`(?<![\p{L}\p{N}_@.\-/])(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?\.)+${TLD}(?![\p{L}\p{N}_\-])(?::\d+)?${PATH}`,
  'giu',
);

/** Platforms whose bare domain (no path) identifies nobody. */
const GENERIC = new Set([
  'facebook.com', 'instagram.com', 'tiktok.com', 'vk.com', 'ok.ru', 't.me', 'telegram.org', 'youtube.com',
  'google.com', 'wikipedia.org', 'twitter.com', 'x.com', 'viber.com', 'whatsapp.com', 'un.org', 'gov.ua',
]);

/** Trim trailing punctuation that belongs to the sentence, keeping balanced brackets. */
export function trimUrlEnd(s: string): string {
  let out = s;
  for (;;) {
    const last = out.at(-1);
    if (!last) return out;
    if ('.,;:!?…'.includes(last) || last === '*' || last === '_' || last === '`') out = out.slice(0, -1);
    else if (last === ')' && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) out = out.slice(0, -1);
    else return out;
  }
}

export const detectUrls: Detector = (text) => {
  const spans: Span[] = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) {
    const value = trimUrlEnd(m[0]);
    const bare = value.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/$/, '').toLowerCase();
    if (GENERIC.has(bare)) continue;
    if (!/[\p{L}\p{N}]/u.test(bare)) continue;
    spans.push({ kind: 'url', start: m.index, end: m.index + value.length, entity: bare, confidence: 1 });
  }
  return spans;
};
