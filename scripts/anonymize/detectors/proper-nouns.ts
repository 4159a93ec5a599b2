/**
 * The proper-noun net: a capitalised word that no specific detector explained, and that is neither
 * an ordinary word of the language nor a proper noun that identifies nobody, is treated as a name,
 * a venue or a place. It runs after the other detectors (detectors/index.ts NETS) and reads only
 * the text they left, so their better replacements (declined pseudonyms, region descriptions) win
 * wherever they found something.
 *
 * Why: the specific detectors recognise names they know, and unknown ones only in contexts they
 * know. Stories are full of names nobody listed (Гаянэ, Рябоконь, Doina, Сан Саныч) in contexts
 * nobody listed. In Ukrainian and Russian a capital letter inside a sentence marks a proper noun;
 * in every language a capitalised word that is in no dictionary is one. Failing closed here costs
 * an occasional placeholder; failing open costs a storyteller.
 *
 * A capitalised word is suspicious when
 *  - it is no ordinary word (lexicon/common-words.ts) and not a known harmless proper noun
 *    (lexicon/known-proper-nouns.ts: countries, months, Viber, Нова пошта…), wherever it stands;
 *  - it is an ordinary word capitalised inside a sentence (a nickname: Бес, Малая; Red Fox, Nirvana),
 *    unless it opens the name of an institution or is a title (Національна поліція, Police Station);
 *  - it is written in the other script (a Latin brand in Cyrillic text, a Cyrillic name in English);
 *  - it is in capitals, five letters or more, and its title-case form is suspicious (signatures);
 *  - whatever it is, something marks it as a name: initials beside it (М. Чорна, Сиротюк О.В.), a
 *    naming word near it (мене звати Лан, Лан — це моє ім'я), an address to someone («Маринко, ти…»),
 *    or short quotation marks around it (на прізвисько «Кіт», «Мышка»).
 * A sentence-initial word that the same text also writes in lower case is an ordinary word.
 */
import type { Detector, Kind, Span } from '../types.ts';
import { isCommonWord, isDictionaryProperNoun, isEnglishCoreWord } from '../lexicon/common-words.ts';
import { isKnownProperNoun } from '../lexicon/known-proper-nouns.ts';
import { isLetterCode, isUpperCode, scanWords, textWords } from '../lexicon/scan.ts';
import { mdxCodeRanges } from '../mdx-code.ts';
import { analyseName } from './names.ts';
import { isPlaceForm } from './places.ts';
import { inRanges, isLocalAdjective, isSentenceInitial, LATIN_INITIAL_DIGRAPHS, lowerCaseWords, PREFIX, tableHeaderRows, type LowerSeen } from './util.ts';

interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  latin: boolean;
  /** First letter upper case. */
  upper: boolean;
  /** Every letter upper case (two letters or more). */
  caps: boolean;
  /** A single capital letter: an initial (М. Чорна, Ksiusha K). */
  initial: boolean;
  sentInit: boolean;
  /** An adjective opening an institution's name: "Координаційного центру з надання…", "CEDAW Committee". */
  beforeInstitution: boolean;
  /** Inside a range another detector claimed, or MDX code. */
  claimed: boolean;
  /** Something around it marks it as a person's name. */
  cued: boolean;
  /** An initial a naming word stands before: it is all the text says of a person's name. */
  namedInitial?: boolean;
  /** Index in the list of all words (lower-case ones too). */
  at: number;
  /** Followed by a number: a label like Route 5, Room 12. */
  numbered: boolean;
  /** Written right after a harmless proper noun or an institution's first word: Верховна Рада, Нова пошта. */
  afterName: boolean;
  suspicious: boolean;
}

/** Closed-class words: capitalised in titles and quotations, never a name on their own. */
const LATIN_DIGRAPH = new RegExp(`^(?:${LATIN_INITIAL_DIGRAPHS})$`);
/** Initials followed by a capitalised word: they open that name ("Then O. V. Melnyk"), not end the one before. */
const INITIALS_THEN_NAME = /^(?:\p{Lu}\p{Ll}?\.\s?)+\p{Lu}\p{Ll}/u;
const ROMAN = /^(?:[IVXІХ]{2,4}|[IVXІХ]{1,4}-[IVXІХ]{1,4})$/u;
/** Words that open a sentence rather than follow an initial as a surname (вітамін В. Потім нічого). */
const SENTENCE_OPENERS = new Set(
  `потім тоді далі зараз тепер вчора учора сьогодні завтра коли але і а та так ні ну ось це він вона вони ми я ти ви там тут
  потом тогда дальше сейчас теперь вчера сегодня завтра когда но и а так нет вот это он она они мы вы там тут
  then now later today yesterday tomorrow when but and so no yes this that he she they we you there here it`.split(/\s+/),
);
const FUNCTION_WORDS = new Set(
  `і й та а але або чи що як де коли тому бо щоб якщо хоча ні не ну ось от ще вже лише тільки навіть
  в у на з із зі до від для про під над за перед після без через біля при по між о об к ко
  я ти він вона воно ми ви вони мене мені мною тебе тобі його йому ним її їй нею нас вам вас їх їм ними
  мій моя моє мої твій твоя наш наша ваш ваша свій своя цей ця це ці той та те ті весь вся все всі
  и или но да нет что как где когда потому чтобы если хотя ни ну вот еще ещё уже лишь только даже
  в во на с со из от для про под над за перед после без через около при по между о об к ко у
  он она оно они мы вы меня мне мной тебя тебе его ему им её ей ею нас вам вас их ими
  мой моя моё мои твой твоя наш наша ваш ваша свой своя этот эта это эти тот та то те весь вся всё все
  ой ага ах эх ох ей гей алло
  a an the and or but if of to in on at by for from with as is was are were be it he she we they you
  i me my his her our their your yours this that these those there here what who when where why how not no yes`.split(/\s+/),
);

