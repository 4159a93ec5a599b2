/**
 * Named venues and workplaces: a venue word (сауна, готель, отель, клуб, кафе, бар, ресторан, салон,
 * hotel, club, café, sauna, massage parlour, motel, …, in any case form) followed by its proper name
 * in quotes («Лагуна», "Турист", „Зірка“) or in capitalised words (cafe Blue Lagoon, в отеле Турист).
 * The span is the name only, so the sentence keeps the kind of place: "у сауні [назва закладу]".
 * Generic places with no name (ринок, автовокзал, bus station) are not venues.
 */
import type { Detector, Span } from '../types.ts';
import { scanTriggered, sticky } from './util.ts';
import { scanWords } from '../lexicon/scan.ts';
import { NUMBER_WORD_SRC } from './numwords.ts';

const VENUE_WORDS = [
  // (two-word venue words first, so the name after them is the quoted one: "САЛОН КРАСИ «МРІЯ»")
  String.raw`салон\p{L}*\s+(?:краси|красоты)`, String.raw`автошкол\p{L}*`, String.raw`фітнес-клуб\p{L}*`, String.raw`фитнес-клуб\p{L}*`, String.raw`фітнес-центр\p{L}*`, String.raw`фитнес-центр\p{L}*`,
  // uk
  String.raw`саун\p{L}*`, String.raw`готел\p{L}*`, String.raw`гостиниц\p{L}*`, String.raw`клуб\p{L}*`, 'кафе',
  String.raw`бар(?:у|і|ом|и|ів|а|е|ах|ам)?`, String.raw`автомийк\p{L}*`, String.raw`автомойк\p{L}*`, String.raw`мийк\p{L}*`, String.raw`мойк\p{L}*`,
  String.raw`аптек\p{L}*`, String.raw`шиномонтаж\p{L}*`, String.raw`СТО`, String.raw`автосервіс\p{L}*`, String.raw`автосервис\p{L}*`, String.raw`ломбард\p{L}*`,
  String.raw`студі\p{L}*`, String.raw`студи\p{L}*`, String.raw`баз\p{L}*\s+відпочинку`, String.raw`баз\p{L}*\s+отдыха`, String.raw`кав'ярн\p{L}*`, String.raw`кофейн\p{L}*`,
  String.raw`АЗС`, String.raw`заправк\p{L}*`, String.raw`кіоск\p{L}*`, String.raw`киоск\p{L}*`, String.raw`супермаркет\p{L}*`,
  String.raw`перукарн\p{L}*`, String.raw`парикмахерск\p{L}*`, String.raw`мотел\p{L}*`, String.raw`хостел\p{L}*`, String.raw`пансіонат\p{L}*`, String.raw`пансионат\p{L}*`,
  String.raw`закусочн\p{L}*`, String.raw`кафе-\p{L}+`, String.raw`ресторанчик\p{L}*`, String.raw`бутик\p{L}*`, String.raw`склад\p{L}*`, String.raw`цех\p{L}*`, String.raw`завод\p{L}*`,
  String.raw`фабрик\p{L}*`, String.raw`ферм\p{L}*`, String.raw`підприємств\p{L}*`, String.raw`предприяти\p{L}*`, String.raw`ТОВ`, String.raw`ООО`, String.raw`ФОП`, String.raw`ПП`, String.raw`ресторан\p{L}*`, String.raw`салон\p{L}*`, String.raw`мотел\p{L}*`, String.raw`хостел\p{L}*`,
  String.raw`лазн\p{L}*`, String.raw`нічн\p{L}*\s+клуб\p{L}*`, String.raw`масажн\p{L}*\s+салон\p{L}*`, String.raw`стриптиз-клуб\p{L}*`,
  String.raw`кафе-бар\p{L}*`, String.raw`садоч\p{L}*`, String.raw`садик\p{L}*`, String.raw`ларьк\p{L}*`, String.raw`ларёк`, String.raw`ларек`, String.raw`ларьок`, String.raw`дитсад\p{L}*`, String.raw`детсад\p{L}*`, String.raw`школ\p{L}*`, String.raw`гімназі\p{L}*`, String.raw`гимнази\p{L}*`, String.raw`ліце\p{L}*`, String.raw`лице[йяюе]\p{L}*`, String.raw`масажк\p{L}*`, String.raw`массажк\p{L}*`, String.raw`продуктов(?:ий|ого|ому|ім|ом|ый|ой|ая|ую|ої|ій)`, String.raw`магазинчик\p{L}*`, String.raw`міні-\p{L}+`, String.raw`мини-\p{L}+`, String.raw`сауна-\p{L}+`, String.raw`бар-\p{L}+`, String.raw`піцері\p{L}*`, String.raw`паб\p{L}*`, String.raw`караоке`, String.raw`магазин\p{L}*`, String.raw`кальянн\p{L}*`,
  String.raw`їдальн\p{L}*`, String.raw`заклад\p{L}*`, String.raw`розважальн\p{L}*\s+центр\p{L}*`, String.raw`торгов\p{L}*\s+центр\p{L}*`,
  String.raw`ТЦ`, String.raw`ТРЦ`, String.raw`ЖК`, String.raw`ДК`, String.raw`будинк\p{L}*\s+культури`, String.raw`будинок\s+культури`, String.raw`дом\p{L}*\s+культуры`, String.raw`житлов\p{L}*\s+комплекс\p{L}*`, String.raw`жил\p{L}*\s+комплекс\p{L}*`, String.raw`компані\p{L}*`, String.raw`фірм\p{L}*`, String.raw`агенці\p{L}*`, String.raw`агентств\p{L}*`,
  // ru
  String.raw`отел\p{L}*`, String.raw`бан[яеиюь]\p{L}*`, String.raw`ночн\p{L}*\s+клуб\p{L}*`, String.raw`массажн\p{L}*\s+салон\p{L}*`,
  String.raw`пиццери\p{L}*`, String.raw`кальянн\p{L}*`, String.raw`столов\p{L}*`, String.raw`заведени\p{L}*`,
  // small eateries and bars people work at
  String.raw`шашлычн\p{L}*`, String.raw`шашличн\p{L}*`, String.raw`чебуречн\p{L}*`, String.raw`пельменн\p{L}*`, String.raw`рюмочн\p{L}*`, String.raw`пивн(?:ая|ой|ую|ушк\p{L}*|ий\s+бар\p{L}*)`,
  String.raw`бістро`, String.raw`бистро`, String.raw`генделик\p{L}*`, String.raw`наливайк\p{L}*`, String.raw`забегаловк\p{L}*`, String.raw`кафешк\p{L}*`, 'bistro', 'snack bar', 'kebab shop',
  // private clinics (a public hospital is an institution and stays)
  String.raw`клінік\p{L}*`, String.raw`клиник\p{L}*`, String.raw`медцентр\p{L}*`, String.raw`медичн\p{L}*\s+центр\p{L}*`, String.raw`медицинск\p{L}*\s+центр\p{L}*`,
  String.raw`стоматологі\p{L}*`, String.raw`стоматологи\p{L}*`,
  // en
  'hotel', 'hostel', 'motel', 'club', 'nightclub', 'night club', 'café', 'cafe', 'bar', 'pub', 'sauna', 'spa',
  String.raw`massage\s+(?:parlou?r|salon|place)`, 'pharmacy', 'drugstore', 'car wash', 'truck stop', 'petrol station', 'gas station', 'garage', 'tyre shop', 'tire shop', 'pawnshop', 'studio', 'kiosk', 'market', 'supermarket', 'place', 'salon', 'restaurant', 'strip club', 'brothel', 'diner', 'company', 'agency', 'shop', 'store', 'clinic', 'residential complex',
];
const VENUE = `(?:${VENUE_WORDS.join('|')})`;
const QUOTED = String.raw`(?:«[^»\n]{1,60}»|"[^"\n]{1,60}"|„[^“”\n]{1,60}[“”]|“[^”\n]{1,60}”|'[^'\n]{1,40}')`;
const CAPWORD = String.raw`(?:\p{Lu}[\p{L}\p{N}'’&\-]*|\d+[\p{L}]*)`;
// (words of one name stand one space apart: a run of spaces is a table's column gap, a newline another line)
const CAPS = String.raw`\p{Lu}[\p{L}\p{N}'’&\-]*(?:[ \u00a0](?:${CAPWORD}|&|of|de|la|на|у|в)[ \u00a0]?${CAPWORD}|[ \u00a0]${CAPWORD}){0,3}`;
// (not a word's first half: кафе-барі is one venue word, not кафе and a name)
const VENUE_WORD_Y = new RegExp(String.raw`${VENUE}(?![\p{L}\p{N}_]|-\p{L})`, 'iuy');
const VENUE_PREFIX = new Set(VENUE_WORDS.map((w) => w.slice(0, 2).toLowerCase()));
/** VENUE_PREFIX as numbers (first code unit × 65536 + second): asked at every word start, without a slice. */
const VENUE_PREFIX_CODES = new Set([...VENUE_PREFIX].filter((p) => p.length === 2).map((p) => p.charCodeAt(0) * 65536 + p.charCodeAt(1)));
/** Per code unit: its lower case when that is one code unit, -1 when not (İ, Σ, surrogates), 0 not yet known. */
const LOWER_UNIT = new Int32Array(65536);
function lowerUnit(c: number): number {
  let v = LOWER_UNIT[c]!;
  if (v === 0) {
    const l = String.fromCharCode(c).toLowerCase();
    // (Σ lowers by context, to ς at a word end; a surrogate is half a character)
    v = l.length === 1 && c !== 0x3a3 && (c < 0xd800 || c > 0xdfff) ? l.charCodeAt(0) : -1;
    LOWER_UNIT[c] = v;
  }
  return v;
}
/** Whether the two letters at `start`, lower-cased, begin a venue word: VENUE_PREFIX.has(text.slice(start, start + 2).toLowerCase()). */
function startsVenuePrefix(text: string, start: number): boolean {
  const a = start + 2 <= text.length ? lowerUnit(text.charCodeAt(start)) : -1;
  const b = a > 0 ? lowerUnit(text.charCodeAt(start + 1)) : -1;
  if (a > 0 && b > 0) return VENUE_PREFIX_CODES.has(a * 65536 + b);
  return VENUE_PREFIX.has(text.slice(start, start + 2).toLowerCase());
}
// Case-sensitive, sticky: the proper name right after a venue word (the i flag would make \p{Lu} match anything).
const NAME_AFTER = new RegExp(String.raw`(?:\s+(?:під\s+назвою|под\s+названием|called|named))?[ \u00a0]?[:—–\-]?[ \u00a0]?(${QUOTED}|${CAPS})`, 'uy');
// English word order: "the Blue Lagoon Hotel", "Golden Palm Sauna".
const EN_TYPES = String.raw`(?:[Hh]otel|[Hh]ostel|[Mm]otel|[Cc]lub|[Nn]ight\s?[Cc]lub|[Nn]ightclub|[Cc]af[ée]|[Bb]ar|[Pp]ub|[Ss]auna|[Ss]pa|SPA|[Rr]estaurant|[Ss]alon|[Mm]assage|[Pp]harmacy|[Dd]rugstore|[Cc]ar\s+[Ww]ash|[Tt]ruck\s+[Ss]top|[Pp]etrol\s+[Ss]tation|[Gg]as\s+[Ss]tation|[Gg]arage|[Pp]awnshop|[Ss]hop|[Ss]tore|[Mm]arket|[Ss]upermarket|[Dd]iner|[Ss]tudio|[Kk]iosk|[Mm]otel|[Cc]linic|[Dd]ental\s+[Cc]linic|[Mm]edical\s+[Cc]ent(?:er|re)|[Rr]esidential\s+[Cc]omplex|[Ll]aund(?:e)?rette|[Ll]aundromat|[Ll]aundry|[Ll]oft|[Ll]odge|[Gg]uest\s?[Hh]ouse|[Aa]partments|[Cc]harity\s+[Ss]hop|(?:[Aa]dvice|[Cc]risis|[Dd]ay|[Dd]rop-in|[Rr]esource|[Ss]upport|[Cc]ommunity|[Yy]outh|[Ff]amily|[Ww]omen['’]s)\s+[Cc]ent(?:re|er)|(?:[Ww]omen['’]s|[Yy]outh|[Cc]ommunity|[Ff]amily|[Oo]utreach)\s+(?:[Pp]roject|[Ss]ervices?|[Hh]ub|[Rr]efuge|[Ss]helter|[Nn]etwork))`;
const BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}_])((?:\p{Lu}[\p{L}'’&\-]*[ \u00a0]){1,3})${EN_TYPES}(?![\p{L}])`, 'gu');
const BEFORE_Y = sticky(BEFORE);
const BEFORE_TRIGGER = /[Hh]otel|[Hh]ostel|[Mm]otel|[Cc]lub|[Cc]af[ée]|[Bb]ar|[Pp]ub|[Ss]auna|[Ss]pa|SPA|[Rr]estaurant|[Ss]alon|[Mm]assage|[Pp]harmacy|[Dd]rugstore|[Ww]ash|[Ss]top|[Ss]tation|[Gg]arage|[Pp]awnshop|[Ss]hop|[Ss]tore|[Mm]arket|[Dd]iner|[Ss]tudio|[Kk]iosk|[Cc]linic|[Cc]ent(?:er|re)|[Cc]omplex|aund|[Ll]oft|[Ll]odge|[Hh]ouse|[Aa]partments|[Pp]roject|[Ss]ervice|[Hh]ub|[Rr]efuge|[Ss]helter|[Nn]etwork/g;
/**
 * National services and public institutions: naming them does not locate anyone (kept as they are).
 * Shops, petrol stations and pharmacies of national chains are not among them: "the OKKO petrol
 * station", "заправка «ОККО»" is one building in a small town, where she was picked up.
 */
const NATIONAL = /^(?:Нов\p{L}*\s+пошт\p{L}*|Nova\s+Poshta|Укрпошт\p{L}*|Ukrposhta|Приват\p{L}*|PrivatBank|Ощад\p{L}*|Oschadbank|Монобанк\p{L}*|Monobank|ЦНАП|ДЦНАП|Київстар\p{L}*|Kyivstar|Vodafone|Lifecell)$/iu;
const NOT_A_NAME = /^(?:The|A|An|I|We|She|He|They|It|My|Our|Her|His|Their|Then|When|In|On|At|And|But|Last|That|This|Every|Some|Any|No|One|Near|By|From|To|Outside|Behind|Each|Our|Your)\s/;
const PUBLIC_EN = /^(?:Police|Ukrainian|Ukraine|National|State|Central|City|Regional|Social|Public)$/;

/**
 * A school, lyceum or kindergarten by its number (школа № 6, ліцей №3, Lyceum No. 6, детский сад № 14):
 * in a small town the number points to one building and to the children in it. The number goes;
 * the kind of school stays.
 */
const NUMBERED_SCHOOL = new RegExp(
  String.raw`(?<![\p{L}])(?:школ\p{L}*|ліце\p{L}*|лице[йяюе]\p{L}*|гімназі\p{L}*|гимнази\p{L}*|колегіум\p{L}*|садо?ч?к\p{L}*|дитсад\p{L}*|детсад\p{L}*|дитяч\p{L}*\s+садо?ч?к\p{L}*|детск\p{L}*\s+сад\p{L}*|ясл\p{L}*|інтернат\p{L}*|интернат\p{L}*|училищ\p{L}*|ЗОШ|ЗЗСО|НВК|СЗОШ|СШ|СОШ|ДНЗ|ЗДО|ПТУ|[Ss]chool|[Ll]yceum|[Gg]ymnasium|[Kk]indergarten|[Nn]ursery)(?:\s+[IІ]{1,3}-[IІ]{1,3}\s+ступен\p{L}*)?\s*(№\s?\d{1,3}|[Nn]o\.?\s?\d{1,3}|#\s?\d{1,3}|[Nn]umber\s+\d{1,3}|номер\s+\d{1,3}|[Nn]r\.?\s?\d{1,3}|номер\s+(?:${NUMBER_WORD_SRC})(?:\s+(?:${NUMBER_WORD_SRC}))?)(?![\p{L}\p{N}])`,
  'giu',
);
// ("номер вісім" in words, as speech recognition writes it; "nr 73" in Polish)
const SCHOOL_TRIGGER = /№|(?<![\p{L}])[Nn]o\.?\s?\d|#\s?\d|[Nn]umber\s+\d|номер\s+\p{L}|номер\s+\d|(?<![\p{L}])[Nn]r\.?\s?\d/gu;
const NUMBERED_SCHOOL_Y = sticky(NUMBERED_SCHOOL);

export const detectVenues: Detector = (text) => {
  const spans: Span[] = [];
  scanTriggered(text, NUMBERED_SCHOOL_Y, SCHOOL_TRIGGER, 60, 'word', (m) => {
    const number = m[1]!;
    const start = m.index + m[0].length - number.length;
    spans.push({ kind: 'venue', start, end: start + number.length, entity: `${m[0].slice(0, 3).toLowerCase()} ${/\d/.test(number) ? number.replace(/\D/g, '') : number.toLowerCase()}`, confidence: 0.9 });
  });
  // Venue words are tried only at word starts whose first two letters begin one (a Set lookup per word).
  let skipTo = 0;
  scanWords(text, (start) => {
    if (start < skipTo || !startsVenuePrefix(text, start)) return;
    VENUE_WORD_Y.lastIndex = start;
    const w = VENUE_WORD_Y.exec(text);
    if (!w) return;
    skipTo = start + w[0].length;
    NAME_AFTER.lastIndex = w.index + w[0].length;
    const m = NAME_AFTER.exec(text);
    if (!m) return;
    const name = m[1]!;
    if (/^\d+$/.test(name)) return;
    const end = m.index + m[0].length;
    const quoted = /^[«"„“']/.test(name);
    if (NATIONAL.test(name.replace(/[«»"„“”']/g, '').trim())) return;
    if (/^(?:place|market|studio|garage|kiosk|склад\p{L}*|ринк\p{L}*|рын\p{L}*|цех\p{L}*|ферм\p{L}*|баз\p{L}*\s.*|мийк\p{L}*|мойк\p{L}*|заправк\p{L}*)$/iu.test(w[0]) && !quoted && !/(?:called|named|назвою|названием)/.test(m[0])) return;
    spans.push({ kind: 'venue', start: end - name.length, end, entity: name.replace(/[«»"„“”']/g, '').toLowerCase(), confidence: quoted ? 1 : 0.85 });
  });
  scanTriggered(text, BEFORE_Y, BEFORE_TRIGGER, 120, 'word', (m) => {
    let name = m[1]!.trimEnd();
    let start = m.index;
    const f = NOT_A_NAME.exec(name + ' ');
    if (f) {
      name = name.slice(f[0].length).trimEnd();
      start += f[0].length;
    }
    if (!name || NATIONAL.test(name) || PUBLIC_EN.test(name.split(/\s+/)[0]!)) return;
    // a type word in Title Case is part of the name ("Tyne Valley Advice Centre"); in lower case it stays ("the Sokil car wash")
    const typeStart = m.index + m[1]!.length;
    const end = /^\p{Lu}/u.test(text.charAt(typeStart)) ? m.index + m[0].length : start + name.length;
    spans.push({ kind: 'venue', start, end, entity: name.toLowerCase(), confidence: 0.85 });
  });
  return spans.concat(laterMentions(text, spans));
};

const NO_PROPAGATION = /^(?:Україн|Украин|Ukrain|Київ|Києв|Киев|Kyiv|Kiev|Європ|Европ|Europ|Центр|Central|Center|Centre|Дніпр|Днепр|Dnipro|Одес|Odes|Львів|Львов|Lviv|Харків|Харьков|Kharkiv|Полтав|Poltava)/u;

/** Soft consonants that alternate before -і/-е in Ukrainian/Russian: Зірка → Зірці, Луга → Лузі. */
const ALTERNATION: Record<string, string> = { к: '[кц]', г: '[гз]', х: '[хс]' };

/** A pattern for one word of a venue name in any case form: Зірка → Зірк(а|и|і|у|ою|…), Laguna → Laguna('s)?. */
function wordForms(word: string): string | null {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (/^[\p{Script=Cyrillic}'’ʼ\-]+$/u.test(word)) {
    const stem = word.replace(/(?:[аяоеєиіїйуюь]|ий|ій|ый|ой|ая|яя|ое|ее|а)$/iu, '');
    if (stem.length < 3) return word.length >= 3 ? esc(word) : null;
    const last = stem.slice(-1).toLowerCase();
    const head = esc(stem.slice(0, -1)) + (ALTERNATION[last] ?? esc(stem.slice(-1)));
    return `${head}\\p{Ll}{0,4}`;
  }
  if (word.length < 3) return null;
  return `${esc(word)}(?:['’]s)?`;
}

const MENTION_RE = new Map<string, RegExp>();
function mentionRegex(forms: string[]): RegExp {
  const key = forms.join('\u0000');
  let re = MENTION_RE.get(key);
  if (!re) {
    re = new RegExp(String.raw`(?<![\p{L}\p{N}_])[«"„“]?${forms.join(String.raw`\s+`)}(?![\p{L}\p{N}_])[»"“”]?`, 'uy');
    if (MENTION_RE.size > 5000) MENTION_RE.clear();
    MENTION_RE.set(key, re);
  }
  return re;
}

/**
 * Once a venue is named ("у сауні «Зірка»"), every later capitalised mention of that name is the
 * venue too, in any case form: «Зіркою», до Зірки, the Zirka, Laguna's.
 */
function laterMentions(text: string, found: Span[]): Span[] {
  if (found.length === 0) return [];
  const out: Span[] = [];
  const byEntity = new Map<string, Span>();
  for (const s of found) if (s.entity && !byEntity.has(s.entity)) byEntity.set(s.entity, s);
  for (const [entity, first] of byEntity) {
    const original = text.slice(first.start, first.end).replace(/[«»"„“”']/g, '');
    const words = original.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (words.length === 0 || words.length > 4) continue;
    if (!words.every((w) => /^\p{Lu}/u.test(w))) {
      // a quoted name with lower-case words («Пятый угол»): its later quoted mentions, verbatim
      const lit = original.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
      const rq = new RegExp(String.raw`[«"„“]${lit}[»"“”]`, 'giu');
      for (let m = rq.exec(text); m; m = rq.exec(text)) {
        if (found.some((x) => m!.index < x.end && m!.index + m![0].length > x.start)) continue;
        out.push({ kind: 'venue', start: m.index + 1, end: m.index + m[0].length - 1, entity, confidence: 0.9 });
      }
      continue;
    }
    // A hotel called "Україна" does not make every later Ukraine a venue.
    if (words.length === 1 && NO_PROPAGATION.test(words[0]!)) continue;
    const forms = words.map(wordForms);
    if (forms.some((f) => f === null)) continue;
    // Tried only where the name's first letters occur (indexOf), with a sticky regex compiled once per name.
    const re = mentionRegex(forms as string[]);
    // the longest literal every form of the name begins with (its stem less a letter that may alternate)
    const lead = words[0]!.slice(0, Math.max(2, Math.min(4, words[0]!.length - 3)));
    const tried = new Set<number>();
    for (let at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + 1)) {
      const p = at > 0 && /[«"„“]/.test(text[at - 1]!) ? at - 1 : at;
      if (tried.has(p)) continue;
      tried.add(p);
      re.lastIndex = p;
      const m = re.exec(text);
      if (!m) continue;
      if (found.some((s) => m!.index < s.end && m!.index + m![0].length > s.start)) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      // Quotes belong to the name only when both are there.
      const open = /^[«"„“]/.test(m[0]);
      const close = /[»"“”]$/.test(m[0]);
      if (open !== close) {
        if (open) start++;
        else end--;
      }
      out.push({ kind: 'venue', start, end, entity, confidence: 0.9 });
    }
  }
  return out;
}
