/**
 * Street addresses: a street word (вул., вулиця in any case, улица/ул., просп., пров., провулок,
 * переулок, бульв., пл./площа, шосе, мікрорайон/мкр, Street/Ave/Rd/Lane) with the street's name,
 * then house and flat numbers, all as one span. "на вулиці" with no name is not an address.
 * Also house/flat numbers on their own: "буд. 5", "кв. 12", "дом 5".
 */
import type { Detector, Span } from '../types.ts';
import type { Lang } from '../../../src/data/site.ts';
import { DIGIT_RUN, execUnless, overlapsAny, scanCandidates, scanTriggered, sticky, triggerPositions, wordCharBefore } from './util.ts';
import { CP_LOWER, CP_UPPER, codePointBefore, codePointClass } from '../lexicon/scan.ts';
import { isCommonWord, isEnglishCoreWord } from '../lexicon/common-words.ts';
import { isKnownProperNoun } from '../lexicon/known-proper-nouns.ts';
import { NUMBER_WORD_SRC } from './numwords.ts';
import { analyseName } from './names.ts';

// A capitalised word, or an abbreviation with its dot ("Т.", "Св."): a longer word's dot ends the sentence.
const CAP = String.raw`(?:\p{Lu}\p{Ll}{0,2}\.|\p{Lu}[\p{L}'’ʼ\-]*)`;
const QUOTED = String.raw`(?:[«"„“][^»"“”\n]{1,40}[»"“”])`;
// The name of a street: capitalised words, or "8 Березня"-style, or a quoted name.
const STREET_NAME = String.raw`(?:${QUOTED}|(?:\d{1,3}(?:-?(?:го|й|ї|ої))?\s+)?${CAP}(?:[\s\-]+${CAP}){0,3})`;
const MARKER_UK_RU = String.raw`(?:вул\.|вул(?=\s)|вулиц\p{L}*|ул\.|улиц\p{L}*|просп\.|пр-т\.?|пр-кт\.?|пр\.(?=\s*\p{Lu}[\p{L}'’\-]+,?\s*\d)|бул\.|проспект\p{L}*|пров\.|провулк?\p{L}*|переул\p{L}*|пер\.|бульв\.|б-р\.?|бульвар\p{L}*|пл\.|площ\p{L}*|шосе|шоссе|мікрорайон\p{L}*|микрорайон\p{L}*|мкрн?\.?|м-н|мкр-н|набережн\p{L}*|узвіз\p{L}*|узвоз\p{L}*|спуск\p{L}*|тупик\p{L}*|проїзд\p{L}*|проезд\p{L}*|алея|алеї|алею|аллея|аллее|vul\.|prov\.|ul\.(?=\s*\p{Lu})|vulytsi\p{L}*|ulitsa|prospekt|prosp\.|provulok|bulvar|ploshcha)`;
/** A number in words, as a house or flat is sometimes written: "будинок сім", "квартира двадцять два", "flat twelve". */
const NUM_W = String.raw`(?:${NUMBER_WORD_SRC}(?:[\s\-]+${NUMBER_WORD_SRC}){0,2})`;
const HOUSE_WORD = String.raw`(?:буд\.?|будинок|будинку|будинком|д\.|дом|доме|дім|house|building)`;
const HOUSE_IN_WORDS = String.raw`(?:,?\s*${HOUSE_WORD}\s+${NUM_W})`;
/** What a counted number is followed by, so that it is no house number: "2 роки", "500 гривень", "5 people". */
const COUNTED = String.raw`рок|рік|роки|років|год|лет|хв|мин|грн|гривень|гривн|доларів|долларов|euro|євро|людей|чоловік|раз|км|хвилин|минут|години|годин|часа|часов|year|hour|minute|dollar|people|times|тижн|тиждень|недел|дн|день|дня|місяц|месяц|ноч|суток|доб|week|day|night|month`;
const HOUSE = String.raw`(?:${HOUSE_IN_WORDS}|,?\s*(?:буд\.?|будинок|будинку|будинком|д\.|дом|дім|house|No\.?|№)?\s*№?\s*\d{1,4}(?:[\-‑]?[А-ЯІЄЇҐA-Z](?![\p{L}])|[\-‑]?[а-яієїґa-z](?![\p{L}])|\s[а-яієїґa-z](?![\p{L}]|\.\s*\d))?(?:\s?[/\-]\s?\d{1,4}(?:[а-яa-z](?![\p{L}]))?)?(?![\p{N}]|[:.]\d|\s*(?:${COUNTED})))`;
const FLAT_WORD = String.raw`(?:кв\.?|квартира|квартири|квартиру|квартирі|квартире|flat|apt\.?|apartment|ap\.|kv\.?)`;
const FLAT = String.raw`(?:,?\s*${FLAT_WORD}\s*(?:№?\s*\d{1,4}(?![\p{N}])|\s${NUM_W}))`;
const ENTRANCE = String.raw`(?:,?\s*(?:під'їзд|подъезд|під’їзд|entrance|поверх|этаж|floor)\s*№?\s*\d{1,3}(?![\p{N}]))`;