/** The noun of an institution right after a word (up to one word between): центру, районний суд, Committee. */
const INSTITUTION_NEXT = /^[ \u00a0]+(?:\p{L}+[ \u00a0]+)?(?:центр\p{L}*|суд|суду|суді|судом|лікарн\p{L}*|больниц\p{L}*|прокуратур\p{L}*|управлінн\p{L}*|управлени\p{L}*|комітет\p{L}*|комитет\p{L}*|інспекці\p{L}*|инспекци\p{L}*|committee|court|council|commission|centre|center|department|ministry|hospital)(?![\p{L}])/iu;
const ADJECTIVE_ENDING = /(?:ий|ій|ого|ому|им|ої|ая|ой|ую|ый|ська|ський|цький|ного|ної|ний|на)$/;
/** Ordinary words that open the name of an institution or an official title, capitalised inside a sentence. */
const INSTITUTION =
  /^(?:місцев|местн|національн|национальн|державн|государственн|верховн|служб|центр|міністерств|министерств|управлін|управлен|департамент|головн|главн|обласн|областн|міськ|городск|районн|регіональн|региональн|генеральн|офіс|офис|суд(?:у|і|ом|ах|ы|е)?$|прокуратур|прокурор|поліці|полици|патрульн|ювенальн|кабінет|кабинет|уповноважен|уполномоченн|омбудсмен|організац|организац|фонд|асоціац|ассоциац|альянс|програм|проєкт|проект|лікарн|больниц|клінік|клиник|закон|кодекс|конституц|президент|прем'єр|премьер|уряд|правительств|парламент|комітет|комитет|комісі|комисси|інспекці|инспекци|агентств|бюро|академі|академи|університет|университет|інститут|институт|школ|гімназі|гимнази|ліце|лице[йя]|коледж|колледж|церкв|церков|храм|монастир|собор|парті|парти|союз|спілк|об'єднан|объединен|товариств|обществ|громадськ|общественн|міськрад|сільрад|горсовет|народн|міжнародн|международн|всесвітн|всемирн|європейськ|европейск|українськ|украинск|соціальн|социальн|медичн|медицинск|охорон|здоров|безпек|безопасн|юстиці|юстици|міграці|миграци|благодійн|благотворительн|червон|красн|святого|святої|святий|святая|святой|нов(?:ий|ый|ого|ому|им|ым|ом|ім|ая|а|у|ую|ою|ой|ої|і|ые|і)$|міністр|министр|депутат|єдин|един|реєстр|реестр|республік|республик|(?:мер|мэр|голова|голови|голові|глава|главы|главе)$)/;

/**
 * English words written with a capital inside a sentence that are not names: institutions and
 * their parts, documents, titles and ranks, family words, days and seasons.
 */
const EN_NOT_NAMES = new Set(
  `police station office service services department court hospital clinic centre center council ministry committee
  commission national regional city state district oblast region prosecutor prosecutor's general chief public patrol
  juvenile children's social health protection affairs interior justice security migration border guard national
  university school college institute academy church bank fund foundation union party code law article section part
  chapter item annex appendix form protocol exhibit room page step case file report act decree resolution order
  bureau agency inspectorate service's international united nations human rights watch red cross europe european parliament government cabinet president
  administrative offences offenses criminal civil procedure procedural investigation investigator unit division
  north south east west northern southern eastern western central main street avenue road square lane boulevard
  mr mrs ms miss mister dr sergeant lieutenant captain major colonel officer inspector detective judge constable
  corporal private senior junior honour honor lance sgt lt capt cpl witness defence defense defendant claimant applicant respondent
  war world everyone everybody note notes
  hotel hostel motel sauna cafe café bar pub club nightclub studio salon restaurant diner shop store market kiosk
  mother father mum mom dad granny grandma grandmother grandfather auntie aunt uncle sister brother son daughter baby
  god lord heaven hell spring summer autumn fall winter morning evening night day week month year women women's mother's father's children's valentine's
  hotline helpline shelter outreach programme program project network alliance association organisation organization
  regional oblast rada verkhovna commissioner ombudsman ombudsperson coordinator director manager head deputy
  platform group circle workshop roundtable conference session meeting summit forum campaign
  note notes summary statement complaint application request petition letter minutes agenda evidence annexe
  contact name surname phone address date age place time sex gender status nationality comment comments information info details
  yes no ok please thanks thank hello hi dear sincerely regards best signed re fwd subject from to cc`.split(/\s+/),
);

/** Words beside a name that make it a venue or a business (клуб «Сфінкс», Zolotyi Kolos bar). */
const VENUE_WORDS = new Set(
  `сауна сауни сауні сауну готель готелю готелі гостиница гостиницы гостинице гостиницу клуб клубу клубі клубе
  кафе бар бару барі баре бара ресторан ресторану ресторані ресторане магазин магазину магазині магазине аптека
  аптеки аптеці аптеке аптеку салон салону салоні салоне мотель мотелю мотелі мотеле мотеля база бази базі базе
  комплекс комплексу комплексі комплексе ТОВ ФОП ПП ООО ИП ЧП фірма фірми фірмі фирма фирмы фирме компанія
  компанії компания компании кав'ярня кав'ярні кофейня кофейне піцерія піцерії пиццерия пиццерии АЗС автомийка
  автомийки автомойка автомойке шиномонтаж СТО хостел хостелі хостеле супермаркет супермаркету супермаркета ТЦ ТРЦ
  bar club cafe café hotel motel hostel sauna spa shop store supermarket pharmacy restaurant salon company firm
  LLC Ltd`.split(/\s+/),
);

