/**
 * Social accounts: @name, t.me/…, instagram.com/…, facebook.com/…, vk.com/…, tiktok.com/@…, and
 * messenger mentions such as "телеграм: oksana_77" or "viber – @x".
 */
import type { Detector, Span } from '../types.ts';
import { overlapsAny, scanTriggered, sticky } from './util.ts';

const AT = /(?<![\p{L}\p{N}_.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?(?![\p{L}\p{N}_@]|\.\p{L})/gu;
const PROFILE = /(?<![\p{L}\p{N}_.\-])(?:https?:\/\/)?(?:www\.|m\.)?(?:t\.me|telegram\.me|instagram\.com|instagr\.am|facebook\.com|fb\.com|fb\.me|vk\.com|vk\.ru|ok\.ru|tiktok\.com|twitter\.com|x\.com|onlyfans\.com|threads\.net|wa\.me)\/@?[A-Za-z0-9_.\-]+(?:[/?][^\s<>"'«»)\]]*)?/giu;
const MESSENGER = /(?<![\p{L}\p{N}_])(?:телеграм[іуа]?|телеграмм[еуа]?|telegram|тг|tg|вайбер[іеу]?|viber|інстаграм[іу]?|инстаграм[еу]?|instagram|insta|інста|инста|інст|инст|inst|ig|іг|телега|телеги|телегу|threads|onlyfans|twitter|твіттер[іу]?|твиттер[еу]?|тікток[уі]?|тикток[еу]?|tiktok|фейсбук[уі]?|facebook|вк|vk|вконтакте|signal|сигнал[іе]?|whatsapp|ватсап[іе]?|вотсап[іе]?|snapchat|нік|ник|nick|логін|логин|username)(?:\s+(?:is|was|це|это|—|-))?\s*(?:[:\-–—]\s*|\s*\(\s*|\s+)@?([A-Za-z0-9_](?:[A-Za-z0-9_.]{1,30}[A-Za-z0-9_]))(?![\p{L}\p{N}_@])/giu;

/** A profile or account named in quotes or brackets: "from a profile «den_kov_bob»", "акаунт (liubov_i_roman)". */
const PROFILE_QUOTED = /(?<![\p{L}])(?:profile|профіль|профілю|профілем|профиль|профиля|профилю|профилем|акаунт\p{L}*|аккаунт\p{L}*|account|nickname|нікнейм\p{L}*|никнейм\p{L}*|username|юзернейм\p{L}*)[\s\u00a0]*[:\-–—]?[\s\u00a0]*[«"“(][\s\u00a0]*@?([A-Za-z][A-Za-z0-9_.]{1,30}[A-Za-z0-9_])[\s\u00a0]*[»"”)]/giu;
const PROFILE_QUOTED_TRIGGER = /profil|профіл|профил|акаунт|аккаунт|account|nickname|нікнейм|никнейм|username|юзернейм/i;
/** A user name in brackets just after a person's name: "Hope (hope_in_leeds)", "Ivanna's Instagram (ivanna.sea.k)". */
const PAREN_USER = /(?<=\p{Lu}\p{Ll}+(?:['’]s)?[»"”]?[\s\u00a0]*\()[A-Za-z][A-Za-z0-9]{2,}(?:[._][A-Za-z0-9]+)+_?(?=\))/gu;
/** Meta tag fields written after a platform and a colon (twitter:card, twitter:image). */
const META_FIELDS = new Set(['card', 'title', 'description', 'image', 'site', 'creator', 'url', 'type', 'alt', 'label1', 'data1', 'label2', 'data2', 'player', 'app']);
const PROFILE_Y = sticky(PROFILE);
const PROFILE_TRIGGER = /t\.me|telegram\.me|instagram\.com|instagr\.am|facebook\.com|fb\.com|fb\.me|vk\.com|vk\.ru|ok\.ru|tiktok\.com|twitter\.com|x\.com|onlyfans\.com|threads\.net|wa\.me/gi;
const MESSENGER_Y = sticky(MESSENGER);
const MESSENGER_TRIGGER = /телеграм|telegram|тг|tg|вайбер|viber|інстаграм|инстаграм|instagram|insta|інста|инста|інст|инст|inst|ig|іг|телег|threads|onlyfans|twitter|твіттер|твиттер|тікток|тикток|tiktok|фейсбук|facebook|вк|vk|signal|сигнал|whatsapp|ватсап|вотсап|snapchat|нік|ник|nick|логін|логин|username/gi;

/**
 * A user name written bare: den_4ik_kr, oksana_77, kitty2001 (letters with digits, joined by
 * underscores or not, dots inside: oksana.m_93). Words joined by underscores alone (summary_large_image, uk_UA) and hash ids
 * (uk_5c84149) are code.
 */
const BARE_USER = /(?<![\p{L}\p{N}_.@/\-])(?=[A-Za-z0-9_.]*\d)(?![A-Za-z0-9_]*_[0-9a-f]{6,}(?![A-Za-z0-9_]))(?:[A-Za-z]{3}[A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*(?:_[A-Za-z0-9]+)+|[a-z]{3,}\d{2,})(?![\p{L}\p{N}_@]|\.\p{L})/gu;

const BARE_USER_Y = sticky(BARE_USER);
const BARE_USER_TRIGGER = /[A-Za-z_]\d/g;

/** A display name with underscores in Cyrillic (лилия_цветочек, Диана_К): no code is written so. */
const CYRILLIC_USER = /(?<![\p{L}\p{N}_@])[\p{Script=Cyrillic}\d]+(?:_[\p{Script=Cyrillic}\p{N}]+)+(?![\p{L}\p{N}_])/gu;
/** What every match of CYRILLIC_USER holds: an underscore between two of its characters (a Markdown _emphasis_ has none). */
const CYRILLIC_USER_JOIN = /_(?<=[\p{Script=Cyrillic}\d]_)[\p{Script=Cyrillic}\p{N}]/u;
/** A chat export's sender line, "**kristina_ne_kassir:**" or "kristina_ne_kassir [22:52]": a user name there whatever it looks like. */
// (after a time, a date or an emoji: "20 Feb, 21:14 — **inkwell_kr:**", "💬 **serhii_gorodok:**")
const SENDER = /^(?:[^\n]{0,30}?[ \t][—–][ \t]+|[^\p{L}\n]*?)(?:\*\*|__)?([A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+)(?:\*\*|__)?(?=[ \t]*(?::|\*\*:|\[[^\]\n]{0,12}\d{1,2}:\d\d|\(\d{1,2}:\d\d))/gmu;
/**
 * A forum or Slack poster line: "**Natalka.Zh** · 30.10.2026", "**chloe.b** 10:02", "> **kvitka_z_pidvalu** писала:" —
 * the same user-name shape as a sender, then a separator dot, a clock time or a "wrote" verb.
 */
const POSTER_Y = /[ \t>*_-]*?(?:\*\*|__)?([A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+)(?:\*\*|__)?(?=[ \t]*(?:[·•|]|\d{1,2}:\d\d(?!\d)|(?:писала|писав|пише|написала|написав|писал|пишет|написал|wrote|writes|said)(?![\p{L}])))/uy;
/** A file or site name is no user name: "report.pdf:", "site.com.ua ·". */
/**
 * A user name after a word that names an account: "**Reporter account:** sonya.k.94", "User
 * roza_bez_shipov asked", "The account den_kov_bob was reported", "акаунт kvitka.z.pidvalu" — dots
 * or underscores inside, digits or not ("rubi_ua_" may end in one).
 */
const CUED_USER = /(?<![\p{L}])(?:account|user|username|profile|handle|login|акаунт\p{L}*|аккаунт\p{L}*|профіл\p{L}*|профил\p{L}*|користувач\p{L}*|пользовател\p{L}*|юзер\p{L}*|логін\p{L}*|логин\p{L}*)(?:[ \t]+(?:called|named|is|was))?[ \t]*[:\-–—]?[ \t*_]*[«"“(]?[ \t]*@?([A-Za-z][A-Za-z0-9]{2,}(?:[._][A-Za-z0-9]+)+_*)(?![\p{L}\p{N}@]|\.\p{L})/giu;
const CUED_USER_TRIGGER = /account|user|profile|handle|login|акаунт|аккаунт|профіл|профил|користувач|пользовател|юзер|логін|логин/i;
const FILE_OR_SITE = /\.(?:md|txt|pdf|docx?|xlsx?|csv|jpe?g|png|gif|mp[34]|html?|js|ts|json|zip|com|org|net|ua|ru|io|info|me)$/i;
/** A user name a poster line established, found again elsewhere: "Дякую kvitka_z_pidvalu", "користувачки Natalka.Zh". */
const spreadUserNames = (text: string, spans: Span[], names: ReadonlySet<string>) => {
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const end = i + name.length;
      // a whole token: no word character or user-name joiner either side (a full stop after it ends the sentence)
      if (/[\p{L}\p{N}_.@/]/u.test(text.charAt(i - 1)) || /[\p{L}\p{N}_@]/u.test(text.charAt(end)) || /^\.[\p{L}\p{N}]/u.test(text.slice(end, end + 2))) continue;
      if (!overlapsAny(spans, i, end)) spans.push({ kind: 'handle', start: i, end, entity: name.toLowerCase(), confidence: 0.9 });
    }
  }
};

export const detectHandles: Detector = (text) => {
  const spans: Span[] = [];
  const profile = (m: RegExpExecArray) => {
    const value = m[0].replace(/[.,;:!?]+$/, '');
    spans.push({ kind: 'handle', start: m.index, end: m.index + value.length, entity: value.toLowerCase().replace(/^.*\//, '').replace(/^@/, ''), confidence: 1 });
  };
  if (text.includes('@')) {
    AT.lastIndex = 0;
    for (let m = AT.exec(text); m; m = AT.exec(text)) profile(m);
  }
  // "https://www." is at most 12 characters before the platform's domain.
  scanTriggered(text, PROFILE_Y, PROFILE_TRIGGER, 12, 'any', profile);
  scanTriggered(text, MESSENGER_Y, MESSENGER_TRIGGER, 0, 'word', (m) => {
    const token = m[1]!;
    // A bare word after "телеграм" is a handle only if it looks like one (digit, _ or dot), or follows a colon.
    const afterColon = /[:\-–—]\s*@?$/.test(m[0].slice(0, m[0].length - token.length));
    if (!afterColon && !/[\d_.]/.test(token)) return;
    if (/^\d+$/.test(token)) return; // a number after "viber:" is the phone detector's
    // <meta name="twitter:card">, and the attribute value alone as the leak scan of the built site reads it
    if (/(?:name|property)=["']?$/.test(text.slice(Math.max(0, m.index - 12), m.index)) || (/^[^:]+:$/.test(m[0].slice(0, m[0].length - token.length)) && META_FIELDS.has(token.toLowerCase()))) return;
    const end = m.index + m[0].length;
    const start = end - token.length - (m[0][m[0].length - token.length - 1] === '@' ? 1 : 0);
    if (spans.some((sp) => sp.start <= start && sp.end >= end)) return; // the @name, found already
    spans.push({ kind: 'handle', start, end, entity: token.toLowerCase(), confidence: 0.9 });
  });
  if (text.includes('_')) {
    CYRILLIC_USER.lastIndex = 0;
    if (CYRILLIC_USER_JOIN.test(text)) for (let m = CYRILLIC_USER.exec(text); m; m = CYRILLIC_USER.exec(text)) spans.push({ kind: 'handle', start: m.index, end: m.index + m[0].length, entity: m[0].toLowerCase(), confidence: 0.9 });
    SENDER.lastIndex = 0;
    for (let m = SENDER.exec(text); m; m = SENDER.exec(text)) {
      const start = m.index + m[0].lastIndexOf(m[1]!);
      if (!overlapsAny(spans, start, start + m[1]!.length)) spans.push({ kind: 'handle', start, end: start + m[1]!.length, entity: m[1]!.toLowerCase(), confidence: 0.9 });
    }
  }
  const posters = new Set<string>();
  // tried at each line start (the pattern is sticky there), not scanned through the text
  for (let ls = 0; ls < text.length; ) {
    const nl = text.indexOf('\n', ls);
    POSTER_Y.lastIndex = ls;
    const m = POSTER_Y.exec(text);
    ls = nl < 0 ? text.length : nl + 1;
    if (!m) continue;
    const name = m[1]!;
    if (FILE_OR_SITE.test(name)) continue;
    const start = m.index + m[0].lastIndexOf(name);
    posters.add(name);
    if (!overlapsAny(spans, start, start + name.length)) spans.push({ kind: 'handle', start, end: start + name.length, entity: name.toLowerCase(), confidence: 0.9 });
  }
  // "@inkwell_kr" once, then "inkwell_kr:" in the DM export: the same account, wherever it is written bare
  for (const sp of spans) {
    const v = text.slice(sp.start, sp.end);
    if (sp.kind === 'handle' && v.startsWith('@') && /[._\d]/.test(v)) posters.add(v.slice(1));
  }
  if (CUED_USER_TRIGGER.test(text)) {
    CUED_USER.lastIndex = 0;
    for (let m = CUED_USER.exec(text); m; m = CUED_USER.exec(text)) {
      const name = m[1]!;
      const start = m.index + m[0].length - name.length;
      if (FILE_OR_SITE.test(name) || overlapsAny(spans, start, start + name.length)) continue;
      posters.add(name);
      spans.push({ kind: 'handle', start, end: start + name.length, entity: name.toLowerCase(), confidence: 0.9 });
    }
  }
  if (posters.size) spreadUserNames(text, spans, posters);
  if (PROFILE_QUOTED_TRIGGER.test(text)) {
    PROFILE_QUOTED.lastIndex = 0;
    for (let m = PROFILE_QUOTED.exec(text); m; m = PROFILE_QUOTED.exec(text)) {
      const start = m.index + m[0].lastIndexOf(m[1]!);
      if (!FILE_OR_SITE.test(m[1]!) && !overlapsAny(spans, start, start + m[1]!.length)) spans.push({ kind: 'handle', start, end: start + m[1]!.length, entity: m[1]!.toLowerCase(), confidence: 0.9 });
    }
  }
  if (text.includes('(')) {
    PAREN_USER.lastIndex = 0;
    for (let m = PAREN_USER.exec(text); m; m = PAREN_USER.exec(text)) {
      if (!FILE_OR_SITE.test(m[0]) && !overlapsAny(spans, m.index, m.index + m[0].length)) spans.push({ kind: 'handle', start: m.index, end: m.index + m[0].length, entity: m[0].toLowerCase(), confidence: 0.85 });
    }
  }
  // every bare user name has a Latin letter or an underscore right before a digit
  scanTriggered(text, BARE_USER_Y, BARE_USER_TRIGGER, 40, 'word', (m) => {
    if (spans.some((sp) => sp.start < m.index + m[0].length && sp.end > m.index)) return;
    spans.push({ kind: 'handle', start: m.index, end: m.index + m[0].length, entity: m[0].toLowerCase(), confidence: 0.8 });
  });
  return spans;
};
