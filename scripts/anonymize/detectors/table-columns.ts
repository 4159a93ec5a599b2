/**
 * The table net: in a Markdown table, a column's header says what its cells are. Under "Ім'я",
 * "Хто", "Name" every capitalised word is a person, whatever word it is (| Слава |, | Дойна |);
 * under "Вік", "Возраст", "Age" every number from 1 to 99 is an age; under "Місце", "Населений
 * пункт", "Location" every capitalised word is a place; under "Жетон", "Badge" every number is a badge,
 * under "Авто", "Vehicle" every number a plate. A case worker's table of clients says in
 * its header what the sentence around a name says elsewhere. Runs after the specific detectors,
 * on what they left (detectors/index.ts NETS).
 */
import type { Detector, Span } from '../types.ts';
import { isTableRule, overlapsAny } from './util.ts';
import { agePhrase, APPROXIMATE_BEFORE } from './age.ts';
import { numberRuns, type NumberRun } from './numwords.ts';
import { isKnownProperNoun } from '../lexicon/known-proper-nouns.ts';
import { stemOf } from './proper-nouns.ts';
import { matchCase } from './names.ts';

/** A file name or a site, not an account: report.pdf, site.com.ua. */
const FILE_LIKE = /\.(?:md|txt|pdf|docx?|xlsx?|csv|jpe?g|png|gif|mp[34]|html?|com|org|net|ua|ru|io|info|me)$/i;
const NAME_HEADER = /^(?:ім'?я|імена|хто|піб|п\.\s?і\.\s?б\.?|прізвище|прізвисько|псевдонім|клієнт\p{L}*|особа|учасниц\p{L}*|учасник\p{L}*|жінка|свідок|свідк\p{L}*|имя|имена|кто|фио|ф\.\s?и\.\s?о\.?|фамилия|прозвище|кличка|клиент\p{L}*|лицо|участниц\p{L}*|участник\p{L}*|женщина|свидетел\p{L}*|заявни\p{L}*|заявител\p{L}*|потерпіл\p{L}*|потерпевш\p{L}*|постраждал\p{L}*|пострадавш\p{L}*|поліцейськ\p{L}*|полицейск\p{L}*|кривдни\p{L}*|обидчи\p{L}*|name|names|who|full name|surname|nickname|client|person|participant|contact|caller|witness|applicant|complainant|victim|survivor|officer|officers|perpetrator|abuser|додал[аи]|додав|добавил[аи]?|записал[аи]?|записав|повідомил[аи]|повідомив|сообщил[аи]?|автор\p{L}*|від кого|от кого|author|added by|reported by|recorded by|entered by|submitted by|logged by|lead|second|interpreter|sig\.?|signature|signed|initials|підпис|подпись|ініціали|инициалы|volunteers?|staff|on duty|черговий|чергова|дежурн\p{L}*|волонтер\p{L}*|волонтёр\p{L}*|перекладач\p{L}*|переводчи\p{L}*)(?:\s|$)/iu;
// (abbreviated too: "Возр.", "Н. п.", "нас. пункт", "yrs")
// (and "Скільки" of a birthday calendar, "how old", "turns")
const AGE_HEADER = /^(?:вік|возраст|возр\.?|років|лет|age|aged|yrs?\.?|скільки(?:\s+років)?|сколько(?:\s+лет)?|виповнюється|исполняется|how\s+old|turns)(?:\s|$)/iu;
const PLACE_HEADER = /^(?:місце|населений пункт|нас\.\s?пункт|н\.\s?п\.?|місто|село|звідки|де|место|населённый пункт|населенный пункт|город|откуда|где|place|location|town|village|city|settlement|from|where)(?:\s|$)/iu;

/** Badge and vehicle columns: every number in them is one (| 0712405 |, | 07 115… (partial) |, | BA1290AO |). */
const BADGE_HEADER = /^(?:жетон\p{L}*|нагрудн\p{L}*\s+знак\p{L}*|значок|№\s*жетона|badge|badge\s+(?:no\.?|number)|shield|service\s+number)(?:\s|$)/iu;
const PLATE_HEADER = /^(?:авто|автомобіль|автомобиль|машина|номер\s+авто\p{L}*|номер\s+машин\p{L}*|номерн\p{L}*\s+знак|vehicle|car|plate|plates|licen[cs]e\s+plate|registration)(?:\s|$)/iu;

/** Contact columns: a user name there is an account (| Тел. / інст | georgiy.kryvonis |). */
const CONTACT_HEADER = /^(?:тел\.?|телефон\p{L}*|контакт\p{L}*|зв['’]язок|связь|інст\p{L}*|инст\p{L}*|insta\p{L}*|telegram|телеграм\p{L}*|тг|tg|viber|вайбер|нік|ник|nick\p{L}*|username|user|account|handle|profile|профіль|профиль|акаунт|аккаунт|contact|phone|social)(?:[\s/,]|$)/iu;

type Column = 'name' | 'age' | 'place' | 'badge' | 'plate' | 'contact' | 'venue';

/** Venue columns: a shop, a pharmacy, a workplace by its name (| Цілюще джерело, Велика Перспективна |). */
const VENUE_HEADER = /^(?:аптека|магазин|заклад|місце\s+роботи|робота|работа|место\s+работы|роботодавець|работодатель|venue|shop|pharmacy|store|workplace|employer)(?:\s|$)/iu;

/** Kinds of place, capitalised at a cell's start: they name no place (| Траса біля села |, | Motel Mriia |). */
const GENERIC_PLACE = /^(?:траса|трасса|ринок|рынок|вокзал|автовокзал|автостанція|автостанция|сауна|готель|гостиница|кафе|бар|клуб|квартира|вулиця|улица|село|місто|город|смт|район|highway|road|street|market|station|motel|hotel|hostel|sauna|bar|club|cafe|flat|apartment|village|town|city|district)$/iu;

export const detectTableColumns: Detector = (text, ctx) => {
  const csv = CSV_HEADER_HINT.test(text);
  if (!text.includes('|') && !csv) return [];
  const claimed = ctx.claimed ?? [];
  const spans: Span[] = [];
  // Number words (сорок два, twenty), found once for the whole text, looked up per cell by position.
  let runs: ReturnType<typeof numberRuns> | undefined;
  const runsIn = (from: number, to: number) => {
    runs ??= numberRuns(text);
    let lo = 0;
    let hi = runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (runs[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: NumberRun[] = [];
    for (let k = lo; k < runs.length && runs[k]!.end <= to; k++) out.push(runs[k]!);
    return out;
  };
  /** The identifiers of one cell, by its column's kind. */
  const scanCell = (cell: { text: string; start: number }, kind: Column): void => {
    if (kind === 'age') {
      for (const m of cell.text.matchAll(/(?<![\p{L}\p{N}])(\d{1,2})(?![\p{N}]|[.,:]\d)(?:[\s\u00a0]*(?:рік|роки|років|року|года|год|лет|years?|yrs?)(?![\p{L}]))?/gu)) {
        const value = Number(m[1]);
        const s = cell.start + m.index!;
        if (value < 1 || overlapsAny(claimed, s, s + m[0].length) || APPROXIMATE_BEFORE.test(cell.text.slice(0, m.index))) continue;
        spans.push({ kind: 'age', start: s, end: s + m[0].length, entity: m[1], replacement: agePhrase(value, ctx.lang, 'bare'), confidence: 0.8 });
      }
      // in words: | сорок два |, | twenty |
      for (const r of runsIn(cell.start, cell.start + cell.text.length)) {
        if (r.value < 1 || r.value > 99 || overlapsAny(claimed, r.start, r.end)) continue;
        // "за сорок", "forty-something": already a range
        if (APPROXIMATE_BEFORE.test(text.slice(cell.start, r.start)) || /^-something/.test(text.slice(r.end, r.end + 10))) continue;
        const unit = /^[\s\u00a0]*(?:рік|роки|років|року|года|год|лет|years?)(?![\p{L}])/u.exec(text.slice(r.end, r.end + 10));
        const end = r.end + (unit ? unit[0].length : 0);
        spans.push({ kind: 'age', start: r.start, end, entity: String(r.value), replacement: agePhrase(r.value, ctx.lang, 'bare'), confidence: 0.8 });
      }
      return;
    }
    if (kind === 'badge' || kind === 'plate') {
      const re = kind === 'badge' ? /(?<![\p{L}\p{N}])\d{2,}(?:[\s\-]\d{2,})*(?![\p{N}])/gu : /(?<![\p{L}\p{N}])(?=[\p{L}\d*\s\-]*\d)[\p{Lu}\d*](?:[\p{Lu}\d*]|[\s\-](?=[\p{Lu}\d*])){3,11}(?![\p{L}\p{N}])/gu;
      for (const m of cell.text.matchAll(re)) {
        const s = cell.start + m.index!;
        if (!overlapsAny(claimed, s, s + m[0].length)) spans.push({ kind, start: s, end: s + m[0].length, entity: m[0].replace(/[\s\-]/g, ''), confidence: 0.8 });
      }
      return;
    }
    if (kind === 'venue') {
      // the cell's first part, up to a comma: its name, capitalised, with the lower-case words of it ("Цілюще джерело")
      const m = /^[\s\u00a0]*(\p{Lu}[^,;|\n]*?)[\s\u00a0]*(?:[,;]|$)/u.exec(cell.text);
      if (!m || m[1]!.split(/\s+/).every((w) => isKnownProperNoun(w) || GENERIC_PLACE.test(w))) return;
      const s = cell.start + m[0].indexOf(m[1]!);
      // (longer than what a detector found inside it, "джерело" alone: the pipeline keeps the longer span)
      if (!claimed.some((c) => c.start <= s && c.end >= s + m[1]!.length)) spans.push({ kind: 'venue', start: s, end: s + m[1]!.length, entity: m[1]!.toLowerCase(), confidence: 0.75 });
      return;
    }
    if (kind === 'contact') {
      for (const m of cell.text.matchAll(/(?<![\p{L}\p{N}_.@/])@?[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+_?(?![\p{L}\p{N}_@])/gu)) {
        const s = cell.start + m.index!;
        if (!FILE_LIKE.test(m[0]) && !overlapsAny(claimed, s, s + m[0].length)) spans.push({ kind: 'handle', start: s, end: s + m[0].length, entity: m[0].replace(/^@/, '').toLowerCase(), confidence: 0.8 });
      }
      return;
    }
    if (kind === 'name') {
      // | kvitka77 |, | roza_bez_shipov |: a user name alone in a column of people is their account
      const user = /^@?[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)*_?$/.exec(cell.text.trim());
      if (user && /[._\d]/.test(user[0]) && !FILE_LIKE.test(user[0])) {
        const s = cell.start + cell.text.indexOf(user[0]);
        if (!overlapsAny(claimed, s, s + user[0].length)) spans.push({ kind: 'handle', start: s, end: s + user[0].length, entity: user[0].replace(/^@/, '').toLowerCase(), confidence: 0.8 });
        return;
      }
      // "Лена, 33": the age written beside the name
      for (const m of cell.text.matchAll(/(?<=[\p{L}»")],\s*)[~≈]?(\d{1,2})(?![\p{N}]|[.,:]\d)/gu)) {
        const s = cell.start + m.index!;
        if (Number(m[1]) >= 1 && !overlapsAny(claimed, s, s + m[0].length)) spans.push({ kind: 'age', start: s, end: s + m[0].length, entity: m[1], replacement: agePhrase(Number(m[1]), ctx.lang, 'bare'), confidence: 0.8 });
      }
    }
    // (a number joined by a hyphen belongs to the place: Озёрськ-2)
    for (const m of cell.text.matchAll(/\p{Lu}[\p{L}'’ʼ]*(?:-\p{L}[\p{L}'’ʼ]*)*(?:-\d{1,3}(?![\p{N}]))?(?:\s+\p{Lu}[\p{L}'’ʼ-]*)*/gu)) {
      const s = cell.start + m.index!;
      const e = s + m[0].length;
      if (m[0].split(/\s+/).every((w) => isKnownProperNoun(w) || (kind === 'place' && GENERIC_PLACE.test(w)))) continue;
      if (overlapsAny(claimed, s, e)) {
        // "ТКАЧУК ВАЛЕНТИНА" with the first name already found: the rest of a person's cell is her name too
        if (kind === 'name') {
          for (const w of m[0].matchAll(/\p{Lu}[\p{L}'’ʼ-]+/gu)) {
            const ws = s + w.index!;
            const we = ws + w[0].length;
            if (overlapsAny(claimed, ws, we) || isKnownProperNoun(w[0])) continue;
            const entity = stemOf(w[0].toLowerCase());
            spans.push({ kind, start: ws, end: we, entity, confidence: 0.75, replacement: matchCase(w[0], ctx.pseudonyms.pseudonymFor(entity, { lang: ctx.lang, part: 'surname', invariable: true })) });
          }
        }
        continue;
      }
      const span: Span = { kind, start: s, end: e, entity: m[0].toLowerCase(), confidence: 0.75 };
      if (kind === 'name') {
        span.entity = stemOf(m[0].split(/\s+/).pop()!.toLowerCase());
        // one word shaped like a woman's first name or nickname (Кися, Маринка) gets one, not a surname
        // (not a surname's ending, -ова, -ина, -ська, nor an adjective's, -ая)
        const given = ctx.lang !== 'en' && !/\s/.test(m[0]) && /[ая]$/u.test(m[0]) && !/(?:ов|ев|ёв|єв|ин|ын|ін|ск|цк|зк)а$|ая$/u.test(m[0]);
        span.replacement = matchCase(m[0], given
          ? ctx.pseudonyms.pseudonymFor(span.entity, { lang: ctx.lang, part: 'first', gender: 'female' })
          : ctx.pseudonyms.pseudonymFor(span.entity, { lang: ctx.lang, part: 'surname', invariable: true }));
      }
      spans.push(span);
    }
  };
  const lines = text.split('\n');
  let offset = 0;
  let columns: (Column | undefined)[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const start = offset;
    offset += line.length + 1;
    if (!/^\s*\|/.test(line)) {
      columns = undefined;
      continue;
    }
    const cells = splitRow(line, start);
    const next = lines[i + 1];
    if (!columns && next !== undefined && isTableRule(next)) {
      columns = cells.map((c) => kindOf(c.text.trim().replace(/[*_:]/g, '').trim()));
      continue;
    }
    if (isTableRule(line)) continue;
    // A form written as a table, one field per row: "| Вік | 29 |", "| Дата рождения / возраст | … / 21 год |"
    const rowKind = cells.length >= 2 ? kindOf(cells[0]!.text.trim().replace(/[*_:]/g, '').trim()) : undefined;
    if (!columns && !rowKind) continue;
    cells.forEach((cell, k) => {
      const kind = rowKind ? (k > 0 ? rowKind : undefined) : columns![k];
      if (kind) scanCell(cell, kind);
    });
  }
  // A spreadsheet export pasted as text: a header line of comma-separated field names, then its rows.
  if (csv) {
    let header: (Column | undefined)[] | undefined;
    let sep = ',';
    let at = 0;
    for (const line of lines) {
      const lineStart = at;
      at += line.length + 1;
      const h = header ? undefined : CSV_HEADER.exec(line);
      const headerSep = header ? sep : h && (h[1] ?? h[2] ?? h[3]);
      const fields = headerSep ? splitCsv(line, lineStart, headerSep) : [];
      if (fields.length < 3) {
        header = undefined;
        continue;
      }
      if (!header) {
        sep = headerSep!;
        header = fields.map((f) => kindOf(f.text.trim().replace(/[_.]+/g, ' ').split(/\s+(?:or|або|или)\s+/).pop()!.trim()));
        if (!header.some(Boolean)) header = undefined;
        continue;
      }
      if (header) fields.forEach((f, k) => header![k] && scanCell(f, header![k]!));
    }
  }
  return spans;
};

/** Three or more field names split by `sep`: "(sep)" is the captured separator, "sep" its repeats. */
const headerFields = (field: string, sep: string) => String.raw`${field}(${sep})${field}(?:${sep}${field})+`;
/** A header line of a CSV export: field names, no digits, split by commas (lower case), semicolons or tabs. */
const CSV_HEADER = new RegExp(String.raw`^(?:${headerFields(String.raw`[\p{Ll}_ ]{2,30}`, ',')}|${headerFields(String.raw`[\p{L}_ ./'’-]{2,30}`, ';')}|${headerFields(String.raw`[\p{L}_ ./'’-]{2,30}`, String.raw`\t`)})\s*$`, 'u');
/** The same line anywhere in a text: whether to look for CSV blocks at all. */
const CSV_HEADER_HINT = new RegExp(CSV_HEADER.source, 'mu');

/** The fields of a CSV line with their offsets ("…" quotes hold commas). */
function splitCsv(line: string, lineStart: number, sep: string): { text: string; start: number }[] {
  if (!line.includes(sep)) return [];
  const out: { text: string; start: number }[] = [];
  let i = 0;
  while (i <= line.length) {
    let j: number;
    if (line[i] === '"') {
      j = line.indexOf('"', i + 1);
      j = j < 0 ? line.length : line.indexOf(sep, j);
      if (j < 0) j = line.length;
    } else {
      j = line.indexOf(sep, i);
      if (j < 0) j = line.length;
    }
    out.push({ text: line.slice(i, j), start: lineStart + i });
    i = j + 1;
  }
  return out;
}

function kindOf(header: string): Column | undefined {
  if (NAME_HEADER.test(header)) return 'name';
  // (or its last part: "Дата рождения / возраст")
  if (AGE_HEADER.test(header) || AGE_HEADER.test(header.split('/').pop()!.trim())) return 'age';
  if (PLACE_HEADER.test(header)) return 'place';
  if (VENUE_HEADER.test(header)) return 'venue';
  if (BADGE_HEADER.test(header)) return 'badge';
  if (PLATE_HEADER.test(header)) return 'plate';
  if (CONTACT_HEADER.test(header)) return 'contact';
  return undefined;
}

/** The cells of a table row, with their offsets in the text (the leading pipe opens no cell). */
function splitRow(line: string, lineStart: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let i = line.indexOf('|') + 1;
  while (i <= line.length) {
    let j = line.indexOf('|', i);
    if (j < 0) j = line.length;
    const cell = line.slice(i, j);
    if (j < line.length || cell.trim()) out.push({ text: cell, start: lineStart + i });
    i = j + 1;
  }
  return out;
}