/** Words beside a name that make it a settlement or a part of one (the Sotsmisto neighbourhood, мікрорайон Ч.). */
const PLACE_WORDS = new Set(
  `село села селі селом смт селище селища селищі хутір хутора хуторі хутор деревня деревни деревне посёлок поселок
  посёлке поселке мікрорайон мікрорайоні микрорайон микрорайоне масив масиві массив массиве квартал кварталі
  район районі районе місто міста місті город города городе
  village town city district neighbourhood neighborhood area estate suburb settlement`.split(/\s+/),
);
const PLACE_ABBREV = /(?:^|[\s(])(?:с|м|сел|смт|г|пос|д|v|vil)\.\s?$/i;

/** Verbs of living and coming from, then a preposition: the capitalised word after them is a place (живу в С., родом из Б.). */
const LIVE_VERB = new Set(
  `живу живе живёт живет живуть живут жила жил жили живемо живем мешкаю мешкає мешкала проживаю проживає проживала
  проживает родом приїхала приїхав приехала приехал переїхала переехала народилася народилась народився родилась
  родился виросла выросла прописана прописан зареєстрована зарегистрирована live lives lived living born moved grew up`.split(/\s+/),
);
const LIVE_PREP = new Set(['в', 'у', 'во', 'з', 'із', 'зі', 'из', 'с', 'під', 'под', 'біля', 'возле', 'около', 'in', 'from', 'to', 'near', 'outside', 'around']);
/** Prepositions before a street named without its street word (на Перемоги, 5; по Садовій, 12). */
const STREET_PREP = new Set(['на', 'по', 'біля', 'возле', 'около', 'коло', 'on', 'at']);
const HOUSE_AFTER = /^,?\s?\d{1,4}[а-яієїa-z]?(?![\p{N}:.,]\d|\s*(?:рок|рік|год|лет|хв|мин|грн|гривен|гривень|years?|hours?|minutes?|%))(?:\s?\/\s?\d{1,4})?/u;

/** Titles and ranks: they stay in the text, outside the name's span (Sergeant Holub, пані Скорик). */
const TITLE_WORDS = new Set(
  `mr mrs ms miss mister dr sergeant lieutenant captain major colonel officer inspector detective judge sgt lt capt det insp cpl
  corporal senior junior private honour honor lance chief
  пан пані панна господин госпожа сержант лейтенант капітан капитан майор полковник інспектор инспектор`.split(/\s+/),
);

/** Words after which a name follows: мене звати Лан, зовут его Лёня, a woman called Doina, на прізвисько Кіт. */
const NAMING_BEFORE = new Set(
  `ім'я імені ім'ям імя звати звуть звали кличуть кликали прізвище прізвищем прізвисько прізвиськом
  имя имени именем зовут звали зовет кличут называют называли фамилия фамилией прозвище прозвищем кличка кличке кличку погоняло
  name named called nickname nicknamed surname
  назвемо назвімо назвала назвали назвав називатимемо назовём назовем назову назвала назвал называла называть`.split(/\s+/),
);
/** A naming word and a pronoun may stand before a lone initial that stands for a name: a woman she called V., назвемо її В. */
const NAMING_INITIAL_GAP = /^[\s\u00a0]+(?:(?:her|him|herself|himself|them|її|його|её|его|ее|себе|she|he)[\s\u00a0]+)?(?:(?:just|simply|просто)[\s\u00a0]+)?$/iu;
/** Nouns after which a name came first, across a dash: Лан — це моє ім'я, Doina is her name. */
const NAMING_AFTER = new Set(`ім'я імя прізвище прізвисько имя фамилия прозвище кличка name surname nickname`.split(/\s+/));

/** First letter and length of every naming word: most words are ruled out without hashing them. */
const shapeKey = (w: string) => w.charCodeAt(0) * 64 + Math.min(w.length, 63);
const NAMING_SHAPES = new Set([...NAMING_BEFORE, ...NAMING_AFTER, 'call'].map(shapeKey));

/** Between a name and the noun naming it: "Лан — це моє ім'я", "Doina is her name". */
const BACK_GAP = /^\s*(?:[—–-]\s*(?:(?:це|это|то)\s+)?|(?:is|was)\s+)(?:(?:моє|мое|моё|її|його|её|его|my|her|his|their)\s+)?$/;

/** Second-person words after an address: «Маринко, ти ж розумієш», «Тань, ти як?». */
const SECOND_PERSON = new Set(
  `ти ви тобі тебе вам вас твій твоя ты вы тебе тебя вам вас твой твоя you your слухай послухай слушай послушай
  давай давайте іди иди йди ходи дивись смотри зайди зайди приходь приходи скажи скинь напиши подзвони позвони
  where are how did do can will`.split(/\s+/),
);
/** Role nouns in an apposition after a name: "Rose, our outreach worker", "Віра, наша соцпрацівниця". */
const APPOSITION_ROLE = /^(?:worker|friend|neighbou?r|lawyer|officer|sister|mother|colleague|client|facilitator|volunteer|nurse|doctor|manager|landlady|landlord|boss|pimp|driver|cousin|aunt|daughter|son|husband|wife|partner|roommate|flatmate|coordinator|director|psychologist|подруга|подружка|сусідка|соседка|соцпрацівниця|соцпрацівник|соцработница|соцработник|юристка|юрист|адвокатка|адвокат|волонтерка|волонтер|волонтёр|фасилітаторка|ведуча|ведущая|медсестра|лікарка|лікар|врач|колега|коллега|клієнтка|клієнт|клиентка|клиент|адміністраторка|администраторша|администратор|сестра|мама|сутенер|сутенёр|дільничний|участковый|психологиня|психолог|координаторка|координатор|господиня|хозяйка|хазяйка)$/;

/** Words that address someone without naming her: Мамо, ти…; Дівчата, ви… */
const ADDRESS_WORDS = new Set(
  `мамо мама мам мамочко тато тату татку папа пап доню доча дочка сину сынок синку дівчата дівчатка девочки девчонки
  подруго подруга сестро сестричко сестра брате брат бабо бабусю бабушка діду дед люди хлопці ребята пацани
  сонце сонечко солнце солнышко зайчик зая кицю киса мила милая люба любая дорога дорогая рідна родная
  girls guys honey darling dear mum mom mummy dad babe baby love sweetie sister`.split(/\s+/),
);

/** Sentence-initial forms of verbs and colloquial words the dictionaries lack (Понімаєш, Канєшно). */
const VERB_LIKE = /(?:ться|тся|лась|лася|лись|лися|ешь|єш|ишь|ємо|емо|єте|ете|ють|ают|ують|ять|шно|чно|..те|ано|ено|ото|ыто|ито|ято)$/;
const COLLOQUIAL = new Set(
  `блін блин щас ща чё шо шота шото канєшно канешно кароче ваще вообще нащот нащет типа тіпа ладно окей ок
  мусора мусор менты мент ментовка горотдел райотдел мусарня обезьянник`.split(/\s+/),
);

/** Capital letters that are words on their own: "Oksana I", "Лена В кафе" are no initials. */
const ONE_LETTER_WORDS = new Set(['I', 'A', 'В', 'У', 'І', 'Я', 'О', 'И', 'С', 'К', 'Й', 'Ж']);

/** English direct speech after a comma or a colon starts a sentence: he said, "Come back…" */
const SPEECH_OPENS = /[,:]\s?["“]$/;

const OPEN_QUOTES = new Set(['«', '"', '“', '„']);
const CLOSE_QUOTE: Record<string, string> = { '«': '»', '"': '"', '“': '”', '„': '“' };

const isLatinCode = (c: number) => c < 0x250;
const CAMEL = /^\p{Lu}\p{Ll}+\p{Lu}/u;

// (hoisted: the tsx build turns a \p{…} regex literal into a new RegExp each time it is evaluated)
const INITIALS_BEFORE = /(?:^|[^\p{L}])((?:\p{Lu}\.\s?){1,2})$/u;
const INITIALS_AFTER = /^\s((?:\p{Lu}\.\s?){1,2}|\p{Lu}(?![\p{L}\p{N}.]))/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const STARTS_CAPITAL = /^\p{Lu}/u;
export const detectProperNouns: Detector = (text, ctx) => {
  // (a table's header row names its columns, not people: | Возр. | Н. п. |)
  const claimed = [...(ctx.claimed ?? [])].map((s) => [s.start, s.end] as [number, number]).concat(tableHeaderRows(text)).sort((a, b) => a[0] - b[0]);
  for (const r of mdxCodeRanges(text)) claimed.push(r);
  for (const r of linkTargets(text)) claimed.push(r);
  claimed.sort((a, b) => a[0] - b[0]);

  const words: Word[] = [];
  /** Every word's index, for the context rules; lower-case words too. */
  const all: { start: number; end: number; lower: string; word?: Word }[] = [];
  const lowerSeen = lowerCaseWords(text, claimed);
  let ci = 0;
  const sharedWords = textWords(text);
  scanWords(text, (start, end0, k) => {
    let end = end0;
    while (ci < claimed.length && claimed[ci]![1] <= start) ci++;
    let isClaimed = false;
    for (let k = ci; k < claimed.length && claimed[k]![0] < end; k++) if (claimed[k]![1] > start) isClaimed = true;
    const c0 = text.charCodeAt(start);
    // (a Roman numeral is no name: ЗОШ І-ІІІ ступенів, World War II)
    const upper = isUpperCode(c0) && !ROMAN.test(sharedWords.word(k));
    if (!upper) {
      all.push({ start, end, lower: sharedWords.word(k) });
      return;
    }
    const latin = isLatinCode(c0);
    // English possessive: Doina's → Doina ('s stays in the text)
    if (latin && end - start > 3 && /^['’]s$/.test(text.slice(end - 2, end))) end -= 2;
    const whole = end === end0;
    const t = whole ? sharedWords.word(k) : text.slice(start, end);
    const w: Word = {
      start,
      end,
      text: t,
      lower: whole ? sharedWords.lower(k) : t.toLowerCase(),
      latin,
      upper,
      caps: t.length >= 2 && t === t.toUpperCase(),
      // (Latin initials of Ukrainian letters take two: Ya. M., Zh. K.)
      initial: (t.length === 1 || (latin && LATIN_DIGRAPH.test(t))) && text[end] === '.',
      sentInit: isSentenceInitial(text, start) || afterTag(text, start) || (latin && SPEECH_OPENS.test(text.slice(Math.max(0, start - 4), start))),
      beforeInstitution: INSTITUTION_NEXT.test(text.slice(end, end + 40)),
      claimed: isClaimed,
      cued: false,
      suspicious: false,
      at: all.length,
      afterName: false,
      // (read only for English documents: isSuspicious; a following placeholder counts: the Lyceum [venue name])
      numbered: ctx.lang === 'en' && /^[ \u00a0]?(?:(?:No\.?\s?|№\s?|#)?\d|\[)/.test(text.slice(end, end + 6)),
    };
    const prevWord = words[words.length - 1];
    if (prevWord && !prevWord.claimed && text.slice(prevWord.end, start) === ' ' && (isKnownProperNoun(prevWord.text) || INSTITUTION.test(prevWord.lower))) w.afterName = true;
    words.push(w);
    all.push({ start, end, lower: w.lower, word: w });
  });
  if (words.length === 0) return [];

  markCues(text, words, all, ctx.lang);
  markSpeakers(text, words, ctx.lang, ctx.claimed);
  // "Роза Мамедова", "Кофи Асанте": a first name or an unknown word written beside a name another
  // detector found is part of that name
  const nameEdges = new Set<number>();
  for (const sp of ctx.claimed ?? []) if (sp.kind === 'name') nameEdges.add(sp.start).add(-sp.end - 1);
  if (nameEdges.size) {
    for (const w of words) {
      if (w.claimed || w.initial || w.caps || w.cued || /['’]/.test(w.text) || FUNCTION_WORDS.has(w.lower) || TITLE_WORDS.has(w.lower) || isKnownProperNoun(w.text)) continue;
      const before = text[w.end] === ' ' && nameEdges.has(w.end + 1);
      const after = text[w.start - 1] === ' ' && nameEdges.has(-(w.start - 1) - 1);
      if (!before && !after) continue;
      // a first name the lexicon knows, before a surname (Will Brennan, Роза Мамедова); after a name only
      // in Cyrillic (the English lexicon holds too many words someone was once named)
      const firstName = (before || !w.latin) && analyseName(w.text, ctx.lang).some((x) => x.part === 'first');
      if (!isCommonWord(w.text) || firstName) w.cued = true;
    }
  }
  const docLatin = ctx.lang === 'en';
  // Title Case lines matter only to an English document's ordinary words: found on first use.
  let titleLines: [number, number][] | undefined;
  const titleLinesOf = () => (titleLines ??= titleCaseLines(text));
  for (const w of words) {
    if (w.claimed || w.initial) continue;
    w.suspicious = w.cued ? canBeName(w) : isSuspicious(w, docLatin, lowerSeen, titleLinesOf);
  }

  // Join suspicious words written together (Сан Саныч, Benedek Tóth, Zolotyi Kolos) and take in the
  // capitalised words and initials beside them, titles and harmless proper nouns excepted.
  const spans: Span[] = [];
  const inGroup = new Set<Word>();
  /** The stem of each word of each name found here, for its other case forms. */
  const nameWords: [string, Span][] = [];
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.suspicious) continue;
    let a = i;
    let b = i;
    const caps = words[i]!.caps;
    // (a name has a few words: a longer run of capitals is cut into names of at most five)
    while (b + 1 < words.length && b - a < 4 && joins(text, words[b]!, words[b + 1]!) && (words[b + 1]!.suspicious || extendable(words[b + 1]!, caps))) b++;
    let count = 0;
    for (let k = a; k <= b; k++) if (words[k]!.suspicious) count++;
    // leftwards a sentence-initial word joins only a first name from the lexicon (Надежда Кравец)
    // or a name of two or more suspicious words (Ли Ен Хо)
    while (
      a - 1 >= 0 &&
      b - a < 4 &&
      !inGroup.has(words[a - 1]!) &&
      joins(text, words[a - 1]!, words[a]!) &&
      extendable(words[a - 1]!, caps) &&
      (words[a - 1]!.initial || !words[a - 1]!.sentInit || count >= 2 || analyseName(words[a - 1]!.text, ctx.lang).some((x) => x.part === 'first'))
    )
      a--;
    i = b;
    for (let k = a; k <= b; k++) inGroup.add(words[k]!);
    const span = groupSpan(text, words, a, b, ctx);
    spans.push(span);
    if (span.kind === 'name') for (let k = a; k <= b; k++) if (words[k]!.text.length >= 3 && !words[k]!.caps) nameWords.push([stemOf(words[k]!.lower), span]);
  }
  // Initials on their own, two or more: a signature "М. М.", "N. P."
  for (let i = 0; i + 1 < words.length; i++) {
    const x = words[i]!;
    const y = words[i + 1]!;
    if (!x.initial || !y.initial || x.claimed || y.claimed || inGroup.has(x) || inGroup.has(y)) continue;
    if (text[x.end] !== '.' || text[y.end] !== '.' || !/^\.\s?$/.test(text.slice(x.end, y.start))) continue;
    let j = i + 1;
    while (j + 1 < words.length && words[j + 1]!.initial && !words[j + 1]!.claimed && text[words[j + 1]!.end] === '.' && /^\.\s?$/.test(text.slice(words[j]!.end, words[j + 1]!.start))) j++;
    spans.push({ kind: 'name', start: x.start, end: words[j]!.end + 1, entity: text.slice(x.start, words[j]!.end + 1), confidence: 0.7 });
    i = j;
  }
  // A lone initial that stands for a name (a woman she called V.): another initial, the same in
  // every mention (the pipeline spreads it).
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.initial || w.claimed || inGroup.has(w)) continue;
    if (!w.namedInitial && !standsForPerson(text, w, words[i - 1], words[i + 1])) continue;
    const entity = `${w.text}.`;
    let pseudo = ctx.pseudonyms.pseudonymFor(entity, { lang: ctx.lang, part: 'first' });
    if (pseudo[0] === w.text) pseudo = ctx.pseudonyms.pseudonymFor(`${entity}.`, { lang: ctx.lang, part: 'first' });
    spans.push({ kind: 'name', start: w.start, end: w.end + 1, entity, replacement: `${pseudo[0]}.`, confidence: 0.8 });
  }
  // Initials beside a name another detector found: "Н. Голуб", "Ksiusha K:" — they go, the name's
  // replacement stays.
  for (const sp of ctx.claimed ?? []) {
    if (sp.kind !== 'name') continue;
    const before = INITIALS_BEFORE.exec(text.slice(Math.max(0, sp.start - 6), sp.start));
    if (before) spans.push({ kind: 'name', start: sp.start - before[1]!.length, end: sp.start, entity: sp.entity, replacement: '', confidence: 0.7 });
    const after = INITIALS_AFTER.exec(text.slice(sp.end, sp.end + 7));
    if (after && !ONE_LETTER_WORDS.has(after[1]!)) spans.push({ kind: 'name', start: sp.end, end: sp.end + after[0].trimEnd().length, entity: sp.entity, replacement: '', confidence: 0.7 });
  }
  // Other case forms of a name found here (Лейла → Лейлу, Лейлою; Армен Саркисян → Армен), wherever they stand.
  const stems = new Map<string, Span>(nameWords);
  if (stems.size) {
    for (const w of words) {
      if (w.suspicious || w.claimed || w.caps || inGroup.has(w) || w.text.length < 3) continue;
      const hit = stems.get(stemOf(w.lower));
      if (hit && !isKnownProperNoun(w.text) && !FUNCTION_WORDS.has(w.lower)) spans.push({ ...hit, start: w.start, end: w.end });
    }
  }
  return spans;
};

/** Words a letter may follow without being anyone's initial: vitamin B, Plan B, група А, пункт В. */
const LETTER_LABEL = /^(?:vitamin|plan|type|class|group|section|part|hepatitis|exhibit|appendix|annex|grade|block|building|category|option|variant|point|item|row|zone|sector|вітамін|витамин|гепатит|план|тип|клас|класс|група|группа|пункт|розділ|раздел|частина|часть|корпус|блок|літера|литера|категорія|категория|варіант|вариант|додаток|приложение|зона|сектор|ряд|рядок|строка|секція|секция)$/iu;
/** Before an initial that stands for someone: a role, a preposition, a dash, a comma or an opening quote. */
const PERSON_BEFORE = /(?:(?<![\p{L}])(?:абонентка|абонент|клієнтка|клієнт|клиентка|клиент|свідок|свідка|свидетель|свидетельница|потерпіла|потерпілий|потерпевшая|потерпевший|заявниця|заявник|заявительница|заявитель|консультантка|консультантки|консультант|операторка|оператор|пані|пан|гр\.|громадянка|гражданка|подруга|сестра|учасниця|участница|witness|client|caller|victim|officer|ms|mrs|mr|справа|справу|справі|справи|дело|дела|делу|деле|case|from|with|з|із|с|від|от|для|до|про|у|в|and|і|та|и|or|або|или)|[—–,(«"“:])[\s\u00a0]*$/iu;
/**
 * Whether a lone initial (К., H.) stands for a person: it is a line of its own (a signature), the
 * sentence goes on after it in lower case (К. спитає, H. is 28), it signs off a note after its last
 * sentence («Целую. Л. 12.09»), or a role, a case («справу Т.»), preposition, dash,
 * comma or quotation mark stands before it and punctuation after it (Абонентка Н., with С. 10.12,
 * писати «З.»). Not when a capitalised word follows (an initial of that name) or precedes it
 * (Ткач О.), nor after a word that labels letters (vitamin B.).
 */
function standsForPerson(text: string, w: Word, prev: Word | undefined, next: Word | undefined): boolean {
  if (w.latin && w.text === 'I') return false;
  const after = text.slice(w.end + 1, w.end + 24);
  // (a capitalised word right after it is the name it is the initial of: "Т. Марко"; not after a comma or a sentence's end: "А., Н. Я.", "Т.. Марку")
  if (next && next.upper && /^\.?[ \u00a0]{0,2}$/.test(text.slice(w.end, next.start))) return false;
  // (after a capitalised word the initial ends that name, "Oksana K.", unless the word is a title: "Ms K. has asked")
  if (prev && prev.upper && !prev.initial && !TITLE_WORDS.has(prev.lower) && text.slice(prev.end, w.start) === ' ') return false;
  const lineStart = text.lastIndexOf('\n', w.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, w.start - 30), w.start);
  const wordBefore = /(\p{L}+)[\s\u00a0]*$/u.exec(before)?.[1];
  if (wordBefore && LETTER_LABEL.test(wordBefore)) return false;
  // a signature: the initial alone on its line, markup aside
  if (/^[\s*_>-]*$/.test(before) && /^[\s*_]*(?:\n|$)/.test(after)) return true;
  // a signature after the last sentence of a note: "Целую. Л. 12.09»", "Обіймаю. М."
  if (/[.!?…][ \u00a0]+$/u.test(before) && /^[ \u00a0*_]*(?:[»"”)]|\d{1,2}[./]\d{1,2}|\n|$)/u.test(after)) return true;
  // the sentence goes on in lower case: "К. спитає", "H. is 28"
  if (/^[ \u00a0]\p{Ll}{2,}/u.test(after)) return true;
  return PERSON_BEFORE.test(before) && /^(?:[,;:)»"”]|[*_]*:|[ \u00a0]*(?:\(|—|–|\d)|[ \u00a0*_]*(?:\n|$)|\.)/u.test(after);
}

/** A speaker's label opening a line of a transcript or a chat: "**[01:39] HOPE:**", "Надія:", "CALLER (HOPE):". */
// (a chat export's sender line too: "**Надежда** [10:05]", a post's "**Joy** @joyfulnoise77")
const SPEAKER_LABEL = /^[ \t>*_-]*(?:\[[^\]\n]{1,20}\][ \t*_]*)?(?:\p{Lu}+[ \t]*\([ \t]*)?(\p{Lu}[\p{L}'’-]*)(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?[ \t]*\)?[ \t*_]*(?::|\[\d{1,2}[:.]\d\d|@[A-Za-z0-9_.]{2,})/gmu;

/** Speakers named by their part in a transcript, in capitals (no dictionary lists them all). */
const ROLE_LABELS = new Set(`q a p і в ж host guest judge clerk witness victim interviewer moderator presenter prosecutor defender
  ведучий ведуча гостя гість суддя судья секретар секретарь свідок свидетель свідка потерпіла потерпевшая прокурор адвокат захисник
  слідчий следователь журналіст журналистка журналістка кореспондент модератор`.split(/\s+/));

/** Labels of e-mail headers and forms, which some name lexicons also list (Тема, Дата). */
const HEADER_WORDS = new Set(`тема дата від кому копія копия от кому підпис подпись примітка примечание питання вопрос відповідь ответ
  subject from to date cc bcc re fwd note question answer signature`.split(/\s+/));

/**
 * A first name that labels two lines or more of a transcript is that speaker, even when it is an
 * ordinary word too (HOPE:, Надія:, Grace:). Words that label lines but are nobody's name
 * (Q:, Note:, Консультант:) are not in the name lexicon and stay.
 */
function markSpeakers(text: string, words: Word[], lang: 'uk' | 'ru' | 'en', claimed: readonly Span[] = []): void {
  const counts = new Map<string, number[]>();
  const surfaces = new Set<string>();
  SPEAKER_LABEL.lastIndex = 0;
  for (let m = SPEAKER_LABEL.exec(text); m; m = SPEAKER_LABEL.exec(text)) {
    const name = m[1]!;
    const at = m.index + m[0].lastIndexOf(name, m[0].length);
    const key = name.toLowerCase();
    const list = counts.get(key) ?? [];
    list.push(at);
    counts.set(key, list);
    surfaces.add(name);
  }
  if (counts.size === 0) return; // (most texts have no labelled lines: the claimed names are not read)
  const speakers = new Set<string>();
  const claimedNames = new Set<string>();
  for (const sp of claimed) if (sp.kind === 'name') for (const part of text.slice(sp.start, sp.end).toLowerCase().split(/[\s.]+/)) if (part.length >= 3) claimedNames.add(part);
  for (const [key, list] of counts) {
    if (list.length < 2 || key.length < 3 || HEADER_WORDS.has(key)) continue;
    const cap = key[0]!.toUpperCase() + key.slice(1);
    if (analyseName(cap, lang).some((a) => a.part === 'first')) speakers.add(key);
    // "**ЧУМАК:**" in a transcript that names Богдан Чумак: the label is a surname found elsewhere
    else if (claimedNames.has(key)) speakers.add(key);
    // "SICH:" twice or more, in capitals, no dictionary word and no role: a surname
    else if ([...surfaces].some((x) => x.toLowerCase() === key && x === x.toUpperCase()) && !isCommonWord(cap) && !isEnglishCoreWord(key) && !ROLE_LABELS.has(key)) speakers.add(key);
  }
  if (speakers.size === 0) return;
  // the labels themselves, and the same name inside a sentence ("Hope you are fine" opens one: the word)
  for (const w of words) if (!w.claimed && speakers.has(w.lower) && (surfaces.has(w.text) || !w.sentInit)) w.cued = true;
}

/** Cues that make a capitalised word a name whatever it is: initials, naming words, an address, quotation marks. */
function markCues(text: string, words: Word[], all: { start: number; end: number; lower: string; word?: Word }[], lang: 'uk' | 'ru' | 'en'): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.initial || w.claimed || w.caps) continue;
    const prev = words[i - 1];
    const next = words[i + 1];
    // initials before (М. Чорна, S. M. Hrytsenko) or after (Сиротюк О.В., Сич А. Р.)
    // (a Latin letter at a sentence end is often no initial: "hepatitis B. Hepatitis C")
    // (nor one before a word that starts a sentence: "вітамін В. Потім нічого")
    if (prev?.initial && /^\.\s?$/.test(text.slice(prev.end, w.start)) && (!prev.latin || !isCommonWord(w.text) || words[i - 2]?.initial) && !SENTENCE_OPENERS.has(w.lower)) w.cued = true;
    // (not "Соцпрацівниця М. Чорна": there the initial belongs to the name after it)
    // (not when the initials open the next name: "Then O. V. Melnyk", "Then Ya. Fedorchuk")
    if (next?.initial && /^\s$/.test(text.slice(w.end, next.start)) && text[next.end] === '.' && !INITIALS_THEN_NAME.test(text.slice(next.start, next.start + 16)) && !SENTENCE_OPENERS.has(w.lower)) w.cued = true;
    // an apposition: "Rose, our outreach worker, …", "Віра, наша соцпрацівниця, …"
    if (text[w.end] === ',' && !ADDRESS_WORDS.has(w.lower)) {
      for (let k = 1; k <= 3; k++) {
        const x = all[w.at + k];
        if (!x || x.word?.upper) break;
        if (APPOSITION_ROLE.test(x.lower)) {
          w.cued = true;
          break;
        }
        if (!/^(?:our|my|his|her|their|the|a|an|local|наша|наш|моя|мій|мой|їхня|ихняя|тамтешня|місцева|местная|social|outreach)$/.test(x.lower)) break;
      }
    }
    // an address: «Маринко, ти ж розумієш», "Тань, ти як?"
    // (the word must be a name the lexicon knows or no ordinary word: "Короче, слушай" is no address)
    if (w.sentInit && text[w.end] === ',' && !ADDRESS_WORDS.has(w.lower)) {
      const after = all[w.at + 1];
      if (after && SECOND_PERSON.has(after.lower) && /^,\s*$/.test(text.slice(w.end, after.start)) && (!isCommonWord(w.text) || analyseName(w.text, lang).some((x) => x.part === 'first'))) w.cued = true;
    }
    // a short quotation of one or two words: на прізвисько «Кіт», | «Мышка» (имя не назвала) |
    const open = text[w.start - 1];
    if (open && OPEN_QUOTES.has(open)) {
      const close = closingQuote(text, CLOSE_QUOTE[open]!, w.end, 30);
      const inner = close > 0 ? text.slice(w.start, close) : '';
      const intro = text.slice(Math.max(0, w.start - 4), w.start - 1);
      if (close > 0 && close - w.start <= 30 && /^[\p{L}'’-]+(?: [\p{L}'’-]+)?$/u.test(inner) && !/[:—–-]\s*$/.test(intro)) w.cued = true;
    }
  }
  // a naming word just before (мене звати Лан, зовут его Лёня) or, across a dash, just after (Лан — це моє ім'я)
  for (let k = 0; k < all.length; k++) {
    const cue = all[k]!;
    if (!NAMING_SHAPES.has(shapeKey(cue.lower))) continue; // (no naming word has this first letter and length)
    const before = NAMING_BEFORE.has(cue.lower);
    const after = NAMING_AFTER.has(cue.lower);
    if (before || cue.lower === 'call') {
      const y = [all[k + 1], all[k + 2], all[k + 3]].find((x) => x?.word);
      if (y?.word?.initial && !y.word.claimed && NAMING_INITIAL_GAP.test(text.slice(cue.end, y.start))) y.word.namedInitial = true;
    }
    if (!before && !after) continue;
    for (const d of [1, 2, 3, -1, -2, -3, -4]) {
      const x = all[k + d];
      if (!x || !x.word || x.word.initial || x.word.caps || (d > 0 && !before) || (d < 0 && !after)) continue;
      if (x.word.claimed) break;
      const gap = d > 0 ? text.slice(cue.end, x.start) : text.slice(x.end, cue.start);
      if (/[.!?\n«»"“”;:|]/.test(gap)) continue;
      if (d < 0 && !BACK_GAP.test(gap)) continue;
      x.word.cued = true;
      break;
    }
  }
}

/** Parts people play in a chat or a transcript: "Оператор Дарина:", "Судья:" — a role, never a name. */
const ROLE_WORDS = new Set([...ROLE_LABELS, ...`оператор оператора операторка консультант консультантка менеджер менеджерка адміністратор адміністраторка
  администратор диспетчер диспетчерка инспектор інспектор інспекторка захисниця защитник operator consultant dispatcher agent support
  дежурный дежурная дежурного черговий чергова чергового specialist specialists manager coordinator advisor adviser analyst assistant representative moderator caseworker
  officer officers director administrator supervisor`.split(/\s+/)]);

/** A cued word is a name unless it is a word that never is one. */
function canBeName(w: Word): boolean {
  return w.text.length >= 2 && !ROLE_WORDS.has(w.lower) && !FUNCTION_WORDS.has(w.lower) && !TITLE_WORDS.has(w.lower) && !ADDRESS_WORDS.has(w.lower) && !isKnownProperNoun(w.text) && !NAMING_BEFORE.has(w.lower) && !EN_NOT_NAMES.has(w.lower);
}

function isSuspicious(w: Word, docLatin: boolean, lowerSeen: LowerSeen, titleLines: () => [number, number][]): boolean {
  // (not a surname before the noun: "Мельник суд" is no institution, so only words with an adjective's ending, and acronyms)
  if (w.beforeInstitution && (ADJECTIVE_ENDING.test(w.lower) || w.caps)) return false;
  if (w.caps) {
    // Abbreviations (ВІЛ, ЦНАП, РНОКПП, SMS) are short or nearly vowel-less; a signature in capitals is not.
    if (w.text.length < 5 || vowelShare(w.lower) < 0.25) return false;
    const title = w.text[0] + w.lower.slice(1);
    return !isKnownProperNoun(title) && !isCommonWord(title) && !lowerSeen.has(w.lower);
  }
  if (w.text.length < 2 || isKnownProperNoun(w.text) || FUNCTION_WORDS.has(w.lower) || ROLE_WORDS.has(w.lower)) return false;
  // a settlement the place detector knows and kept (Odesa with keepMajorCities, an oblast name)
  if (isPlaceForm(w.text)) return false;
  // Cyrillic abbreviations in mixed case: КУпАП, МінЮст; Latin ones mostly capitals: PrEP, mRNA (not AptekaPlus)
  if (!w.latin && TWO_CAPITALS.test(w.text.slice(1))) return false;
  if (w.latin && (w.text.match(/[A-Z]/g)?.length ?? 0) * 2 >= w.text.length) return false;
  // ID-картка, Из-за, Івано-Франківськ: judged by their parts
  const dash = w.text.indexOf('-');
  if (dash > 0) {
    const parts = [w.text.slice(0, dash), w.text.slice(dash + 1)];
    return parts.some((p, k) => p.length > 0 && STARTS_CAPITAL.test(p) && isSuspicious(part(w, p, k === 0 ? w.start : w.start + dash + 1, k === 0 && w.sentInit), docLatin, lowerSeen, titleLines));
  }
  if (w.latin && /['’]/.test(w.text)) {
    // contractions: I'm, Don't, We'll
    const head = w.text.replace(/(?:['’](?:m|s|re|ll|ve|d|t)|n['’]t)$/i, '');
    if (head !== w.text) return head.length > 1 && isSuspicious(part(w, head, w.start, w.sentInit), docLatin, lowerSeen, titleLines);
  }
  // A sentence-initial word the text also writes in lower case is an ordinary word; inside a
  // Ukrainian or Russian sentence the capital letter itself says otherwise (Бублик … «як бублик»).
  if ((w.sentInit || w.latin) && lowerSeen.has(w.lower)) return false;
  const common = isCommonWord(w.text);
  if (w.latin !== docLatin) return !(common && w.sentInit);
  if (docLatin) {
    if (EN_NOT_NAMES.has(w.lower.replace(/['’]s$/, ''))) return false; // (Honour: British spellings the dictionary lacks)
    if (!common) return true;
    // a rare word written with a capital inside a sentence or a heading is a name: the Kolos cafe
    if (!w.sentInit && !isEnglishCoreWord(w.text)) return true;
    // English capitalises ordinary words in headings, in the names of institutions and in labels
    // with a number (Route 5, Room 12, Cell 3)
    return !w.sentInit && !EN_NOT_NAMES.has(w.lower.replace(/['’]s$/, '')) && !inRanges(titleLines(), w.start) && !w.numbered;
  }
  if (!common) {
    if (w.sentInit && !isDictionaryProperNoun(w.text)) {
      // a sentence-initial word the dictionaries lack: slang, a verb form, a modern word the
      // Ukrainian dictionary predates (Поліцейський: its Russian spelling is known), or a word
      // the text also writes in lower case with another ending (Поліцейський … поліцейські)
      if (COLLOQUIAL.has(w.lower) || VERB_LIKE.test(w.lower) || isCommonWord(ukToRu(w.text))) return false;
      if (w.lower.length >= 7 && lowerSeen.has(PREFIX + w.lower.slice(0, 6))) return false;
    }
    return true;
  }
  return !w.sentInit && !COLLOQUIAL.has(w.lower) && !INSTITUTION.test(w.lower) && !w.afterName;
}

function part(w: Word, text: string, start: number, sentInit: boolean): Word {
  return { ...w, text, lower: text.toLowerCase(), start, end: start + text.length, caps: text.length >= 2 && text === text.toUpperCase(), initial: text.length === 1, sentInit };
}

function vowelShare(lower: string): number {
  let v = 0;
  for (const c of lower) if ('аеєиіїоуюяыэёaeiouy'.includes(c)) v++;
  return v / lower.length;
}

/** A Ukrainian spelling in Russian letters, roughly: поліцейський → полицейский. */
function ukToRu(word: string): string {
  return word.replace(/[іїІЇ]/g, (c) => (c === c.toLowerCase() ? 'и' : 'И')).replace(/є/g, 'е').replace(/Є/g, 'Е').replace(/['’ʼ]/g, '').replace(/([сцз])ьк/g, '$1к').replace(/ґ/g, 'г');
}

/** A capitalised neighbour that belongs to the name next to it (an initial too: Сич А. Р.; NGUYEN THI LAN). */
function extendable(w: Word, capsGroup = false): boolean {
  if (w.claimed) return false;
  if (w.initial) return w.upper;
  return w.upper && w.caps === capsGroup && !TITLE_WORDS.has(w.lower) && !FUNCTION_WORDS.has(w.lower) && !ADDRESS_WORDS.has(w.lower) && !isKnownProperNoun(w.text);
}

/** Two words of one name: one space, a no-break space or a hyphen between them, or an initial's dot. */
function joins(text: string, a: Word, b: Word): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === ' ' || gap === '\u00a0' || gap === '-' || gap === ' - ') return true;
  return a.initial && (gap === '. ' || gap === '.');
}

function groupSpan(text: string, words: Word[], a: number, b: number, ctx: Parameters<Detector>[1]): Span {
  let start = words[a]!.start;
  let end = words[b]!.end;
  // Сич А. Р. — the last initial's dot goes too, unless it also ends the sentence
  if (words[b]!.initial && text[end] === '.' && !/^\.[*_)»"]*\s*(?:\p{Lu}|\n|$)/u.test(text.slice(end, end + 5))) end++;
  const lang = ctx.lang;
  let kind: Kind = 'name';

  // A short quoted name of a place of business: take the whole quotation (аптека «Фармація плюс»).
  const open = text[start - 1];
  const before = wordBefore(text, start);
  if (open && OPEN_QUOTES.has(open) && !isSentenceInitial(text, start - 1)) {
    const close = closingQuote(text, CLOSE_QUOTE[open]!, end, 60);
    const inner = close > 0 ? text.slice(start, close) : '';
    if (close > 0 && close - start <= 60 && !/[\n.!?]/.test(inner) && inner.split(/\s+/).length <= 5) {
      end = close;
      if (!NAMING_BEFORE.has(before.toLowerCase())) kind = 'venue';
    }
  }
  const group = words.slice(a, b + 1);
  if (kind === 'name' && group.some((w) => (w.latin && lang !== 'en' && !w.initial) || CAMEL.test(w.text))) kind = 'venue';
  const after = wordAfter(text, end);
  if (kind === 'name' && (VENUE_WORDS.has(before) || VENUE_WORDS.has(after) || VENUE_WORDS.has(before.toLowerCase()) || VENUE_WORDS.has(after.toLowerCase()))) kind = 'venue';
  if (kind === 'name' && (PLACE_WORDS.has(before.toLowerCase()) || PLACE_WORDS.has(after.toLowerCase()) || PLACE_ABBREV.test(text.slice(Math.max(0, start - 6), start)))) kind = 'place';
  // "живу в Смоляниновой", "родом из Б.", "outside Haisyn": where someone lives or comes from
  if (kind === 'name' && LIVE_PREP.has(before.toLowerCase())) {
    const verb = wordBefore(text, text.lastIndexOf(before, start - 1)).toLowerCase();
    if (LIVE_VERB.has(verb) || (lang === 'en' && /^(?:in|outside|near|around)$/i.test(before))) kind = 'place';
  }
  // "на Перемоги, 5": a street without its street word, and the house number after it
  const house = kind === 'name' && STREET_PREP.has(before.toLowerCase()) ? HOUSE_AFTER.exec(text.slice(end, end + 12)) : null;
  if (house) {
    kind = 'address';
    end += house[0].length;
  }

  // "в Олександрійському відділі поліції": an adjective made from a place, before a noun, is "local"
  const local = kind === 'name' && a === b && lang !== 'en' ? isLocalAdjective(text, words[a]!.start, words[a]!.end, lang) : undefined;
  if (local) {
    const w = words[a]!;
    return { kind: 'place', start: w.start, end: w.end, entity: w.lower, replacement: w.sentInit ? local[0]!.toUpperCase() + local.slice(1) : local, confidence: 0.7 };
  }
  const span: Span = { kind, start, end, confidence: 0.7 };
  // English needs no case: after a preposition a town reads as one ("lived in a town")
  if (kind === 'place' && lang === 'en' && /^(?:in|outside|near|around|from|to|at|of)$/i.test(before)) span.replacement = 'a town';
  if (kind === 'name') {
    const named = group.filter((w) => !w.initial);
    const last = named[named.length - 1] ?? group[group.length - 1]!;
    const entity = stemOf(last.lower);
    // the same word already replaced as part of a name ("Ведучий — Богдан Чумак" … "ЧУМАК:"): the same pseudonym
    const same = named.length === 1 ? sameNameReplaced(text, ctx.claimed ?? [], last.lower) : undefined;
    // a first name in the nominative (a speaker's label "**Надежда**", "Joy"): a first-name pseudonym, the one the
    // name detector gives the same person elsewhere
    const first = !same && named.length === 1 && lang !== 'en' ? analyseName(last.text[0]! + last.lower.slice(1), lang).find((x) => x.part === 'first' && x.case === 'nom') : undefined;
    const pseudo = same ?? (first
      ? ctx.pseudonyms.pseudonymFor(first.base.toLowerCase(), { lang, gender: first.gender === 'male' ? 'male' : 'female', part: 'first' })
      : ctx.pseudonyms.pseudonymFor(entity, { lang, part: 'surname', invariable: true }));
    span.entity = entity;
    span.replacement = named.length > 0 && named.every((w) => w.caps) ? pseudo.toUpperCase() : pseudo;
  }
  return span;
}

/** The last word of the replacement of a name span that ends in the word `lower`, if any. */
function sameNameReplaced(text: string, claimed: readonly Span[], lower: string): string | undefined {
  for (const sp of claimed) {
    if (sp.kind !== 'name' || !sp.replacement) continue;
    const words = text.slice(sp.start, sp.end).split(/\s+/);
    if (words[words.length - 1]!.toLowerCase() !== lower) continue;
    const rep = sp.replacement.split(/\s+/);
    if (rep.length === words.length) return rep[rep.length - 1]!;
  }
  return undefined;
}

/** The word's form without a case ending, so Лейла, Лейлу and Лейлою are one person. */
export function stemOf(lower: string): string {
  const m = /^(.{3,}?)(?:ою|ею|ові|еві|ом|ем|ам|ах|ів|ого|ому|ий|ій|ой|ей|а|я|у|ю|і|и|ы|е|о|ь|й)$/u.exec(lower);
  return m ? m[1]! : lower;
}

/** Where the closing quote is, if it comes within `limit` characters (a bounded search, not to the text's end). */
function closingQuote(text: string, quote: string, from: number, limit: number): number {
  const stop = Math.min(text.length, from + limit);
  for (let i = from; i < stop; i++) if (text[i] === quote) return i;
  return -1;
}

/** The word before `pos` (across spaces and an opening quote), read backwards without a regex. */
function wordBefore(text: string, pos: number): string {
  let i = pos - 1;
  if (i >= 0 && OPEN_QUOTES.has(text[i]!)) i--;
  const spaceEnd = i;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  if (i === spaceEnd) return '';
  const end = i + 1;
  while (i >= 0 && (isLetterCode(text.charCodeAt(i)) || text[i] === "'")) i--;
  return text.slice(i + 1, end);
}
function wordAfter(text: string, pos: number): string {
  const m = /^[»"”“']?[ \u00a0]+([\p{L}']+)/u.exec(text.slice(pos, pos + 30));
  return m ? m[1]! : '';
}

/** Headings and lines written in Title Case (English): their capitals say nothing. */
function titleCaseLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const ws = line.match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? [];
    const heading = /^\s{0,3}#{1,6}\s/.test(line);
    if (heading || (ws.length >= 2 && ws.filter((x) => /^[A-Z]/.test(x)).length / ws.length >= 0.75)) out.push([pos, pos + line.length]);
    pos += line.length + 1;
  }
  return out;
}
/** The first word inside an MDX/HTML element or an attribute value starts its text: <Warning>Тут описано… */
function afterTag(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (text[i] === '>') return /<\/?[A-Za-z][^<>]*>$/.test(text.slice(Math.max(0, i - 200), i + 1));
  // an attribute's text starts its own sentence: title="Дзвони …", alt="Оксана …"
  return (text[i] === '"' || text[i] === "'") && /[\w-]=\s*$/.test(text.slice(Math.max(0, i - 40), i));
}

/** Markdown link and image targets: ](./Photo.jpg), ](/uk/help/). Their text is scanned as text. */
function linkTargets(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /\]\(([^)\s]*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index + 2, m.index + 2 + m[1]!.length]);
  return out;
}
