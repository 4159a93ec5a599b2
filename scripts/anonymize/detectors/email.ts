/**
 * E-mail addresses, Latin or Cyrillic (ім'я@пошта.укр), and addresses written to dodge spam
 * filters: "olena [at] ukr.net", "sveta(собака)mail.ru", "anna.k at gmail dot com".
 */
import type { Detector, Span } from '../types.ts';

const EMAIL = /(?<![\p{L}\p{N}_.%+\-])[\p{L}\p{N}_.%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}(?![\p{L}\p{N}_])/gu;

const EMAIL_Y = new RegExp(EMAIL.source, 'uy');
const LOCAL_CHAR = /[\p{L}\p{N}_.%+\-]/u;

// ---- written out ----
const LOCAL = String.raw`[\p{L}\p{N}][\p{L}\p{N}_.%+\-]*`;
/** The word for "@" in the three languages (собака, равлик, эт, ет), bracketed or not. */
const AT_WORD = String.raw`(?:at|собака|собачка|равлик|эт|ет)`;
const AT_BRACKETED = String.raw`\s*[\[(<{]\s*(?:${AT_WORD}|@)\s*[\])>}]\s*`;
const AT_BARE = String.raw`\s+${AT_WORD}\s+`;
const DOT_WORD = String.raw`(?:dot|точка|крапка)`;
const DOT = String.raw`(?:\.|\s*[\[(<{]\s*(?:${DOT_WORD}|\.)\s*[\])>}]\s*|\s+${DOT_WORD}\s+)`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?`;
const DOMAIN = String.raw`${LABEL}(?:${DOT}${LABEL})*${DOT}\p{L}{2,}`;
const SPELLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.%+\-@])(${LOCAL})(${AT_BRACKETED}|${AT_BARE})(${DOMAIN})(?![\p{L}\p{N}_@]|\.[\p{L}\p{N}])`,
  'giu',
);
// (the word first and the look-behind after it, which V8 searches several times faster than a leading
// look-behind; the same test, as no word of the two lists ends another one)
const SPELLED_HINT = new RegExp(String.raw`(?:${AT_WORD}|${DOT_WORD})(?<!\p{L}(?:${AT_WORD}|${DOT_WORD}))(?!\p{L})|[\[(<{]\s*@`, 'iu');
// What follows the local part in every match of SPELLED (the @ word and the domain, as SPELLED has
// them): its global scan tries every word start of a text with an " at " in it, this one only the
// spaces and brackets, and most texts with an " at " have no domain after it ("at home.").
const SPELLED_TAIL = new RegExp(String.raw`(?:${AT_BRACKETED}|${AT_BARE})(?:${DOMAIN})(?![\p{L}\p{N}_@]|\.[\p{L}\p{N}])`, 'iu');
/** Mail services a bare "name at service" is believed for without any other sign. */
const MAIL_HOSTS = new Set([
  'gmail', 'googlemail', 'ukr', 'i', 'meta', 'bigmir', 'mail', 'yandex', 'ya', 'rambler', 'bk', 'inbox', 'list',
  'yahoo', 'outlook', 'hotmail', 'live', 'icloud', 'proton', 'protonmail', 'pm', 'gmx', 'tutanota', 'tuta', 'online',
]);

/** "name [at] host.ua": a bracketed @ word or a spelled-out dot is enough; a bare " at " needs a mail host or a dotted name. */
function spelledOut(text: string, spans: Span[]): void {
  if (!SPELLED_HINT.test(text) || !SPELLED_TAIL.test(text)) return;
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(text); m; m = SPELLED.exec(text)) {
    const [whole, local, at, domain] = m as unknown as [string, string, string, string];
    const bracketed = /[\[(<{]/.test(at);
    const dotWritten = !/^[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+$/u.test(domain);
    const host = domain.split(/[\s.\[\](){}<>]+/u)[0]!.toLowerCase();
    const believable = bracketed || dotWritten || MAIL_HOSTS.has(host) || /[._\d]/.test(local);
    if (!believable) continue;
    const entity = `${local}@${domain.replace(new RegExp(DOT, 'giu'), '.')}`.toLowerCase();
    spans.push({ kind: 'email', start: m.index, end: m.index + whole.length, entity, confidence: 1 });
  }
}

export const detectEmails: Detector = (text) => {
  const spans: Span[] = [];
  // From each "@", back to where its local part starts, then one sticky match there.
  let done = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < done) continue;
    let start = at;
    while (start > 0 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    EMAIL_Y.lastIndex = start;
    const m = EMAIL_Y.exec(text);
    if (!m) continue;
    spans.push({ kind: 'email', start, end: start + m[0].length, entity: m[0].toLowerCase(), confidence: 1 });
    done = start + m[0].length;
  }
  spelledOut(text, spans);
  return spans;
};
