/**
 * Links: http(s)/www addresses and bare domains such as site.com.ua/page. A bare domain of a big
 * platform with no path (facebook.com) names no one and is left; with a path it is a finding.
 */
import type { Detector, Span } from '../types.ts';
import { sticky } from './util.ts';

const TLD = String.raw`(?:com|net|org|info|biz|ua|ru|by|kz|pl|de|cz|md|ge|me|io|co|uk|eu|us|su|tv|cc|app|site|online|club|top|xyz|pro|live|link|blog|shop|store|space|website|today|media|photo|photos|studio|art|news|agency|digital|design|tech|page|world|center|network|group|dev|email|social|community|events|guru|life|love|team|works|zone|cloud|host|press|name|mobi|lt|lv|ee|ro|fr|es|nl|ch|ca|au|se|fi|dk|hu|sk|bg|gr|tr|il|jp|cn|uz|az|kg|tj|ai|fm|ie|gl|ly|pt|nz|za|gg|lu|mt|cy|si|hr|rs|ba|mk|ws|gd|vc|tk|ml|ga|cf|рф|укр|(?:at|be|it|in|to|is|la|li|am|im|sh|al)(?=/))`;
// (endings that are also words, "it", "at", "to", count only with a path: "fine.it/…", never "it.at the end")
const PATH = String.raw`(?:[/?#][^\s<>"'«»\]\[]*)?`;
const URL_RE = new RegExp(
  String.raw`(?:https?://|www\.)[^\s<>"'«»\]\[]+` +
    '|' +
    // (a known ending, not the middle of a longer host: "photos.app.goo.gl/…" is one link, not "photos.app")
    String.raw`(?<![\p{L}\p{N}_@.\-/])(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?\.)+${TLD}(?![\p{L}\p{N}_\-]|\.[\p{L}\p{N}])(?::\d+)?${PATH}`,
  'giu',
);

const URL_Y = sticky(URL_RE);
const SCHEME = /https?:\/\/|www\./gi;
const TLD_DOT = new RegExp(String.raw`\.${TLD}(?![\p{L}\p{N}_\-]|\.[\p{L}\p{N}])`, 'giu');
/** Characters the domain look-behind refuses before a match: a domain starts where they stop. */
const NOT_BEFORE = /[\p{L}\p{N}_@.\-/]/u;

/**
 * Where a link can start: at "http"/"www", or where the run of domain characters before a
 * ".com"-like ending begins. Trying URL_RE only there gives what a global scan would, much faster.
 */
function candidates(text: string): number[] {
  const out: number[] = [];
  SCHEME.lastIndex = 0;
  for (let m = SCHEME.exec(text); m; m = SCHEME.exec(text)) out.push(m.index);
  TLD_DOT.lastIndex = 0;
  for (let m = TLD_DOT.exec(text); m; m = TLD_DOT.exec(text)) {
    let s = m.index;
    while (s > 0 && NOT_BEFORE.test(text[s - 1]!)) s--;
    out.push(s);
  }
  return out.sort((a, b) => a - b);
}

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
  if (!text.includes('.')) return spans;
  let lastEnd = 0;
  for (const p of candidates(text)) {
    if (p < lastEnd) continue;
    URL_Y.lastIndex = p;
    const m = URL_Y.exec(text);
    if (!m) continue;
    lastEnd = p + m[0].length;
    const value = trimUrlEnd(m[0]);
    const bare = value.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/$/, '').toLowerCase();
    if (GENERIC.has(bare)) continue;
    if (!/[\p{L}\p{N}]/u.test(bare)) continue;
    // "said no.Se…": a capital after the dot of a bare lower-case word is a missing space, not a domain
    if (!/^(?:https?:\/\/|www\.)/i.test(value) && /^[\p{Ll}\p{N}-]+\.\p{Lu}\p{Ll}*$/u.test(value)) continue;
    spans.push({ kind: 'url', start: m.index, end: m.index + value.length, entity: bare, confidence: 1 });
  }
  return spans;
};
