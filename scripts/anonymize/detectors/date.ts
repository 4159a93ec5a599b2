/**
 * Exact dates become a season (and the year, when one was given), written to fit the sentence:
 * "14 березня 2019 року" → "навесні 2019 року", "до 14 березня" → "до весни",
 * "14 марта 2019 года" → "весной 2019 года", "on 14 March 2019" → "in spring 2019".
 * Month + year alone ("у березні 2019"), years alone and times of day are not exact and are left.
 */
import type { Lang } from '../../../src/data/site.ts';
import type { Detector, Span } from '../types.ts';
import { candidateStarts, DIGIT_RUN, overlapsAny, scanCandidates, scanTriggered, sticky, triggerPositions } from './util.ts';
import { NUMBER_WORD_SRC, ORD_EN, ORD_UK_RU, ordinalValue, yearWordsAt } from './numwords.ts';

type Season = 'winter' | 'spring' | 'summer' | 'autumn';

/** Month stems in every case form people write, index 0 = January. */
const MONTHS_UK = ['січ', 'лют', 'берез', 'квіт', 'трав', 'черв', 'лип', 'серп', 'верес', 'жовт', 'листопад', 'груд'];
const MONTHS_RU = ['январ', 'феврал', 'март', 'апрел', 'ма[йяюе]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const MONTHS_EN = ['jan(?:uary)?', 'feb(?:ruary)?', 'mar(?:ch)?', 'apr(?:il)?', 'may', 'june?', 'july?', 'aug(?:ust)?', 'sep(?:t(?:ember)?)?', 'oct(?:ober)?', 'nov(?:ember)?', 'dec(?:ember)?'];
// Ukrainian/Russian month words: stem plus a case ending ("березня", "березні", "марта", "мая").
const UK_RU_MONTH = String.raw`(?:січн[яіьюе]|лют(?:ого|ому|ий|ім)|березн[яіьюе]|берез(?:ень)|квітн[яіьюе]|квіт(?:ень)|травн[яіьюе]|трав(?:ень)|червн[яіьюе]|черв(?:ень)|липн[яіьюе]|лип(?:ень)|серпн[яіьюе]|серп(?:ень)|вересн[яіьюе]|верес(?:ень)|жовтн[яіьюе]|жовт(?:ень)|листопад[аіу]?|грудн[яіьюе]|груд(?:ень)|январ[яеьюи]|феврал[яеьюи]|марта?|марте|апрел[яеьюи]|ма[йяюе]|июн[яеьюи]|июл[яеьюи]|августа?|августе|сентябр[яеьюи]|октябр[яеьюи]|ноябр[яеьюи]|декабр[яеьюи])`;
const EN_MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])`;
const YEAR = String.raw`(?:19\d\d|20\d\d)`;
const PREP_UK_RU = String.raw`(?:до|з|із|зі|від|після|с|со|от|после|около|близько|приблизно|на|у|в|о|об|по|перед|напередодні|накануне)`;
const bothCases = (words: string[]) => words.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
const PREP_EN = `(?:${bothCases(['on', 'by', 'since', 'until', 'till', 'before', 'after', 'from', 'to', 'around', 'in'])})`;

const UK_RU = new RegExp(
  String.raw`(?<![\p{L}\p{N}_«"])(?:(${PREP_UK_RU})\s+)?[«"]?(${DAY})(?:-?(?:го|е|ого|ое|th))?[»"]?\s+(${UK_RU_MONTH})(?:\s+(${YEAR}))?(?![\p{L}\p{N}_])`,
  'giu',
);
const EN_DMY = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(${PREP_EN})\s+)?(?:the\s+)?(${DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(${EN_MONTH})(?:,?\s+(${YEAR}))?(?![\p{L}\p{N}_])`,
  'gu',
);
const EN_MDY = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(${PREP_EN})\s+)?(${EN_MONTH})\s+(?:(the)\s+)?(${DAY})(?:st|nd|rd|th)?(?:,?\s+(${YEAR}))?(?![\p{L}\p{N}_]|:\d)`,
  'gu',
);
// 14.03.2019, 14/03/2019, 14.03.19 (day first, as written in Ukraine) and ISO 2019-03-14 (2019/03/14 in some phone exports).
const NUMERIC = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.\-/])(?:(${PREP_UK_RU}|${PREP_EN})\s+)?(?:(?:${DAY}\s?[–—-]\s?)?(${DAY})([./])(0?[1-9]|1[0-2])\3(${YEAR}|\d\d)|(${YEAR})[-/.](0[1-9]|1[0-2])[-/.](${DAY}))(?![\p{N}]|[./\-]\d)`,
  'giu',
);

// Months in Roman numerals (3/II, 1.IV, 12 XI 2021) and abbreviated without a dot's need (4 апр, 12 вер.).
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const ROMAN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.\-/])(?:(${PREP_UK_RU}|${PREP_EN})\s+)?(${DAY})([./ ])(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:[./ ](${YEAR}|\d\d))?(?![\p{L}\p{N}]|[./]\d)`,
  'gu',
);
const ABBR_MONTH: Record<string, number> = {
  // (not лист, a letter, nor other short stems that are words)
  січ: 0, лют: 1, бер: 2, квіт: 3, трав: 4, черв: 5, лип: 6, серп: 7, вер: 8, жовт: 9, листоп: 10, груд: 11,
  янв: 0, фев: 1, мар: 2, апр: 3, июн: 5, июл: 6, авг: 7, сент: 8, сен: 8, окт: 9, нояб: 10, ноя: 10, дек: 11,
};
const ABBR = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.\-/])(?:(${PREP_UK_RU})\s+)?(${DAY})\s+(${Object.keys(ABBR_MONTH).sort((a, b) => b.length - a.length).join('|')})\.?(?:\s+(${YEAR}))?(?![\p{L}\p{N}])`,
  'giu',
);

// 14.03 or 14/03 with no year: a date only after a date preposition or a date word ("о 14.30" is a time).
const SHORT_PREP = String.raw`(?:до|з|із|зі|від|після|с|со|от|после|на|напередодні|накануне|since|on|by|until|till|before|after|from)`;
const SHORT = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.\-/:,])(?:(${SHORT_PREP})\s+)?(?:${DAY}\s?[–—-]\s?)?(${DAY})([./])(0?[1-9]|1[0-2])(?![\p{N}]|[./\-:,]\d|\s*(?:грн|гривен|гривень|uah|%|\$|км|km|кг|kg|год|час|hours?|am|pm)(?![\p{L}]))`,
  'giu',
);
const TIME_PREP_BEFORE = /(?<![\p{L}])(?:о|об|в|во|at|around|about|близько|біля|около|приблизно|примерно|где-то|десь|з|із|с|до|по|від|от|from|to|till|until|між|между|between|курс|ставка|версія|версия|version|v|оцінка|оценка|бал|score|rate)[\s\u00a0]+$/iu;
const TIME_AFTER = /^[\s,\]\-–—]*(?:о\s+|об\s+|в\s+|at\s+)?\d{1,2}:\d{2}(?!\d)/u;
const TIME_BEFORE = /(?<!\d)\d{1,2}:\d{2}[\s,\]\-–—]*$/u;
const OPENING = /(?:^|\n|[.!?]\s)[\s\[(>*\-–—]*$/u;
const CELL_OPENING = /(?:^|\n|[.!?]\s|\|)[\s\[(>*_\-–—]*$/u;
const TIME_NEXT = /^\s*(?:[–—-]\s*\d|год|хв|ч(?![\p{L}])|h(?![\p{L}])|ранку|вечора|ночі|утра|вечера|ночи|a\.?m|p\.?m)/iu;
const SHORT_CONTEXT = /(?:дат[аиуіе]|числ[аоі]|date[ds]?|вночі|ночі|ночь|ночи|night)[^.!?\n]{0,25}$/iu;

// Spelled-out ordinal days: "двадцять перше серпня", "шестнадцатого мая", "the eighth of March".
const ORD_UK_RU_DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(${PREP_UK_RU})\s+)?(${ORD_UK_RU})\s+(${UK_RU_MONTH})(?:\s+(${YEAR}))?(?![\p{L}\p{N}_])`,
  'giu',
);
const ORD_EN_DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(${PREP_EN})\s+)?(?:[Tt]he\s+)?(${ORD_EN})\s+(?:of\s+)?(${EN_MONTH})(?:,?\s+(${YEAR}))?(?![\p{L}\p{N}_])`,
  'gu',
);
// A month word, for the ordinal scans above (cheap trigger, no look-behind).
// Case-sensitive (lower-case or capitalised first letter): cheaper than the i flag.
const capFirst = (alts: string) => alts.replace(/(^\(\?:|\|)(\p{Ll})/gu, (_m, pre: string, c: string) => `${pre}[${c}${c.toUpperCase()}]`);
export const MONTH_TRIGGER = new RegExp(`${capFirst(UK_RU_MONTH)}|${EN_MONTH}`, "gu");

// Ranges are one finding: "з 3 по 5 травня", "у ніч з 5 на 6 квітня", "21–22 December", "between the 3rd and 5th of May".
const RANGE_PREP = String.raw`(?:з|із|зі|від|с|со|от|між|между|на|у|в|до|після|после|по)`;
const DAY_SUFFIX_UK_RU = String.raw`(?:-?(?:го|е|ого|ое|те|ге|тє|ье|є))?`;
const RANGE_UK_RU = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(${RANGE_PREP})\s+)?(${DAY})${DAY_SUFFIX_UK_RU}\s*(?:[–—-]|\s(?:на|по|до|і|й|та|и)\s)\s*(${DAY})${DAY_SUFFIX_UK_RU}\s+(${UK_RU_MONTH})(?:\s+(${YEAR}))?(?![\p{L}\p{N}_])`,
  'giu',
);
const RANGE_EN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(${PREP_EN}|[Bb]etween)\s+)?(?:the\s+)?(${DAY})(?:st|nd|rd|th)?\s*(?:[–—-]|\s(?:to|and|until|till|through)\s)\s*(?:the\s+)?(${DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(${EN_MONTH})(?:,?\s+(${YEAR}))?(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])(?:(${PREP_EN}|[Bb]etween)\s+)?(${EN_MONTH})\s+(${DAY})(?:st|nd|rd|th)?\s*(?:[–—-]|\s(?:to|and|until|till|through)\s)\s*(${DAY})(?:st|nd|rd|th)?(?:,?\s+(${YEAR}))?(?![\p{L}\p{N}_:])`,
  'gu',
);
// Prepositions a range swallows (its season adverb says "when" by itself).
const RANGE_ABSORBED = new Set(['з', 'із', 'зі', 'від', 'с', 'со', 'от', 'між', 'между', 'на', 'у', 'в', 'from', 'between', 'on', 'in']);

// A day of the month on its own, once the text has made clear it is a date:
// "позавчора, 3-го", "у четвер, третього", "3-го числа", "Saturday the 8th", "on the 8th" (a month named nearby).
const WEEKDAY_UK_RU = String.raw`(?:понеділ(?:ок|ка)|вівтор(?:ок|ка)|серед[аиу]|четвер(?:га)?|четверг(?:а)?|п['’ʼ]?ятниц[яіюе]|пятниц[аеуы]|субот[аиу]|суббот[аыу]|неділ[яіюе]|понедельник(?:а)?|вторник(?:а)?|сред[аыу]|воскресень[еяю])`;
const TEMPORAL_UK_RU = String.raw`(?:позавчора|позавчера|учора|вчора|вчера|сьогодні|сегодня|завтра|післязавтра|послезавтра|${WEEKDAY_UK_RU})`;
const ORD_GEN = String.raw`(?:(?:двадцят[ьи]|двадцат[ьи]|тридцят[ьи]|тридцат[ьи])\s+)?(?:перш|перв|друг|втор|трет|четверт|четвёрт|п['’ʼ]?ят|шост|шест|сьом|седьм|восьм|дев['’ʼ]?ят|десят|одинадцят|одиннадцат|дванадцят|двенадцат|тринадцят|тринадцат|чотирнадцят|четырнадцат|п['’ʼ]?ятнадцят|пятнадцат|шістнадцят|шестнадцат|сімнадцят|семнадцат|вісімнадцят|восемнадцат|дев['’ʼ]?ятнадцят|девятнадцат|двадцят|двадцат|тридцят|тридцат)(?:ього|ьего|его|ого)`;
const DAY_ALONE_UK_RU = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(${TEMPORAL_UK_RU}),?\s+)?(?:(${PREP_UK_RU})\s+)?((?:${DAY})-?(?:го|ого)|(?:${DAY})-?(?:тє|те|ше|ге|ме|е)(?=\s+числ)|${ORD_GEN})(\s+(?:числа|число))?(?![\p{L}\p{N}_]|\s+(?:${UK_RU_MONTH})(?![\p{L}]))`,
  'giu',
);
// "го" at a word end, then a look-behind that checks the whole word is a day ("3-го", "третього"): cheap.
// ("числ" too is matched first and checked behind, its own four letters included: with no leading
// look-behind, only positions at г or ч are tried.)
export const DAY_ALONE_TRIGGER = new RegExp(String.raw`го(?![\p{L}])(?<=(?<![\p{L}\p{N}])(?:\d{1,2}-?(?:го|ого)|${ORD_GEN}))|числ(?<=\d-?\p{L}{1,2}\s+числ)`, 'giu');
const ORD_NEUTER = String.raw`(?:(?:двадцять|двадцать|тридцять|тридцать)\s+)?(?:перше|друге|третє|четверте|п['’ʼ]?яте|шосте|сьоме|восьме|дев['’ʼ]?яте|десяте|одинадцяте|дванадцяте|тринадцяте|чотирнадцяте|п['’ʼ]?ятнадцяте|шістнадцяте|сімнадцяте|вісімнадцяте|дев['’ʼ]?ятнадцяте|двадцяте|тридцяте|первое|второе|третье|четвёртое|четвертое|пятое|шестое|седьмое|восьмое|девятое|десятое|одиннадцатое|двенадцатое|тринадцатое|четырнадцатое|пятнадцатое|шестнадцатое|семнадцатое|восемнадцатое|девятнадцатое|двадцатое|тридцатое)`;
// ("в ночь на 26-е" in digits too)
const NIGHT_ON_ORDINAL = new RegExp(String.raw`(?<![\p{L}])(?:в|у|во)\s+(?:ніч|ночь)\s+на\s+(${ORD_NEUTER}|(?:[12]\d|3[01]|0?[1-9])-?(?:е|те|тє|ге|ме|є))(?![\p{L}\p{N}])`, 'giu');
const WEEKDAY_NEUTER = new RegExp(String.raw`(?<![\p{L}])(${WEEKDAY_UK_RU}),?[\s\u00a0]+(${ORD_NEUTER}|(?:[12]\d|3[01]|0?[1-9])-?(?:е|ое|те|тє|ге|ме|є))(?![\p{L}\p{N}])(?=[ \t\u00a0]*(?:[,.;:!?)—–…|]|$)|[ \t\u00a0]+(?:о|об|в|у|к|до|після|после)?[ \t\u00a0]*\d{1,2}[:.]\d\d)`, 'gimu');
const WEEKDAY_NEUTER_TRIGGER = /\d-?(?:е|ое|те|тє|ге|ме|є)(?![\p{L}])|(?:те|ое|ье|тє|ге|ме)(?![\p{L}])/u;
// (in digits too: "Сказала на 23-тє.", "Запис на 8-ме.", "з 10-го на 11-те, протокол")
const ON_ORDINAL = new RegExp(String.raw`(?<![\p{L}])на[\s\u00a0]+(${ORD_NEUTER}|(?:[12]\d|3[01]|0?[1-9])-?(?:те|тє|ме|ге|ше|е|є|ое))(?![\p{L}\p{N}])(?=[\s\u00a0]*(?:[?.!,;)…]|$))`, 'giu');
const ORD_ALONE = new RegExp(String.raw`(?<![\p{L}\p{N}])${ORD_GEN}(?![\p{L}])`, 'giu');
const ORD_ALONE_Y = sticky(ORD_ALONE);
const NUMBER_WORD_BEFORE = new RegExp(String.raw`(?:${NUMBER_WORD_SRC}|тисяч\p{L}*|тысяч\p{L}*)\s+$`, 'iu');
const MONTHLY_BEFORE = /(?:кожного|каждого|щомісяця|щомісячно|ежемесячно|всегда|завжди|зазвичай|обычно)[\s,]*(?:\p{L}+\s+){0,2}$/iu;
const MONTHLY_AFTER = /^[\s,]*(?:кожного|каждого|щомісяця|щомісячно|ежемесячно|кожен|каждый)/iu;
// "the 14th floor", "the 3rd time", "the 5th of them": an ordinal before a noun is no date.
const EN_ORDINAL_NOUN = String.raw`(?:floor|storey|story|century|time|times|anniversary|birthday|grade|class|place|row|room|house|flat|apartment|building|street|avenue|district|station|precinct|division|unit|department|office|court|article|section|paragraph|page|chapter|edition|issue|year|month|week|day|night|one|person|woman|man|girl|boy|child|baby|client|officer|call|attempt|round|visit|session|meeting|case|protocol|complaint|of\s+(?:them|us|those|these|the\s+\w+))\b`;
const WEEKDAY_EN = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const WEEKDAY_EN_SHORT = String.raw`(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)`;
// (a weekday, "Sat 15th", "Friday 21st", needs no "the"; "before the 26th" and "after the 2nd" are days too)
const DAY_ALONE_EN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(${WEEKDAY_EN}|${WEEKDAY_EN_SHORT}\.?),?\s+|([Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Tt]o|[Bb]efore|[Aa]fter)\s+)?(?:[Tt]he\s+|(?<=(?<![\p{L}])(?:${WEEKDAY_EN}|${WEEKDAY_EN_SHORT}\.?),?\s+))(${DAY})(?:st|nd|rd|th)(?!\s+of\s+${EN_MONTH})(?!-|\s+${EN_ORDINAL_NOUN})(?=\s|[,.;:!?)—–*_]|$)`,
  'gu',
);
const EN_ORD_TRIGGER = /\d(?:st|nd|rd|th)\b/g;
const MONTH_NEARBY = new RegExp(String.raw`(?<![\p{L}])(?:${UK_RU_MONTH}|January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])`, 'iu');
// A year given nearby does not make a lone day a date; only the month does (the 8th floor is not a date).
// "каждый год восьмого марта", "щороку 8 березня", "every year on 8 March": a yearly day, not the date of an event.
const RECURRING_BEFORE = /(?:щороку|щоріч(?:но)?|кожного\s+року|кожен\s+рік|каждый\s+год|ежегодно|каждого\s+года|every\s+year|each\s+year|annually)[,\s]+(?:(?:on|в|у|на)\s+)?$/iu;
const KEPT_EN = new Set(['by', 'since', 'until', 'till', 'from', 'to', 'before', 'after']);
const ONE_DAY: Record<Lang, { plain: string; after: string }> = {
  uk: { plain: 'одного дня', after: 'певного дня' },
  ru: { plain: 'в один из дней', after: 'определённого дня' },
  en: { plain: 'one day', after: 'a certain day' },
};
// A short date straight after another date or a weekday: "у понеділок, 20 жовтня, і 27.10", "у вівторок, 27.10".
const SHORT_AFTER_WEEKDAY = new RegExp(String.raw`(?:${WEEKDAY_UK_RU}|${WEEKDAY_EN})[,\s]+$`, 'iu');
const LIST_GAP = /^[\s,]*(?:(?:і|й|та|и|and|or|або|или|а|потім|потом|then)\s+)?$/u;