/** A street type word after the name, behind the marker: "ул. Хмельницкое шоссе 21". */
const TYPE_AFTER = String.raw`(?:\s+(?:шосе|шоссе|проспект|бульвар|провулок|переулок|площа|площадь|узвіз|узвоз|спуск|тупик|набережна|набережная)(?![\p{L}]))`;
/** Let each alternative of a marker list start with a capital too ("Вул." at a sentence start) without the i flag. */
function capitalisable(alternatives: string): string {
  return alternatives.replace(/(^\(\?:|\|)(\p{Ll})/gu, (_m, pre: string, c: string) => `${pre}[${c}${c.toUpperCase()}]`);
}

const UK_RU = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${capitalisable(MARKER_UK_RU)}(?::(?=[ \u00a0]))?\s*${STREET_NAME}${TYPE_AFTER}?|${CAP}(?:\s+${CAP})?\s+(?:вулиц\p{L}*|улиц\p{L}*|проспект\p{L}*|провулк?\p{L}*|переул\p{L}*|бульвар\p{L}*|площ\p{L}*|шосе|шоссе))(?:${HOUSE}(?:${FLAT})?(?:${ENTRANCE})?)?`,
  'gu',
);
// (in capitals too, as an envelope or a notice writes it: "39 WESTMINSTER ROAD")
const EN_SUFFIX = String.raw`(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Square|Sq\.?|Place|Pl\.?|Way|Court|Ct\.?|Terrace|Embankment|Highway|Hwy\.?|Walk|Close|Crescent|Mews|Grove|Gardens|Row|STREET|ROAD|AVENUE|AVE|LANE|DRIVE|SQUARE|PLACE|COURT|TERRACE|WALK|CLOSE|CRESCENT)(?![\p{L}])`;
// The street word before the name ("Avenue Foch") only when written out: "Dr. Petro" is a doctor, "St. Mary" a saint.
const EN_PREFIX = String.raw`(?:Street|Avenue|Ave\.?|Road|Lane|Boulevard|Blvd\.?|Square|Embankment|Highway)`;
// A numbered street's ordinal: "West 131st Street", "East 44th St", "5th Avenue".
const EN_ORDINAL = String.raw`\d{1,3}(?:st|nd|rd|th)`;
// An ordinal is a street's name only before a street word proper: "1st Place" is a prize, "2nd Court" a sports court.
const ORDINAL_ONLY = /^(?:\d{1,3}(?:st|nd|rd|th)\s+)+(?!Street|St\b|Avenue|Ave\b|Road|Rd\b)/;
const EN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(?:(?:Office|Flat|Apt\.?|Unit|Room|Suite|OFFICE|FLAT|APT\.?|UNIT|ROOM|SUITE)\s+\d{1,4}[A-Za-z]?,\s+)?(?:\d{1,5}(?:-\d{1,4}|-?[A-Za-z])?,?\s+)?(?:(?:\p{Lu}[\p{L}'’\-]*|${EN_ORDINAL})\s+){1,3}${EN_SUFFIX}|${EN_PREFIX}\s+\p{Lu}[\p{L}'’\-]+)(?:,?\s*\d{1,5}[A-Za-z]?(?:\/\d{1,4}[A-Za-z]?)?(?![\p{L}\p{N}]))?(?:,?\s*(?:flat|apt\.?|apartment|unit)\s*#?\s*\d{1,4})?`,
  'gu',
);
// House/flat numbers without a street word still point to a door.
// (read with execUnless(…, wordCharBefore): not after a letter, digit or _)
const BARE = /(?:а\/[ся]\s*№?|абонентськ\p{L}*\s+скриньк\p{L}*\s*№?|абонентск\p{L}*\s+ящик\p{L}*\s*№?|P\.\s?O\.\s?Box|PO\s+Box|буд\.|будинок\s*№?|будинку\s*№|дом\s*№?|д\.|кв\.|квартир[аіиуе]\s*№|flat\s*(?:№|#|no\.?)?|apt\.?)\s*\d{1,4}(?:\s?[а-яієїa-z](?![\p{L}]))?(?:\s?\/\s?\d{1,4})?(?:,?\s*(?:кв\.?|квартира|flat|apt\.?)\s*№?\s*\d{1,4})?(?![\p{N}])/giu;

// Dictated addresses, all in lower case: "з вулиці вокзальної сорок два", "на велику перспективну сто десять
// квартира тридцять один". A street adjective (or a surname in the genitive, "шевченка") and a house number, in digits
// or words; after a street word, or with a flat after it.
const ADJ_LOWER = String.raw`\p{Ll}{2,}(?:н|к|ов|ев|єв|ин|ін|їн)(?:ої|ій|ою|ую|ая|ой|ий|ый|ого|ому|у|а|я)(?![\p{L}'’ʼ])`;
const NUMBER_LOWER = String.raw`(?:\d{1,4}(?:\s?[/\-]\s?\d{1,4})?(?![\p{L}\p{N}]|[:.,]\d)|${NUM_W})(?![\s\u00a0]*(?:${COUNTED}))`;
const LOWER_STREET_WORD = String.raw`(?:вулиц\p{L}*|улиц\p{L}*|проспект\p{L}*|провулк?\p{L}*|переул\p{L}*|бульвар\p{L}*)`;
const VOICE_STREET = new RegExp(String.raw`(?<![\p{L}\p{N}_])${LOWER_STREET_WORD}[ \u00a0]+${ADJ_LOWER}(?:[ \u00a0]+${ADJ_LOWER})?[ \u00a0,]+${NUMBER_LOWER}(?:${FLAT})?`, 'u');
const VOICE_FLAT = new RegExp(String.raw`(?<![\p{L}\p{N}_])${ADJ_LOWER}(?:[ \u00a0]+${ADJ_LOWER})?[ \u00a0,]+${NUMBER_LOWER},?[ \u00a0]+(?:квартира|квартиру|квартирі|квартире|кв\.?)[ \u00a0]*(?:№?[ \u00a0]*\d{1,4}(?![\p{N}])|${NUM_W})`, 'u');
const VOICE_STREET_Y = sticky(VOICE_STREET);
const VOICE_FLAT_Y = sticky(VOICE_FLAT);
const VOICE_STREET_TRIGGER = /вулиц|улиц|проспект|провул|переул|бульвар/g;
const VOICE_FLAT_TRIGGER = /квартир|кв\./g;
// Streets named after a famous person in two words: "Лесі Українки", "Тараса Шевченка".
const FAMOUS_STREET = new RegExp(String.raw`(?<![\p{L}])(?:Лес[іи][ \u00a0]+Україн(?:ки|ці)|Леси[ \u00a0]+Украинки|Богдана[ \u00a0]+Хмельницьк(?:ого|ому)|Богдана[ \u00a0]+Хмельницк(?:ого|ом)|Івана[ \u00a0]+Франка|Ивана[ \u00a0]+Франко|Тараса[ \u00a0]+Шевченка|Тараса[ \u00a0]+Шевченко|Василя[ \u00a0]+Стуса)(?![\p{L}])(${HOUSE})?`, 'gu');
const FAMOUS_STREET_BEFORE = /(?<![\p{L}])(?:на|по|біля|возле|около|тепер|теперь|зараз|сейчас|вул\.?|ул\.?)[ \u00a0]+$/iu;
// Memorial street names, a plural genitive and a name: "Героїв Майдану", "Героев Украины", "Heroiv Pratsi".
const HEROES = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:Героїв|Героев|Heroiv|Heroyiv)[ \u00a0]+\p{Lu}[\p{L}'’ʼ\-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’ʼ\-]+)?(?:${HOUSE})?`, 'gu');
// "двох Героїв України", "звання Героя": people, not a street
const HEROES_PEOPLE = /(?:\d|дв\p{L}*|тр\p{L}*|чотир\p{L}*|четыр\p{L}*|п['’ʼ]?ят\p{L}*|звання|звание|two|three)[ \u00a0]*$/iu;
const UK_RU_Y = sticky(UK_RU);
const UK_RU_TRIGGER = /вул|ул\.|ul\.|м-н|улиц|просп|пр-|пр\.|бул\.|пров|переул|пер\.|бульв|б-р|пл\.|площ|шос|мікрорайон|микрорайон|мкр|набережн|узвіз|узвоз|спуск|тупик|проїзд|проезд|але|vul|prov\.|ulitsa|prosp|provulok|bulvar|ploshcha/giu;
const EN_Y = sticky(EN);
const EN_TRIGGER = /Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Square|Sq|Place|Pl|Way|Court|Ct|Terrace|Embankment|Highway|Hwy|Walk|Close|Crescent|Mews|Grove|Gardens|Row|STREET|ROAD|AVENUE|AVE|LANE|DRIVE|SQUARE|PLACE|COURT|TERRACE|WALK|CLOSE|CRESCENT/g;
// "Tsentralna street 9": a lower-case street word, with a house number to make it an address.
const EN_LOWER = /(?<![\p{L}\p{N}_])(?:\p{Lu}[\p{L}'’\-]*\s+){1,2}(?:street|avenue|road|lane|str\.)\s+\d{1,4}[A-Za-z]?(?![\p{L}\p{N}]|\s*(?:times|people|years?|minutes?|hours?|dollars?|euros?|hryvni?as?|%))(?:,?\s*(?:flat|apt\.?|apartment|kv\.?)\s*#?\s*\d{1,4})?/gu;
const EN_LOWER_Y = sticky(EN_LOWER);
const EN_LOWER_TRIGGER = /street|avenue|road|lane|str\./g;
const RENAMED_AFTER = /^[»"”]?,?[ \u00a0]+(?:(?:а|а\s+тепер|а\s+теперь|вона|она|вже|уже|давно|тепер|теперь|зараз|сейчас|нині|ныне|now|today|renamed)[ \u00a0,]+){1,3}(?:перейменован\p{L}*[ \u00a0]+на[ \u00a0]+|переименован\p{L}*[ \u00a0]+в[ \u00a0]+)?[«"“]?(\p{Lu}\p{Ll}{2,}(?:на|ська|цька|зька|ова|ева|ина|ная|ская|цкая|овая|евая|ий|ый|ій)|[A-Z][a-z]{2,}(?:na|ska|tska|ova|eva|yi))(?![\p{L}])/u;
const TRANSLIT_HOUSE = /(?<![\p{L}\p{N}_])((?:Velyka|Mala|Stara|Nova|Verkhnia|Nyzhnia)[ \u00a0]+)?([A-Z][a-z]{2,}(?:ivska|ovska|evska|tska|ska|vna|rna|lna|nna|ova|eva|yi|ina|yna|ka|oho|ola))[ \u00a0]+\d{1,4}[A-Za-z]?(?:\/\d{1,4})?(?![\p{L}\p{N}]|[.,:]\d|[ \u00a0]*(?:UAH|грн|hryvni|years?|people|km|%))/gu;
const WEAK_SUFFIX_END = /(?:Walk|Close|Crescent|Mews|Grove|Gardens|Row|WALK|CLOSE|CRESCENT)$/;
const PLACE_PREP_BEFORE = /(?<![\p{L}])(?:on|at|off|in|from|to|along|near|into)[ \u00a0]+$/iu;
/** Whether a first name stands just before `at` on its line ("Олена Кірова, 34" is a woman and her age). */
function firstNameBefore(text: string, at: number, lang: Lang): boolean {
  const w = /(\p{Lu}\p{Ll}+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  return !!w && analyseName(w, lang).some((a) => a.part === 'first');
}
/** Names most often given to streets, whose genitive is also a woman's surname ("Кірова, 3" is a street, not Ms Kirova). */
const STREET_EPONYM = /^(?:Кірова|Кирова|Леніна|Ленина|Гагаріна|Гагарина|Пушкіна|Пушкина|Чкалова|Чапаєва|Чапаева|Калініна|Калинина|Куйбишева|Куйбышева|Жданова|Суворова|Кутузова|Толстого|Горького|Лермонтова|Маяковського|Маяковского|Островського|Островского|Котовського|Котовского|Щорса|Фрунзе|Кошового|Кошевого|Комарова|Королёва|Корольова|Ватутіна|Ватутина|Титова|Мічуріна|Мичурина|Чернишевського|Чернышевского|Космонавтів|Космонавтов)$/u;
/** "resident, Canal Walk", "Address: Maple Close": said to be where someone lives. */
const ADDRESS_CUE_BEFORE = /(?<![\p{L}])(?:residents?|address|addr|lives|living|tenant|householder|home)[:,]?[ \u00a0]+$/iu;
const HOUSE_NAME_BEFORE = /(?<![\p{L}\p{N}_])\d{1,4}[A-Za-z]?[ \u00a0]+(?:The[ \u00a0]+)?\p{Lu}[\p{L}'’-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’-]+)?,[ \u00a0]*$/u;
const EN_FALSE = /^(?:The|A|An|In|On|At|My|Our|His|Her|Their|I|We|She|He|They|It|Then|When|And|But)\s/;

// Capitalised words, a house number and a flat: "Heroiv Pratsi 9, flat 204", "Вигадана, 3, кв. 7" (no street word needed).
const NAME_HOUSE_FLAT = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])\p{Lu}[\p{L}'’ʼ\-]+(?:\s+\p{Lu}[\p{L}'’ʼ\-]+){0,2},?\s+\d{1,4}[A-Za-zА-Яа-яІіЄєЇї]?(?![\p{L}\p{N}])(?:\s?/\s?\d{1,4})?,?\s*(?:кв\.?|квартира|квартиру|квартирі|квартире|flat|apt\.?|apartment)\s*№?\s*\d{1,4}(?![\p{N}])`,
  'gu',
);
// A street without its street word, after a preposition: "на Гагаріна, 31", "возле Кирова, 8-А, кв. 17",
// "на Першотравневій 9", "на Лесную, 4": a street-like form (genitive surname, adjectival ending) and a house number.
const PREP_STREET = new RegExp(
  String.raw`(?<=(?:^|[\s(«"])(?:[Нн]а|[Пп]о|[Бб]іля|[Вв]озле|[Оо]коло|[Зз]а)\s+)(?:(?:Велик|Мал|Стар|Нов|Верхн|Нижн|Друг|Перш)\p{Ll}{1,3}\s+)?\p{Lu}\p{Ll}{2,}(?:а|я|ої|ій|ую|ой|ей|ая|ий|ый|ого|ов|ев|ів|їв)(?=,?\s*(?:\d|${HOUSE_WORD}\s))${HOUSE}(?![\s\u00a0]*(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд|янв|фев|март|апр|ма[йя]|июн|июл|авг|сент|окт|нояб|дек|числа|числі|годин|часов|час|:))(?:${FLAT})?(?:${ENTRANCE})?`,
  'gu',
);
const PREP_STREET_Y = sticky(PREP_STREET);
// A street by its adjective alone, after "на"/"по", where the sentence or clause ends or moves on:
// "вийшла з кафе на Соборній, несла торт", "спитайте в усіх на ЗАВОДСЬКІЙ.", "по Садовой и направо".
// The word must be an ordinary adjective written with a capital (a name would not be in the dictionary)
// and no noun may follow it ("на Червоній площі", "на Харківській трасі" are other things).
const BARE_STREET = /(?<![\p{L}\p{N}_])(?:[Нн]а|[Пп]о|НА|ПО)[ \u00a0]+((?:(?:Велик|Мал|Стар|Нов|Верхн|Нижн|ВЕЛИК|МАЛ|СТАР|НОВ|ВЕРХН|НИЖН)\p{L}{1,3}[ \u00a0]+)?\p{Lu}(?:\p{Ll}{3,}|\p{Lu}{3,})(?:ій|ой|ей|ІЙ|ОЙ|ЕЙ))(?=[ \u00a0]*(?:[,.;:!?)»"”…]|[—–]|\n|$)|[ \u00a0]+(?:і|й|та|и|а|біля|возле|около|коло|навпроти|напротив|стояла|стояли|стою|стоит|стоїть|живу|живе|живёт|живет|жила|жил|жили|была|був|была|были|була|були)(?![\p{L}]))/gu;
// A street named by its adjective alone, then a house number: "це Соборна, 12, там вхід", "лives at
// Sadova 17". Cyrillic: an ordinary adjective capitalised (a name would not be in the dictionary);
// Latin: a transliterated adjective no English dictionary knows, with no comma ("Oksana, 23" is an age).
const STREET_ADJ_UK_RU = /^\p{Lu}\p{Ll}+(?:ова|ева|єва|рна|ьна|жна|чна|шна|ена|[сцз]ька|овая|евая|ная|[сцз]кая)$/u;
const STREET_ADJ_LATIN = /^\p{Lu}[a-z]+(?:ova|eva|rna|lna|zhna|chna|shna|[stz]ka|enka|oho|osti)$/u;
const STREET_ALONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.])(\p{Lu}\p{Ll}{3,})(,?)[ \u00a0](\d{1,3}(?:[\-‑]?[а-яієїa-z])?(?:\s?/\s?\d{1,3})?)(?![\p{L}\p{N}]|[.,:]\d|\s*(?:%|грн|гривень|гривен|доларів|долларов|\$|€|рок|рік|роки|років|год|лет|years?|хв|мин|годин|час|people|людей|человек|разів|раз|times|км|km))`,
  'gu',
);
// (not a count: "на Садовій сім років тому")
const STREET_WORDS_HOUSE = new RegExp(String.raw`((?:[«"“„]|[,;][ \u00a0]*(?=\p{Lu}\p{Ll}+(?:ая|яя|ой|ий|ій|ої|ова|ева|ська|цька|ній|ная)[ ,])|(?<![\p{L}])(?:на|по|з|із|с|від|от|біля|около|возле|(?:[Аа]дрес[аиу]?|[Aa]ddress)(?:[ \u00a0]+(?:її|его|её|ее|його|їх|их|her|his))?[ \u00a0]*[—–:-]))[ \u00a0]*)(\p{Lu}\p{Ll}{3,})(?:,?[ \u00a0]+)${NUM_W}(?![\p{L}'’ʼ]|[\s\u00a0]*(?:${COUNTED}))`, 'gu');
/** Street names that are adjectives, in the nominative or the locative: Тенистая, Садовій, Вокзальної, Лесной. */
const STREET_ADJ_WORD = /^\p{Lu}\p{Ll}+(?:ая|яя|ой|ий|ій|ої|ова|ева|ська|цька|ній|ная)$/u;
/** Where STREET_ALONE may match: found by streetAloneStarts, not by a scan of the whole text with this. */
export const STREET_ALONE_TRIGGER = /\p{Lu}\p{Ll}{3,},?[ \u00a0]\d/gu;
const STREET_ALONE_Y = sticky(STREET_ALONE);

/**
 * Where a global scan of STREET_ALONE_TRIGGER matches, found from the text's digit runs (found once
 * per text and shared, see triggerPositions): a match ends in a digit after a space or a no-break
 * space, which starts a run of digits; before that space stands an optional comma, and before that
 * three or more lower-case letters (the whole run of them) and the capital the match starts at.
 * Matches cannot overlap (none holds a capital after its first letter), so the scan finds them all.
 */
export function streetAloneStarts(text: string): number[] {
  const out: number[] = [];
  for (const q of triggerPositions(text, DIGIT_RUN)) {
    const space = text.charCodeAt(q - 1);
    if (space !== 32 && space !== 0xa0) continue;
    let j = q - 1;
    if (text.charCodeAt(j - 1) === 44) j--;
    let lowers = 0;
    let cp = codePointBefore(text, j);
    while (cp >= 0 && codePointClass(cp) & CP_LOWER) {
      j -= cp > 0xffff ? 2 : 1;
      lowers++;
      cp = codePointBefore(text, j);
    }
    if (lowers >= 3 && cp >= 0 && codePointClass(cp) & CP_UPPER) out.push(j - (cp > 0xffff ? 2 : 1));
  }
  return out;
}
// (the capital first, then a look-behind that ends with it: no position is tried but a capital's)
const PREP_TRIGGER = /[А-ЯІЄЇҐ](?<=(?<![\p{L}])(?:[Нн]а|[Пп]о|[Бб]іля|[Вв]озле|[Оо]коло|[Зз]а)\s+[А-ЯІЄЇҐ])/gu;
const FLAT_TRIGGER = /кв\.?\s*№?\s*\d|квартир|flat|apt|apartment/giu;
const NAME_HOUSE_FLAT_Y = sticky(NAME_HOUSE_FLAT);
// A Latin street name that reads as transliterated Ukrainian/Russian ("Sadova St", "Khreshchatyk Ave").
const TRANSLIT_NAME = /(?:ova|eva|yeva|ina|yna|ska|ka|na|ha|iv|yi|oi|oho|ykh|ikh|ia|ya|yk|ky|ivka|ovka)$|kh|zh|shch|ch|ts|yi|iu|ia/;
// The name part of an address, to find the street again elsewhere ("Ломоносова, 22" after "вул. Ломоносова").
const MARKER_Y = new RegExp(String.raw`${capitalisable(MARKER_UK_RU)}\s*`, 'uy');
const LEAD_UNIT = /^(?:Office|Flat|Apt\.?|Unit|Room|Suite)\s+\d{1,4}[A-Za-z]?,\s+/;
const LEAD_NUMBER = /^\d{1,5}(?:-?[A-Za-z])?,?\s+/;
const EN_SUFFIX_TAIL = new RegExp(String.raw`\s+${EN_SUFFIX}.*$`, 'su');
const CASE_END = /(?:ій|ий|ой|ая|ою|ей|ої|ую|ом|а|я|у|ю|і|и|е|ы|ї)$/u;
const PREP_BEFORE = /(?:^|[\s(«"])(?:на|по|біля|возле|около|за|з|с|до|від|от|вздовж|вдоль|on|at|near|along|off|to|from)\s+$/iu;
const HOUSE_AFTER = new RegExp(String.raw`^${HOUSE}(?:${FLAT})?(?:${ENTRANCE})?`, 'u');
// "31 " before a street name: a house number written first, not glued to a word before it.
const LEAD_NUMBER_WORDS = new RegExp(String.raw`(?<=(?:^|[\s(])(?:at|on|to|from|near)\s+)${NUM_W}\s+$`, 'iu');
const LEAD_NUMBER_BEFORE = /(?<![\p{L}\p{N}_:.])\d{1,5}[A-Za-z]?,?[ \u00a0]$/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const isWordCode = (c: number) => WORD_CHAR.test(String.fromCharCode(c));
const LETTER = /\p{L}/u;
const isLetter = (c: number) => LETTER.test(String.fromCharCode(c));

function streetNameOf(value: string): string | undefined {
  let v = value;
  MARKER_Y.lastIndex = 0;
  const mk = MARKER_Y.exec(v);
  if (mk) v = v.slice(mk[0].length);
  else {
    v = v.replace(LEAD_UNIT, '').replace(LEAD_NUMBER, '');
    const tail = EN_SUFFIX_TAIL.exec(v);
    if (tail) v = v.slice(0, tail.index);
    else v = v.replace(/\s+(?:вулиц|улиц|проспект|провулк?|переул|бульвар|площ|шосе|шоссе)\p{L}*.*$/su, '');
  }
  const name = /^[«"„“]?((?:\d{1,3}(?:-?(?:го|й|ї|ої))?\s+)?\p{Lu}[\p{L}'’ʼ\-]*(?:[\s\-]+\p{Lu}[\p{L}'’ʼ\-]*){0,3})/u.exec(v)?.[1];
  return name && name.replace(/\d/g, '').trim().length >= 4 ? name : undefined;
}

// What may follow an address and still point to the door: building, entrance, floor, room, office.
const TAIL = new RegExp(String.raw`(?:,?[\s\u00a0]*(?:(?:гуртожит\p{L}*|общежити\p{L}*|dormitory|dorm)(?=,?[\s\u00a0]*(?:кімн|комн|room|кв|flat|apt|секц|блок|block))|(?:буд\.?|будинок|будинку|д\.|дом|дім|house|bldg\.?|building|корп\.?|корпус|block|кв\.?|kv\.?|квартира|квартири|квартирі|квартире|flat|apt\.?|apartment|unit|під['’ʼ]їзд|подъезд|під\.|под\.|п-д|entrance|поверх|этаж|floor|комн\.?|комната|комнате|кімн\.?|кімната|кімнаті|room|офіс|офис|оф\.|office|секція|секция|m\.(?=[\s\u00a0]*\d))(?:[\s\u00a0]+(?:number|номер))?(?:[\s\u00a0]*№?[\s\u00a0]*\d{1,4}[а-яієїa-z]?|[\s\u00a0]+${NUM_W})|\d{1,3}(?:-?(?:й|ий|го|th|st|nd|rd))?[\s\u00a0]*(?:поверх|этаж|floor|під['’ʼ]їзд|подъезд)|(?:відділенн\p{L}*|отделени\p{L}*|branch)[\s\u00a0]+(?:[«"„][^»"“\n]{1,25}[»"“][\s\u00a0]*)?(?:№|No\.?|#)[\s\u00a0]*\d{1,5})(?![\p{L}\p{N}]))+`, 'uy');

/** Two or more spaces, a tab or a line break: a table's column gap or the end of a line, which no address crosses. */
const COLUMN_GAP = /[ \u00a0]{2,}|[\t\n]/;

export const detectAddresses: Detector = (text, ctx) => {
  const spans: Span[] = [];
  const add = (start: number, end0: number, confidence: number) => {
    TAIL.lastIndex = end0;
    const tail = TAIL.exec(text);
    const end = tail ? end0 + tail[0].length : end0;
    let value = text.slice(start, end);
    // an address stays in its table column: "Гагарина 9/2      0952071144" ends at the gap
    const gap = COLUMN_GAP.exec(value);
    if (gap) value = value.slice(0, gap.index);
    value = value.replace(/[\s,]+$/, '');
    if (!/\p{L}/u.test(value)) return;
    spans.push({ kind: 'address', start, end: start + value.length, entity: value.toLowerCase(), confidence });
  };
  // Up to two capitalised words may come before the street word ("Шевченка вулиця").
  scanTriggered(text, UK_RU_Y, UK_RU_TRIGGER, 80, 'word', (m) => add(m.index, m.index + m[0].length, 1));
  scanTriggered(text, NAME_HOUSE_FLAT_Y, FLAT_TRIGGER, 60, 'word', (m) => add(m.index, m.index + m[0].length, 1));
  const addNew = (m: RegExpExecArray, confidence: number) => {
    if (!overlapsAny(spans, m.index, m.index + m[0].length)) add(m.index, m.index + m[0].length, confidence);
  };
  scanTriggered(text, VOICE_STREET_Y, VOICE_STREET_TRIGGER, 0, 'word', (m) => addNew(m, 0.9));
  scanTriggered(text, VOICE_FLAT_Y, VOICE_FLAT_TRIGGER, 80, 'word', (m) => addNew(m, 0.9));
  if (/Геро|Hero/.test(text)) {
    HEROES.lastIndex = 0;
    for (let m = HEROES.exec(text); m; m = HEROES.exec(text)) if (!HEROES_PEOPLE.test(text.slice(Math.max(0, m.index - 12), m.index))) addNew(m, 0.9);
  }
  // "Лесі Українки 40", "на Лесі Українки", "(тепер Лесі Українки)": a street named after a famous person in two words,
  // with a house number, or after a preposition of place or "now"
  if (/Лес[іи]|Богдана|Івана|Ивана|Тараса|Василя/.test(text)) {
    FAMOUS_STREET.lastIndex = 0;
    for (let m = FAMOUS_STREET.exec(text); m; m = FAMOUS_STREET.exec(text)) {
      if (m[1] || FAMOUS_STREET_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) addNew(m, 0.9);
    }
  }
  scanTriggered(text, PREP_STREET_Y, PREP_TRIGGER, 0, 'word', (m) => addNew(m, 0.9));
  // "на Щорса, тридцять вісім, квартира дев'ять", "Их адрес — Тенистая, девять": a street's name alone after "на" or "адрес —",
  // then a house number in words (a surname in the genitive, or an adjective the dictionary knows)
  if (/[ \u00a0,]\p{Ll}/u.test(text)) {
    STREET_WORDS_HOUSE.lastIndex = 0;
    for (let m = STREET_WORDS_HOUSE.exec(text); m; m = STREET_WORDS_HOUSE.exec(text)) {
      const word = m[2]!;
      const start = m.index + m[1]!.length;
      const an = analyseName(word, ctx.lang);
      if (an.some((a) => a.part === 'first')) continue; // "на Марину три дня"
      const adjective = STREET_ADJ_WORD.test(word) && isCommonWord(word);
      // (after a quote mark or a comma, only an adjective of a street: «Садова, сім, так?», "…на двери, Тополиная двенадцать")
      if (!/\p{L}/u.test(m[1]!) && !adjective) continue;
      const street =
        (adjective && !isKnownProperNoun(word)) ||
        an.some((a) => a.part === 'surname' && a.case === 'gen' && !a.amb) ||
        // an unknown word in the genitive, as streets named after people are: "на Щорса, тридцять вісім"
        (/(?:а|я|ого)$/u.test(word) && !isCommonWord(word) && !isKnownProperNoun(word));
      if (street && !overlapsAny(spans, start, m.index + m[0].length)) add(start, m.index + m[0].length, 0.85);
    }
  }
  scanCandidates(text, STREET_ALONE_Y, streetAloneStarts(text), (m) => {
    const word = m[1]!;
    const cyrillic = /^\p{Script=Cyrillic}/u.test(word);
    const end = m.index + m[0].length;
    const street = cyrillic
      ? (STREET_ADJ_UK_RU.test(word) && isCommonWord(word) && !isKnownProperNoun(word)) ||
        // "Шевченка 88", "Франка, 12": a surname in the genitive names most streets in Ukraine (nothing but punctuation after the number)
        // (a Russian text keeps "-ко" undeclined, "Шевченко 31", then with no comma: "Коваленко, 31" is an age)
        ((/(?:а|я|ого)$/.test(word) || (/ко$/.test(word) && !m[2])) && /^(?:[ \u00a0]*(?:[.,;:)(!?]|[—–][ \u00a0]|$|\n)|[ \u00a0]+\d{1,2}:\d\d|[ \u00a0]{2,}|\t)/u.test(text.slice(end, end + 8)) && ((STREET_EPONYM.test(word) && !firstNameBefore(text, m.index, ctx.lang)) || analyseName(word, ctx.lang).some((a) => a.part === 'surname' && a.case === 'gen' && !a.amb)))
      : !m[2] && STREET_ADJ_LATIN.test(word) && !isEnglishCoreWord(word) && !isCommonWord(word) && !isKnownProperNoun(word) &&
        // (a surname after a first name, with her age: "Mariia Kovalenka 25")
        !firstNameBefore(text, m.index, 'en') && !firstNameBefore(text, m.index, 'uk');
    if (street) addNew(m, 0.9);
  });
  // (after the streets with a house number, which take the number with them)
  if (ctx.lang !== 'en') {
    BARE_STREET.lastIndex = 0;
    for (let m = BARE_STREET.exec(text); m; m = BARE_STREET.exec(text)) {
      const street = m[1]!;
      const word = street.slice(street.search(/[\p{L}]+$/u));
      const title = word.charAt(0) + word.slice(1).toLowerCase();
      if (!isCommonWord(title) || isKnownProperNoun(title) || analyseName(title, ctx.lang).length > 0) continue;
      const start = m.index + m[0].length - street.length;
      if (!overlapsAny(spans, start, start + street.length)) add(start, start + street.length, 0.8);
    }
  }
  scanTriggered(text, EN_LOWER_Y, EN_LOWER_TRIGGER, 60, 'word', (m) => {
    const f = EN_FALSE.exec(m[0]);
    const start = m.index + (f ? f[0].length : 0);
    if (!/^\p{Lu}[\p{L}'’\-]*\s/u.test(text.slice(start, start + 40)) || /^(?:street|avenue|road|lane)/i.test(text.slice(start))) return;
    if (!overlapsAny(spans, start, m.index + m[0].length)) add(start, m.index + m[0].length, 0.9);
  });
  // A house number and up to three capitalised words come before "Street".
  scanTriggered(text, EN_Y, EN_TRIGGER, 100, 'word', (m) => {
    let start = m.index;
    let value = m[0];
    // "The Green Street" — drop a capitalised sentence-start word that is not part of the name.
    const f = EN_FALSE.exec(value);
    if (f) {
      start += f[0].length;
      value = value.slice(f[0].length);
    }
    if (ORDINAL_ONLY.test(value)) return;
    // "Canal Walk", "Maple Close": these street words are ordinary words too ("Keep Close", "the Front Row"),
    // so a street of theirs needs a house number or a preposition of place before it
    if (WEAK_SUFFIX_END.test(value) && !/\d/.test(value) && !PLACE_PREP_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && !ADDRESS_CUE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return;
    // "6 The Orchard, Quay Road": a numbered house name before the street is part of the address
    const house = HOUSE_NAME_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (house) {
      start -= house[0].length;
      value = house[0] + value;
    }
    // "Mary St" alone is too weak… unless numbered or a transliterated street name ("Sadova St")
    if (/^\p{Lu}[\p{L}]*\s+(?:St|Dr|Pl|Ct)\.?$/u.test(value) && !/\d/.test(value) && !TRANSLIT_NAME.test(value.split(/\s/)[0]!.toLowerCase())) return;
    // "at seven Sadova Street": a house number in words before it
    const lead = LEAD_NUMBER_WORDS.exec(text.slice(Math.max(0, start - 40), start));
    if (lead && !/^\d/.test(value)) {
      start -= lead[0].length;
      value = text.slice(start, start + lead[0].length) + value;
    }
    add(start, start + value.length, 0.9);
  });
  // The same streets again, without their street word: the exact name anywhere, a declined form
  // after a preposition or before a house number. The house/flat numbers go with it.
  if (spans.length > 0) {
    const names = new Set<string>();
    for (const sp of spans) {
      const n = streetNameOf(text.slice(sp.start, sp.end));
      if (n) names.add(n);
    }
    for (const name of names) {
      let personNamed: boolean | undefined;
      const words = name.split(/\s+/);
      const last = words.pop()!;
      const stem = last.replace(CASE_END, '');
      const literal = stem.length >= 4 ? [...words, stem].join(' ') : name;
      // Found with indexOf, not a regex built per street: the literal, up to three more letters of a
      // case ending, and a house number that may stand before it ("31 Sadova").
      const endings = stem.length >= 4 ? 3 : 0;
      for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
        if (at > 0 && isWordCode(text.charCodeAt(at - 1))) continue;
        let nameEnd = at + literal.length;
        let extra = 0;
        while (extra < endings && nameEnd < text.length && isLetter(text.charCodeAt(nameEnd))) { nameEnd++; extra++; }
        if (nameEnd < text.length && isLetter(text.charCodeAt(nameEnd))) continue;
        const lead = LEAD_NUMBER_BEFORE.exec(text.slice(Math.max(0, at - 10), at));
        const s0 = lead ? at - lead[0].length : at;
        const m = { 0: text.slice(s0, nameEnd), 1: text.slice(at, nameEnd) };
        if (overlapsAny(spans, s0, nameEnd)) continue;
        const house = HOUSE_AFTER.exec(text.slice(nameEnd, nameEnd + 60));
        // (a street named by a surname, Шевченка, is again a street only with a number or a preposition: the same word is a person)
        const exact = m[1] === name && !(personNamed ??= analyseName(name.split(/\s+/).pop()!, ctx.lang).some((a) => a.part === 'surname' && !a.amb));
        const numbered = (house && /\d/.test(house[0])) || /^\d/.test(m[0]);
        if (!exact && !numbered && !PREP_BEFORE.test(text.slice(Math.max(0, s0 - 12), s0))) continue;
        add(s0, nameEnd + (house ? house[0].length : 0), numbered ? 1 : 0.9);
        at = nameEnd + (house ? house[0].length : 0) - 1;
      }
    }
  }
  // A street renamed, its new name said after the old one: "Вулиця не Радянська, вона давно Соборна"
  for (const sp of [...spans]) {
    const m = RENAMED_AFTER.exec(text.slice(sp.end, sp.end + 50));
    if (!m) continue;
    const start = sp.end + m.index + m[0].length - m[1]!.length;
    if (!overlapsAny(spans, start, start + m[1]!.length)) add(start, start + m[1]!.length, 0.9);
  }
  // A transliterated street adjective and a house number, with no street word: "Velyka Perspektyvna 14", "Sadova 12/3",
  // or a street named in the genitive after a person: "Lenina 41", "Chornovola 1b" (a first name with a number is no street)
  if (ctx.lang === 'en' || /[A-Za-z]/.test(text)) {
    TRANSLIT_HOUSE.lastIndex = 0;
    for (let m = TRANSLIT_HOUSE.exec(text); m; m = TRANSLIT_HOUSE.exec(text)) {
      const word = m[2]!;
      if (analyseName(word, 'en').some((a) => a.part === 'first') || analyseName(word, 'uk').some((a) => a.part === 'first')) continue;
      // (a surname after a first name, with her age: "Mariia Kovalenka 25")
      if (!m[1] && /\p{Lu}\p{Ll}+[ \u00a0]+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (!overlapsAny(spans, m.index, m.index + m[0].length)) add(m.index, m.index + m[0].length, 0.9);
    }
  }
  BARE.lastIndex = 0;
  for (let m = execUnless(BARE, text, wordCharBefore); m; m = execUnless(BARE, text, wordCharBefore)) {
    const end = m.index + m[0].length;
    if (!spans.some((sp) => sp.start <= m!.index && sp.end >= end)) add(m.index, end, 0.9); // (not inside a whole address)
  }
  return spans;
};