const UK_RU_Y = sticky(UK_RU);
// Whether a text names a month anywhere, with the flags of the scans that need one: a scan whose every
// match holds a month word cannot match a text without one, and is skipped there.
const UK_RU_MONTH_ANYWHERE = new RegExp(UK_RU_MONTH, 'iu');
const EN_MONTH_ANYWHERE = new RegExp(EN_MONTH, 'u');
const EN_DMY_Y = sticky(EN_DMY);
const EN_MDY_Y = sticky(EN_MDY);
const NUMERIC_Y = sticky(NUMERIC);
const SHORT_Y = sticky(SHORT);
const ROMAN_Y = sticky(ROMAN);
const ABBR_Y = sticky(ABBR);
const ORD_UK_RU_DATE_Y = sticky(ORD_UK_RU_DATE);
const ORD_EN_DATE_Y = sticky(ORD_EN_DATE);
const RANGE_UK_RU_Y = sticky(RANGE_UK_RU);
const RANGE_EN_Y = sticky(RANGE_EN);
const DAY_ALONE_UK_RU_Y = sticky(DAY_ALONE_UK_RU);
/** Nouns a numbered ordinal counts that are not days: до 5-го поверху, з 10-го класу. */
const NOT_DAY_NOUN = /^[\s\u00a0]+(?:поверх|этаж|клас|курс|рок|год|раз|місц|мест|номер|під['’ʼ]їзд|подъезд|кабінет|кабинет|столітт|столети|век|вік|ряд|автобус|маршрут|квартал|мікрорайон|микрорайон|розділ|раздел|пункт|параграф|статт|стать|сторінк|страниц|тижн|недел|місяц|месяц|дн|ден|кілометр|километр)/iu;
const MONTH_JUST_BEFORE = new RegExp(String.raw`(?<![\p{L}])${UK_RU_MONTH},?[\s\u00a0]+$`, 'iu');
/** A part of the day before a numbered day: "з вечора 9-го", "до ранку 10-го". */
const PART_OF_DAY_BEFORE = /(?<![\p{L}])(?:вечора|ранку|ночі|вечера|утра|ночи|обіду|обеда)[\s\u00a0]+$/iu;
/** Words before an ordinal that make it an hour: "в половине одиннадцатого", "в начале девятого", "десь о пів на". */
const HOUR_BEFORE = /(?<![\p{L}])(?:половин\p{L}*|пол|начале|начала|конце|початку|кінці|пів|четверть|чверть|без[\s\u00a0]+\p{L}+|часу|часа|годин\p{L}*)[\s\u00a0]+$/iu;
/** "30го в тебе день народження": a birthday said right after the day. */
const BIRTHDAY_AFTER = /^[\s\u00a0,—–-]*(?:(?:в|у)[\s\u00a0]+(?:тебе|мене|неї|нього|нее|неё|него|меня)[\s\u00a0]+)?(?:день[\s\u00a0]+(?:народженн|рожденн|рождени)|днюха|днюшка|birthday)/iu;
const VERB_BEFORE = /(?<![\p{L}])\p{Ll}{2,}(?:ли|ла|ло|в|вся|лась|лася|лись|лися|лся)[\s\u00a0]+$/u;
/** After a day: punctuation, the end, or a preposition or conjunction that goes on with the clause. */
const CLAUSE_GOES_ON = /^(?:[\s\u00a0]*(?:[,.;!?)—–]|$)|[\s\u00a0]+(?:з|із|зі|о|об|в|у|на|до|після|с|со|после|и|і|й|та|а|але|но|вночі|ночью|ввечері|вечером|зранку|утром)(?![\p{L}]))/u;
/** What may follow a numbered day "N-го" said alone: a time, a name, a quote, markup, a line end, an adverb, a part of the day. */
const DAY_THEN = /^(?:[ \t]*(?:\n|[*_»"”«“]|$)|[ \t]+(?:\p{Lu}|(?:о|об|в|у|около|близько|біля|після|после|до)[ \t]+\d{1,2}[:.]\d\d|(?:вже|уже|ще|еще|ещё|знову|снова|теж|тоже|також|тоді|тогда|вранці|зранку|утром|ввечері|увечері|вечором|вечером|вдень|днем|днём|вночі|ночью|уночі|опять)(?![\p{L}])))/u;
/** A verb right after a numbered day: "її 10-го забирали", "15-го прийшла". */
const VERB_NEXT = /^[\s\u00a0]+(?:не[\s\u00a0]+)?\p{Ll}+(?:ли|ла|ло|в|вся|лась|лася|лись|лися|лся)(?![\p{L}])/u;
const DAY_ALONE_EN_Y = sticky(DAY_ALONE_EN);
/** More days after an English date: ", 10 or 11", " and 12th" (not a time, a sum or a year). */
const DAY_LIST_AFTER_Y = /(?:(?:,[ \u00a0]*|[ \u00a0]+(?:or|and)[ \u00a0]+|,[ \u00a0]*(?:or|and)[ \u00a0]+)\d{1,2}(?:st|nd|rd|th)?(?![\p{L}\p{N}]|[.,:]\d))+/uy;
const EN_MONTH_NEXT = new RegExp(String.raw`^[ \u00a0]+(?:of[ \u00a0]+)?${EN_MONTH}`, 'u');
/** What may follow a year and stays with it: " р.", " року", " г.", " года", "-го", "-й". */
const YEAR_WORD_AFTER_Y = /(?:[\s\u00a0]?(?:рр?\.|року|році|рік|гг?\.|года|году)|-(?:го|й|м|му))(?![\p{L}])/uy;
/** The length of the year's word at `at` (see YEAR_WORD_AFTER_Y), 0 when none. */
function yearWordLength(text: string, at: number): number {
  YEAR_WORD_AFTER_Y.lastIndex = at;
  return YEAR_WORD_AFTER_Y.exec(text)?.[0].length ?? 0;
}

const SEASON_OF_MONTH: Season[] = ['winter', 'winter', 'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'autumn', 'autumn', 'autumn', 'winter'];

/** How the season is said: adverbially ("навесні") or after a preposition that wants the genitive ("до весни"). */
const SEASON_WORDS: Record<'uk' | 'ru', { adverb: Record<Season, string>; genitive: Record<Season, string>; accusative: Record<Season, string>; oneDayOf: Record<Season, string> }> = {
  uk: {
    oneDayOf: { winter: 'один із зимових днів', spring: 'один із весняних днів', summer: 'один із літніх днів', autumn: 'один із осінніх днів' },
    accusative: { winter: 'зиму', spring: 'весну', summer: 'літо', autumn: 'осінь' },
    adverb: { winter: 'взимку', spring: 'навесні', summer: 'влітку', autumn: 'восени' },
    genitive: { winter: 'зими', spring: 'весни', summer: 'літа', autumn: 'осені' },
  },
  ru: {
    oneDayOf: { winter: 'один из зимних дней', spring: 'один из весенних дней', summer: 'один из летних дней', autumn: 'один из осенних дней' },
    accusative: { winter: 'зиму', spring: 'весну', summer: 'лето', autumn: 'осень' },
    adverb: { winter: 'зимой', spring: 'весной', summer: 'летом', autumn: 'осенью' },
    genitive: { winter: 'зимы', spring: 'весны', summer: 'лета', autumn: 'осени' },
  },
};
const BIRTH_AFTER = /^[\s,]*(?:р\.\s?н\.|г\.\s?р\.|р\.\s?нар|року\s+народження|года\s+рождения|г\.\s?рожд)/iu;
const BIRTH_BEFORE = /(?:born|d\.o\.b\.?|dob|date\s+of\s+birth|народжен\p{L}*|народилася|народився|дата\s+народження|рождени\p{L}*|родилась|родился|дата\s+рождения)[\s:,.]*(?:on\s+|в\s+|у\s+)?$/iu;
const EN_PART_OF_DAY = /(?:(?<![\p{L}])(?:on|during)\s+)?(?<![\p{L}])the\s+(night|evening|morning|afternoon|day|weekend)\s+of\s+$/iu;
const GENITIVE_PREPS = new Set(['до', 'з', 'із', 'зі', 'від', 'після', 'с', 'со', 'от', 'после', 'около', 'близько', 'напередодні', 'накануне']);
// Prepositions that disappear because the adverb already says "in/on": "на 14 березня" → "навесні".
const DROPPED_PREPS = new Set(['на', 'у', 'в', 'о', 'об', 'on', 'in']);

const MONTH_TESTS = MONTHS_UK.map((_, i) => new RegExp(`^(?:${MONTHS_UK[i]}|${MONTHS_RU[i]})|^(?:${MONTHS_EN[i]})$`));

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (let i = 0; i < 12; i++) if (MONTH_TESTS[i]!.test(w)) return i;
  return -1;
}

/** The words that replace a date: season, plus the year when there was one. */
export function seasonPhrase(lang: Lang, month: number, year: string | undefined, prep: string | undefined): { text: string; keepPrep: boolean } {
  const season = SEASON_OF_MONTH[month]!;
  const p = prep?.toLowerCase();
  if (lang === 'en') {
    const keep = !!p && !DROPPED_PREPS.has(p);
    const phrase = keep ? `${season}${year ? ' ' + year : ''}` : `in ${season}${year ? ' ' + year : ''}`;
    return { text: phrase, keepPrep: keep };
  }
  const words = SEASON_WORDS[lang];
  // "у ніч на 5 серпня" → "у ніч на один із літніх днів": the preposition stays and still fits.
  if (p === 'на') return { text: `${words.oneDayOf[season]}${year ? ' ' + year : ''}`, keepPrep: true };
  if (p === 'по') return { text: `${words.accusative[season]}${year ? ' ' + year : ''}`, keepPrep: true };
  if (p && GENITIVE_PREPS.has(p)) return { text: `${words.genitive[season]}${year ? ' ' + year : ''}`, keepPrep: true };
  return { text: `${words.adverb[season]}${year ? ' ' + year : ''}`, keepPrep: !p || !DROPPED_PREPS.has(p) ? true : false };
}

export const detectDates: Detector = (text, ctx) => {
  const spans: Span[] = [];
  const capitalise = (start: number, replacement: string): string => {
    const first = text.charAt(start);
    // (the dot of an initial ends no sentence: "согласован с С. 10.12" → "с С. зимой")
    const sentenceStart = /(?:^|(?<![\s(«"]\p{Lu})[.!?]\s+|\n)[*_#>\s-]*$/u.test(text.slice(Math.max(0, start - 8), start)) && (start >= 8 || /^(?:[*_#>\s-]*|.*(?:[.!?]\s+|\n)[*_#>\s-]*)$/s.test(text.slice(0, start)));
    // An English month has its capital anywhere; a season does not: "by Oct 28" → "by autumn".
    // A capital preposition ("On 5 January" after a speaker's label) opens a sentence, whatever precedes it.
    const capitalised = /\p{Lu}/u.test(first) && (ctx.lang !== 'en' || sentenceStart || !/^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/.test(text.slice(start, start + 3)));
    return capitalised || (sentenceStart && /\d/.test(first)) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
  };
  const push = (start: number, end: number, replacement: string) =>
    spans.push({ kind: 'date', start, end, replacement: capitalise(start, replacement), entity: text.slice(start, end).toLowerCase(), confidence: 1 });
  const emit = (m: RegExpExecArray, prep: string | undefined, month: number, year: string | undefined) => {
    if (month < 0 || RECURRING_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return;
    const lang = ctx.lang;
    let end = m.index + m[0].length;
    // a year in words ("квітня дев'яносто шостого") belongs to the date and stays in words
    let yearWords: string | undefined;
    if (!year && lang !== 'en') {
      const yw = yearWordsAt(text, end);
      if (yw) {
        year = String(yw.year);
        yearWords = text.slice(end, yw.end).trim();
        end = yw.end;
      }
    }
    const { text: phrase, keepPrep } = seasonPhrase(lang, month, yearWords ?? (year ? (year.length === 2 ? '20' + year : year) : undefined), prep);
    let start = m.index;
    let replacement = phrase;
    if (prep) {
      if (keepPrep) start = m.index + m[0].indexOf(prep) + prep.length + (m[0].slice(prep.length).match(/^\s+/)?.[0].length ?? 0);
    }
    // A date of birth says more than a season: only the decade is left ("19.08.1985 р. н." → "1980-х р. н.")
    const fullYear = year ? (year.length === 2 ? (Number(year) > 30 ? '19' : '20') + year : year) : undefined;
    if (fullYear && (BIRTH_AFTER.test(text.slice(end, end + 20)) || BIRTH_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)))) {
      const decade = Math.floor(Number(fullYear) / 10) * 10;
      const yearWord = BIRTH_AFTER.test(text.slice(end, end + 20));
      let phrase = lang === 'en' ? `${/born\s*(?:on\s*)?$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) ? 'in ' : ''}the ${decade}s` : yearWord ? `${decade}-х` : lang === 'uk' ? `${decade}-ті` : `${decade}-е`;
      if (!yearWord && lang !== 'en') {
        // "Родилась 3 мая 1989 г. в селе" → "Родилась в 1980-е в селе"
        end += yearWordLength(text, end);
        if (!prep && /(?:народил|родил)\p{L}*[\s\u00a0]+$/iu.test(text.slice(Math.max(0, m.index - 16), m.index))) phrase = (lang === 'uk' ? 'у ' : 'в ') + phrase;
      }
      spans.push({ kind: 'date', start: m.index + (prep && keepPrep ? m[0].indexOf(prep) + prep.length + 1 : 0), end, replacement: phrase, entity: text.slice(m.index, end).toLowerCase(), confidence: 1 });
      return;
    }
    // "on December 9, 10 or 11": the other days of the list are dates of the same month
    // (with "or"/"and" in it, or punctuation after it: "On May 5, 3 people came" has no list)
    if (!year && lang === 'en' && /\d(?:st|nd|rd|th)?$/.test(m[0])) {
      DAY_LIST_AFTER_Y.lastIndex = end;
      const l = DAY_LIST_AFTER_Y.exec(text);
      const listEnds = l && !EN_MONTH_NEXT.test(text.slice(end + l[0].length, end + l[0].length + 12)) && (/(?:or|and)/.test(l[0]) || /^(?:[.;:!?)]|[ \u00a0]*$|[ \u00a0]*\n)/.test(text.slice(end + l[0].length, end + l[0].length + 2)));
      if (l && listEnds && l[0].match(/\d+/g)!.every((d) => Number(d) >= 1 && Number(d) <= 31)) end += l[0].length;
    }
    // "19 березня 2025 р.", "2022-го", "2019 года": the year's word goes with it, as it was written
    const tailFrom = end;
    if (year) end += yearWordLength(text, end);
    // "on the night of 14 June 2022" → "one night in summer 2022", not "on the night of in summer 2022"
    const partOfDay = lang === 'en' && !prep ? EN_PART_OF_DAY.exec(text.slice(Math.max(0, m.index - 40), m.index)) : null;
    if (partOfDay) {
      start = m.index - partOfDay[0].length;
      replacement = `one ${partOfDay[1]!.toLowerCase()} ${phrase}`;
    }
    // Keep the original capital letter at a sentence start: "14 березня…" → "Навесні…" only when the date began the sentence.
    // (what was kept after the date as written: the year's word, " р.", "-го")
    replacement = capitalise(start, replacement) + text.slice(tailFrom, end);
    spans.push({ kind: 'date', start, end, replacement, entity: text.slice(start, m.index + m[0].length).toLowerCase(), confidence: 1 });
  };

  /** A range: the absorbed preposition goes with it, a kept one ("до", "until") stays and governs the season. */
  const emitRange = (m: RegExpExecArray, prep: string | undefined, month: number, year: string | undefined) => {
    if (month < 0) return;
    const p = prep?.toLowerCase();
    if (p && !RANGE_ABSORBED.has(p)) return emit(m, prep, month, year);
    const { text: phrase } = seasonPhrase(ctx.lang, month, year, undefined);
    push(m.index, m.index + m[0].length, phrase);
  };

  // Spelled-out ordinals before a month name ("двадцять перше серпня", "the eighth of March").
  if (ctx.lang === 'en') scanTriggered(text, ORD_EN_DATE_Y, MONTH_TRIGGER, 40, 'word', (m) => {
    // "the first May I saw him": a bare "May" after an ordinal needs "of" or a year.
    if (m[3] === 'May' && !m[4] && !/\sof\s/.test(m[0])) return;
    emit(m, m[1], monthIndex(m[3]!), m[4]);
  });
  else scanTriggered(text, ORD_UK_RU_DATE_Y, MONTH_TRIGGER, 45, 'word', (m) => emit(m, m[1], monthIndex(m[3]!), m[4]));
  // A day of the month alone, in a date context.
  const oneDay = (m: RegExpExecArray, lead: string | undefined, prep: string | undefined, monthNeeded: boolean) => {
    if (spans.some((s) => s.start < m.index + m[0].length && s.end > m.index)) return;
    if (monthNeeded && !MONTH_NEARBY.test(text.slice(Math.max(0, m.index - 300), m.index + m[0].length + 200))) return;
    const words = ONE_DAY[ctx.lang];
    const p = prep?.toLowerCase();
    let start = m.index;
    let replacement = words.plain;
    if (lead) {
      // "у четвер, 3-го" → "у четвер", "позавчора, третього" → "позавчора": the lead word says when; the day and its comma go.
      start = m.index + lead.length;
      replacement = '';
    } else if (p && (GENITIVE_PREPS.has(p) || KEPT_EN.has(p))) {
      start = m.index + prep!.length + (/^\s+/.exec(m[0].slice(prep!.length))?.[0].length ?? 0);
      replacement = words.after;
    } else if (p && !DROPPED_PREPS.has(p)) return;
    spans.push({ kind: 'date', start, end: m.index + m[0].length, replacement: replacement && capitalise(start, replacement), entity: text.slice(start, m.index + m[0].length).toLowerCase(), confidence: 1 });
  };
  if (ctx.lang !== 'en') {
    scanTriggered(text, DAY_ALONE_UK_RU_Y, DAY_ALONE_TRIGGER, 60, 'word', (m) => {
      // Needs a weekday/"yesterday" before it, "числа" after it, or a month named nearby.
      // (or before a time, a name, a quote, a line end, an adverb or a part of the day: "4-го о 23:00", "10-го Жанна
      // видела", "уже 17-го «випадково»", "25-го вже приходив", "26-го вечером", "**4-го**")
      const bareDay = /^\d{1,2}-?го$/.test(m[3]!) && Number(m[3]!.replace(/\D/g, '')) <= 31 && (/^\s*(?:[,.;!?)—–|]|$|\s(?:а|и|і|й|та|но|але|we|вона|він|она|он|мы|ми|я|их|його|её|її|его|нас|меня|мене)\s)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) || DAY_THEN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)));
      // "до 15-го або плачу", "з вечора 9-го", "її 10-го забирали": a numbered day by what stands around it
      const numbered = /^\d{1,2}-?(?:го|ого)$/.test(m[3]!) && Number(m[3]!.replace(/\D/g, '')) <= 31;
      const afterText = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const partOfDay = PART_OF_DAY_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
      // "дзвонив 26-го з номера": a past-tense verb before, and no noun after (not "залишив 2-го сина")
      const verbBefore = !m[2] && VERB_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) && CLAUSE_GOES_ON.test(afterText);
      // "оказувала послуги тринадцятого в мотелі", "в прошлом месяце, восьмого, не вернулась", "Двадцять сьомого.":
      // an ordinal from the fourth on, alone before punctuation or a preposition (first to third are also "other", "next")
      // (right after a date, "…березня. Чи тринадцятого?" is read below as another day of it)
      // (nor the hour: "в половине одиннадцатого", "в начале девятого", "о пів на восьму")
      const ordinal = !/\d/.test(m[3]!) && !m[1] && CLAUSE_GOES_ON.test(afterText) && ordinalValue(m[3]!) >= 4 && !HOUR_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && !NUMBER_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) && !spans.some((s) => s.end <= m.index && m.index - s.end <= 60);
      const around = (numbered && !NOT_DAY_NOUN.test(afterText) && ((m[2] && GENITIVE_PREPS.has(m[2].toLowerCase())) || partOfDay || verbBefore || VERB_NEXT.test(afterText) || BIRTHDAY_AFTER.test(afterText))) || ordinal;
      // "в сентябре, одиннадцатого": the month just said
      const afterMonth = MONTH_JUST_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index));
      if (!m[1] && !m[4] && !bareDay && !around && !afterMonth && !(m[2] && MONTH_NEARBY.test(text.slice(Math.max(0, m.index - 200), m.index + 200)))) return;
      // A recurring day of the month (rent, pay) is no event's date: "кожного першого числа", "платили першого числа".
      if (!m[1] && m[4] && (MONTHLY_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || MONTHLY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)) || (/^(?:1-?го|перш|перв)/iu.test(m[3]!) && !MONTH_NEARBY.test(text.slice(Math.max(0, m.index - 200), m.index + 200))))) return;
      const before = spans.length;
      oneDay(m, m[1], m[2], false);
      // "з вечора певного дня", not "з вечора одного дня"
      if (spans.length > before && !m[2] && partOfDay) spans[spans.length - 1]!.replacement = ONE_DAY[ctx.lang].after;
    });
  }
  if (ctx.lang !== 'en') {
    // "в ніч на вісімнадцяте": a night named by the day after it
    /** The ordinal that ends match `m` (its group 1) becomes "певне число", unless a date covers it already. */
    const certainDay = (m: RegExpExecArray) => {
      const end = m.index + m[0].length;
      const start = end - m[1]!.length;
      if (!overlapsAny(spans, start, end)) spans.push({ kind: 'date', start, end, replacement: ctx.lang === 'uk' ? 'певне число' : 'определённое число', entity: m[1]!.toLowerCase(), confidence: 0.9 });
    };
    NIGHT_ON_ORDINAL.lastIndex = 0;
    for (let m = /ніч|ноч/i.test(text) ? NIGHT_ON_ORDINAL.exec(text) : null; m; m = NIGHT_ON_ORDINAL.exec(text)) certainDay(m);
    // "Пятница, 7-е, 15:30", "субота, двадцяте": a weekday, then its day of the month; the weekday stays
    WEEKDAY_NEUTER.lastIndex = 0;
    for (let m = WEEKDAY_NEUTER_TRIGGER.test(text) ? WEEKDAY_NEUTER.exec(text) : null; m; m = WEEKDAY_NEUTER.exec(text)) {
      const end = m.index + m[0].length;
      const start = m.index + m[1]!.length;
      if (!overlapsAny(spans, start, end)) spans.push({ kind: 'date', start, end, replacement: '', entity: m[2]!.toLowerCase(), confidence: 0.9 });
    }
    // "приїдеш на п'ятнадцяте?", "перенесли на двадцать второе.": the day with "число" unsaid
    // (not "на перше" / "на второе", the courses of a meal)
    ON_ORDINAL.lastIndex = 0;
    for (let m = /на\s/i.test(text) ? ON_ORDINAL.exec(text) : null; m; m = ON_ORDINAL.exec(text)) if (!/^(?:перше|друге|первое|второе|0?[12]-?\p{L}+)$/iu.test(m[1]!)) certainDay(m); // (the first and second are also "other", "next")
    // "…дванадцятого березня. Чи тринадцятого?": a lone day right after a date is a date too
    if (spans.length) {
      // (the ordinals end in "-го": tried only where the day trigger finds one)
      scanTriggered(text, ORD_ALONE_Y, DAY_ALONE_TRIGGER, 40, 'word', (m) => {
        const start = m.index;
        const end = start + m[0].length;
        if (spans.some((s) => s.start < end && s.end > start)) return;
        if (!spans.some((s) => s.kind === 'date' && s.end <= start && start - s.end <= 60)) return;
        // "пятого мая восемьдесят девятого": the last word of a year in words, not a second day
        if (NUMBER_WORD_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return;
        if (!/^\s*(?:[,.;!?…)—–]|$|\s(?:чи|або|или|и|і|й|та|бо|а|но|але)\s)/u.test(text.slice(end, end + 8))) return;
        spans.push({ kind: 'date', start, end, replacement: ONE_DAY[ctx.lang].after, entity: m[0].toLowerCase(), confidence: 0.9 });
      });
    }
  }
  if (!/\d/.test(text)) return dedupe(spans);
  // Every scan below is triggered by a run of digits: find them once, and the word starts before them once per distance.
  const digitAt = triggerPositions(text, DIGIT_RUN);
  const byBack = new Map<number, number[]>();
  const near = (back: number) => {
    let c = byBack.get(back);
    if (!c) byBack.set(back, (c = candidateStarts(text, digitAt, back, 'word')));
    return c;
  };
  const scanDigits = (re: RegExp, back: number, onMatch: (m: RegExpExecArray) => void) => scanCandidates(text, re, near(back), onMatch);
  const ukRuMonth = UK_RU_MONTH_ANYWHERE.test(text);
  const enMonth = EN_MONTH_ANYWHERE.test(text);
  if (ukRuMonth) scanDigits(RANGE_UK_RU_Y, 8, (m) => emitRange(m, m[1], monthIndex(m[4]!), m[5]));
  if (enMonth) scanDigits(RANGE_EN_Y, 24, (m) =>
    m[4] ? emitRange(m, m[1], monthIndex(m[4]), m[5]) : emitRange(m, m[6], monthIndex(m[7]!), m[10]));
  // Every date has a number; only the preposition (at most "напередодні ") and a month name come before it.
  if (ukRuMonth) scanDigits(UK_RU_Y, 14, (m) => emit(m, m[1], monthIndex(m[3]!), m[4]));
  if (enMonth) scanDigits(EN_DMY_Y, 14, (m) => emit(m, m[1], monthIndex(m[3]!), m[4]));
  // "May 5" is a date, "May I" is not; the \d requirement keeps it to numbers.
  // "March the 3rd" too, but not "in May the 5 of us".
  if (enMonth) scanDigits(EN_MDY_Y, 24, (m) => (!m[3] || /(?:st|nd|rd|th)(?:,?\s+\d{4})?$/.test(m[0])) && emit(m, m[1], monthIndex(m[2]!), m[5]));
  // (with a space between only when a year follows: "пункт 5 I" is no date)
  scanDigits(ROMAN_Y, 14, (m) => (m[3] !== ' ' || m[5]) && emit(m, m[1], ROMAN_MONTHS.indexOf(m[4]!), m[5]));
  if (ctx.lang !== 'en') scanDigits(ABBR_Y, 14, (m) => emit(m, m[1], ABBR_MONTH[m[3]!.toLowerCase()] ?? -1, m[4]));
  scanDigits(NUMERIC_Y, 20, (m) => {
    const month = m[4] ? Number(m[4]) - 1 : Number(m[7]) - 1;
    emit(m, m[1], month, m[5] ?? m[6]);
  });
  scanDigits(SHORT_Y, 14, (m) => {
    if (spans.some((s) => s.start < m.index + m[0].length && s.end > m.index)) return;
    if (!m[1]) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const listed = spans.some((s) => s.end <= m.index && m.index - s.end <= 12 && LIST_GAP.test(text.slice(s.end, m.index)));
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      // a message thread: "[14.08, 21:40]", "21:40 14.08", or a line/sentence opening "15.08 прийшли"
      const thread = m[4]!.length === 2 && (TIME_AFTER.test(after) || TIME_BEFORE.test(before) || (OPENING.test(before) && /^\s+\p{Ll}/u.test(after)));
      // a date that opens a line, a list item or a table cell ("- 19.07 — заява", "| 03.04 |", "**20.01.**"), unless a time follows
      const opens = m[4]!.length === 2 && CELL_OPENING.test(before) && !TIME_NEXT.test(after);
      // any other 14.03 with a two-digit month, unless a time preposition or a time word says it is a time ("о 10.05")
      const bare = m[4]!.length === 2 && !TIME_PREP_BEFORE.test(before) && !TIME_NEXT.test(after) && !/^[\s\u00a0]*[–—-]\s*\d/.test(after);
      if (!listed && !thread && !opens && !bare && !SHORT_CONTEXT.test(before) && !SHORT_AFTER_WEEKDAY.test(before)) return;
    }
    emit(m, m[1], Number(m[4]) - 1, undefined);
  });
  // "on the 14th" is a date by itself; a bare "the 14th" only with a month named nearby
  scanTriggered(text, DAY_ALONE_EN_Y, EN_ORD_TRIGGER, 24, 'word', (m) => oneDay(m, m[1], m[2], !m[1] && !m[2]));
  return dedupe(spans);
};

/** One span per stretch of text: the longest wins (a range over the single date inside it). */
function dedupe(spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) if (!out.some((o) => o.start < s.end && s.start < o.end)) out.push(s);
  return out.sort((a, b) => a.start - b.start);
}
