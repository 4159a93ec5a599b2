/**
 * Exact ages become a decade: "мені було 23 роки" → "мені було за двадцять", "23-річна" →
 * "20–29-річна", "в 23 года" → "в возрасте за двадцать", "a 23-year-old" → "a twenty-something",
 * "I was 23" → "I was twenty-something". Only numbers said to be an age are touched: not money,
 * hours or counts of people.
 */
import type { Lang } from '../../../src/data/site.ts';
import type { Detector, Span } from '../types.ts';
import { isKnownProperNoun } from '../lexicon/known-proper-nouns.ts';
import { isCommonWord } from '../lexicon/common-words.ts';
import { normWord, numberRuns, numberWord } from './numwords.ts';
import { digitRunMatches, sticky } from './util.ts';
import { analyseName } from './names.ts';

const N = String.raw`(?<![\d–\-.,])(\d{1,2})(?!\d|[.,:]\d)`;
const YEARS_UK = String.raw`(?:рік|роки|років|року|р\.)`;
const YEARS_RU = String.raw`(?:год|года|лет)`;
const YEARS_ANY = String.raw`(?:рік|роки|років|року|год|года|лет|years?|yrs?)`;
// "5 років тому", "3 года назад", "2 years later": a duration, not an age.
const NOT_DURATION = String.raw`(?!\s*(?:тому|назад|спустя|потому|пізніше|позже|ago|later|before|after|earlier))`;
const EN_NOT_AGE = String.raw`(?![\p{L}\p{N}:]|\s*(?:am|pm|a\.m|p\.m|o'clock|percent|per\s+cent|th|st|nd|rd)(?![\p{L}]))`;
const NOT_AGE_UNIT = String.raw`(?!\s*(?:грн|гривен|гривн|гривень|доларів|долларов|dollars?|євро|евро|euros?|рубл|хв|мин|годин|час|hours?|minutes?|людей|людини|человек|people|раз|times|км|km|кг|kg|%|\$|€|₴|тисяч|тыс|thousand|метр|м\b|днів|дней|days?|тижн|недел|weeks?|місяц|месяц|months?|штук|кілометр|километр|поверх|этаж))`;

const PATTERNS: { re: RegExp; form: 'bare' | 'years' | 'adj' | 'at' | 'en-pred' | 'en-adj' | 'en-aged' }[] = [
  // "Вірі тоді було 27 років", "исполнилось 18 лет", "стукнуло 40 років": a being/turning verb + number + years
  { re: new RegExp(String.raw`(?<![\p{L}])(?:було|было|буде|будет|исполнилось|исполнится|исполнялось|виповнилося|виповнилось|виповниться|стукнуло|стукнет|стало|стане|станет|є|есть)(?:\s+(?:вже|уже|лише|только|всего|тільки|ледве|едва|майже|почти|рівно|ровно|тоді|тогда|аж))*\s+${N}\s+(${YEARS_UK}|${YEARS_RU})(?![\p{L}])${NOT_DURATION}`, 'giu'), form: 'bare' },
  // "Людмилі 43 роки", "Дмитрию тогда 46 лет": a capitalised dative + number + years
  { re: new RegExp(String.raw`(?<![\p{L}])\p{Lu}\p{Ll}+(?:і|ї|у|ю|е|ові|еві|єві)(?:\s+(?:тоді|тогда|зараз|сейчас|вже|уже|ще|еще|ещё))?\s+${N}\s+(${YEARS_UK}|${YEARS_RU})(?![\p{L}])${NOT_DURATION}`, 'gu'), form: 'bare' },
  // "Іванова Олена, 31 рік, ...": an age in apposition, between commas
  { re: new RegExp(String.raw`(?<=\p{L}[»"]?,\s)${N}\s+(${YEARS_UK}|${YEARS_RU}|years?(?:\s+old)?)(?=\s*[,;)—–])`, 'gu'), form: 'bare' },
  // "в свои 19", "у свої 40 років", "в свои 19 лет"
  { re: new RegExp(String.raw`(?<![\p{L}])(?:в|у)\s+(?:свої|свои|мої|мои|твої|твои|її|ее|её|його|его|наші|наши)\s+${N}(?:\s+(${YEARS_UK}|${YEARS_RU}))?(?![\p{L}\p{N}])`, 'giu'), form: 'bare' },
  // "Dmytro was 19 when", "Liudmyla is 43.": a capitalised name + was/is + number, at a clause end
  { re: new RegExp(String.raw`(?<![\p{L}])(?!(?:We|They|You|These|Those|All|Both|Some|Many|Most|Few|None|It|This|That|There|Here|What|Which|Rent|Bail|Price|Fine|Room|Time|Number)\s)\p{Lu}\p{Ll}+(?:'s)?\s+(?:was|is|turned|had\s+just\s+turned|was\s+only|was\s+just|is\s+only)\s+${N}${EN_NOT_AGE}(?=\s*(?:[.,;!?)—–]|$|when|and|at\s+the\s+time|then|by\s+then|years?\s+old))`, 'gmu'), form: 'en-pred' },
  // "at 23 she left", "At 17, I ...": an age-like number, then a comma or a subject
  { re: new RegExp(String.raw`(?<![\p{L}])[Aa]t\s+${N}(?=\s*,|\s+(?:she|he|I|they|you|we|my|her|his)\s)`, 'gu'), form: 'en-aged' },
  // "мені було 23 роки", "їй 19", "мне было 23 года", "ей 19 лет"
  { re: new RegExp(String.raw`(?<![\p{L}])(?:мені|мне|їй|ей|йому|ему|тобі|тебе|тоді|ій|неї|нею)(?:\s+(?:було|буде|було\s+вже|вже|уже|було\s+лише|было|будет|было\s+всего|всего|лише|тільки|только|виповнилося|исполнилось|виповнилось))?\s+${N}(?:\s+(${YEARS_UK}|${YEARS_RU}))?${NOT_AGE_UNIT}(?![\p{L}\p{N}])`, 'giu'), form: 'bare' },
  // "у 23 роки", "в 23 года", "у віці 23 років", "в возрасте 23 лет"
  { re: new RegExp(String.raw`(?<![\p{L}])(?:у|в)(?:\s+(?:віці|возрасте))?\s+${N}\s+(${YEARS_UK}|${YEARS_RU})(?![\p{L}])`, 'giu'), form: 'at' },
  // "23 роки" after "вік", "возраст"; "23 years old"
  { re: new RegExp(String.raw`(?<![\p{L}])(?:вік|возраст|age)\s*[:—\-]?\s*${N}(?:\s+(${YEARS_UK}|${YEARS_RU}|years?))?(?![\p{L}\p{N}])`, 'giu'), form: 'bare' },
  // "23-річна", "23-летняя", "23 річний"
  { re: new RegExp(String.raw`${N}\s?[\-‑–]?\s?(річн\p{L}*|літн\p{L}*|летн\p{L}*)`, 'giu'), form: 'adj' },
  // "a 23-year-old", "23 year old"
  { re: new RegExp(String.raw`${N}[\-‑ ]years?[\-‑ ]old(?![\p{L}])`, 'giu'), form: 'en-adj' },
  // "aged 23"
  { re: new RegExp(String.raw`(?<![\p{L}])(?:aged|at\s+the\s+age\s+of)\s+${N}(?![\p{L}\p{N}])`, 'giu'), form: 'en-aged' },
  // "I was 23", "she is 19", "he was only 17"
  { re: new RegExp(String.raw`(?<![\p{L}])(?:I\s+was|I\s+am|I'm|she\s+was|she\s+is|she's|he\s+was|he\s+is|he's|they\s+were|you\s+were|turned)(?:\s+(?:only|just|barely|already))?\s+${N}${NOT_AGE_UNIT}(?![\p{L}\p{N}]|\s*(?:years?|yrs?)\s+(?:ago|later|before|after|in))`, 'giu'), form: 'en-pred' },
];

const DECADE: Record<'uk' | 'ru', Record<number, string>> = {
  uk: { 20: 'двадцять', 30: 'тридцять', 40: 'сорок', 50: "п'ятдесят", 60: 'шістдесят', 70: 'сімдесят', 80: 'вісімдесят', 90: "дев'яносто" },
  ru: { 20: 'двадцать', 30: 'тридцать', 40: 'сорок', 50: 'пятьдесят', 60: 'шестьдесят', 70: 'семьдесят', 80: 'восемьдесят', 90: 'девяносто' },
};
const DECADE_EN: Record<number, string> = { 20: 'twenty', 30: 'thirty', 40: 'forty', 50: 'fifty', 60: 'sixty', 70: 'seventy', 80: 'eighty', 90: 'ninety' };

/** How an age is said as a range, in the grammatical slot it came from. */
export function agePhrase(age: number, lang: Lang, form: (typeof PATTERNS)[number]['form'], adjWord = ''): string {
  const decade = Math.floor(age / 10) * 10;
  if (lang === 'en' || form.startsWith('en')) {
    if (form === 'en-adj') return age < 18 ? 'teenage' : age < 20 ? 'late-teenage' : `${DECADE_EN[decade]}-something`;
    if (age < 18) return 'under eighteen';
    if (age < 20) return 'under twenty';
    return `${DECADE_EN[decade]}-something`;
  }
  const l = lang;
  if (form === 'adj') {
    if (age < 18) return `неповнолітн${/[аяь]я$/.test(adjWord) ? 'я' : /ий$|ій$|ый$|ой$/.test(adjWord) ? (l === 'uk' ? 'ій' : 'ий') : 'я'}`;
    if (age < 20) return `${adjWord.replace(/^(\p{L}+)$/u, `18–19-$1`)}`;
    return `${decade}–${decade + 9}-${adjWord}`;
  }
  const under18 = l === 'uk' ? 'менше вісімнадцяти' : 'меньше восемнадцати';
  const near20 = l === 'uk' ? 'близько двадцяти' : 'около двадцати';
  const over = (d: number) => (l === 'uk' ? `за ${DECADE.uk[d]}` : `за ${DECADE.ru[d]}`);
  const phrase = age < 18 ? under18 : age < 20 ? near20 : over(decade);
  if (form === 'at') return (l === 'uk' ? 'у віці ' : 'в возрасте ') + phrase;
  return phrase;
}

// ---- token-driven detection: every number (digits or words) is read against the words around it ----

const UNIT_AFTER = /^[\s\u00a0]*(рік|роки|років|року|рочки|рочків|рочок|р\.|год|года|лет|л\.(?![\s\u00a0]*[\d\p{Ll}])|годик\p{L}*|годок|годочк\p{L}*|годков|years?[\s\-‑]+old|years?|yrs?)(?![\p{L}])/iu;
const GENITIVE_TENS = /^(?:двадцят|тридцят|п['’ʼ]?ятдесят|шістдесят|сімдесят|вісімдесят|двадцат|тридцат|пятидесят|шестидесят|семидесят|восьмидесят)и(?![\p{L}])|^(?:сорока|дев['’ʼ]?яноста|девяноста)(?![\p{L}])/iu;
const UNIT_BEFORE = /(?<![\p{L}])(?:років|роки|рік|лет|года|годков)[\s\u00a0]+$/iu;
// "5 років тому", "3 года назад", "2 years later", "три года подряд": a duration, not an age.
const DURATION = /^[\s\u00a0]*(?:тому|назад|минул\p{L}*|минає|пройшл\p{L}*|пройшло|прошл\p{L}*|прошло|пролетіл\p{L}*|пролетел\p{L}*|спустя|потому|пізніше|позже|поспіль|подряд|ago|later|before|after|earlier|in\s+prison|of\s(?!age)|за\s|у\s+в['’ʼ]язниц|в\s+тюрьм)/iu;
const NOT_UNIT = new RegExp('^' + NOT_AGE_UNIT.replace(/^\(\?!/, '(?:').replace(/\)$/, ')'), 'iu');
const EN_NOT_AGE_AFTER = /^(?:[\p{L}\p{N}:]|[.,]\d|\s*(?:am|pm|a\.m|p\.m|o['’]clock|percent|per\s+cent|th|st|nd|rd|minutes?|hours?|times|people|euros?|dollars?|hryvni?as?|uah|grand)(?![\p{L}]))/iu;

/** A full count of years: "повних 27 років", "полных 27 лет". */
const FULL_YEARS = 'повних|полных|неповних|неполных';
const FILL_UK_RU = String.raw`(?:\([^()\n]{1,30}\)|ж|же|тепер|теперь|${FULL_YEARS}|би|бы|б|сьогодні|сегодня|нині|ныне|було|было|буде|будет|тоді|тогда|зараз|сейчас|вже|уже|ще|еще|ещё|лише|лиш|тільки|только|всего|всього|ледве|едва|майже|почти|рівно|ровно|аж|десь|где-то|приблизно|примерно|около|близько|виповнилося|виповнилось|виповниться|исполнилось|исполнится|стукнуло|стукнет|років|лет|роки|года|на\s+вигляд|на\s+вид|з\s+виду|с\s+виду|в\s+этом\s+году|этом\s+году|цього\s+року|цьогоріч|(?:в|у)\s+цьому\s+році|тоже|теж|також|було\s+вже|было\s+уже|вроде|кажется|кажись|наверное|наверно|мабуть|здається|наче|ніби|начебто|типа)`;
const FILL_EN = String.raw`(?:only|just|barely|already|about|around|nearly|almost|maybe|probably|now|then|still|roughly|perhaps|like)`;
const CUE_DATIVE = new RegExp(String.raw`(?<![\p{L}])(?:мені|мне|їй|ей|йому|ему|тобі|тебе|вам|якій|якому|которой|которому|котрій|котрому|дитині|ребенку|ребёнку|синові|сину|сыну|доньці|дочці|дочери|дочке|онуці|внучке|братові|брату|сестрі|сестре|мамі|маме|клієнту|клиенту|матері|матери|бабусі|бабушке|батькові|отцу|татові|папе|чоловікові|мужу|дружині|жене|подрузі|подруге|сусідці|соседке|сусідові|соседу)(?:[\s\u00a0]+${FILL_UK_RU})*[\s\u00a0]+$`, 'iu');
// "залишив їй п'ятдесят", "пояснив їй три речі": a number after a verb's indirect object, or before a noun, is not an age.
const GIVE_VERB_DATIVE = /(?<![\p{L}])(?!(?:було|было|стало|буде|будет)[\s\u00a0])\p{L}+(?:в|л|ла|ли|ло)[\s\u00a0]+(?:мені|мне|їй|ей|йому|ему|тобі|тебе|вам)[\s\u00a0]+$/iu;
// (or, in unpunctuated speech, the next clause's subject: "синові дванадцять він ходить у ліцей")
const NO_NOUN_AFTER = /^(?:[\s\u00a0]*(?:[.,;:!?)—–…»"”]|$)|[\s\u00a0]+(?:і|и|й|та|а|але|но|коли|когда|тоді|тогда|только|тільки|уже|вже|ще|еще|ещё|не|когда|як|как|він|вона|вони|он|она|они|я|ми|мы)[\s\u00a0,\-])/iu;
const CUE_VERB = new RegExp(String.raw`(?<![\p{L}])(?:було|было|буде|будет|исполнилось|исполнится|исполнялось|виповнилося|виповнилось|виповниться|стукнуло|стукнет)(?:[\s\u00a0]+${FILL_UK_RU})*[\s\u00a0]+$`, 'iu');
// "їй щойно виповнилося двадцять", "she turned 30": a turning verb makes a bare number an age.
const CUE_TURN = new RegExp(String.raw`(?<![\p{L}])(?:исполнилось|исполнится|виповнилося|виповнилось|виповниться|стукнуло|стукнет)(?:[\s\u00a0]+${FILL_UK_RU})*[\s\u00a0]+$`, 'iu');
const PREPS = /^(?:у|в|на|по|до|з|із|зі|за|під|над|при|о|об|к|от|від|с|со|про|для)$/iu;
/** The same in Ukrainian, where "от" is a particle ("А от Юльці сімнадцять") and к, с, со are not said. */
const PREPS_UK = /^(?:у|в|на|по|до|з|із|зі|за|під|над|при|о|об|від|про|для)$/iu;
/** Just after an age, the same age said again: "Мені було вісімнадцять тоді, уже вісімнадцять", "тридцать восемь, скоро тридцать девять". */
const AGAIN_BEFORE = /(?<![\p{L}])(?:уже|вже|ще|еще|ещё|скоро|ровно|рівно|майже|почти|тепер|теперь|зараз|сейчас|almost|nearly|soon|now)[\s\u00a0]+$/iu;
const CUE_CAP_DATIVE = new RegExp(String.raw`(?<![\p{L}])\p{Lu}\p{Ll}+(?:і|ї|у|ю|е|ові|еві|єві),?(?:[\s\u00a0]+${FILL_UK_RU})*[\s\u00a0]+$`, 'u');
const CUE_EN = new RegExp(String.raw`(?<![\p{L}'’])(?:(?:I|she|he|you|who)|(?:son|daughter|boy|girl|child|kid|baby|brother|sister|mother|father|mum|mom|dad|niece|nephew|grandson|granddaughter|client|driver|man|woman|guy|officer|policeman|cop|neighbou?r|owner|boss|landlord|landlady|husband|wife|boyfriend|girlfriend|partner|cousin|friend)|(?!(?:We|They|You|These|Those|All|Both|Some|Many|Most|Few|None|It|This|That|There|Here|What|Which|Rent|Bail|Price|Fine|Room|Time|Number|Bus|Route|Flat|Page|Chapter|Article|Door|Apartment|Office|Cell|Floor|Table|Case|Call|Station|Department|Unit|Total|Score|Change|Cost|Fee|Bill|Sum|Amount|Temperature|Queue|Line|Platform|Gate|Window|Seat|Row|Level|House|Building|Block|Box|Code|Size)\b)\p{Lu}\p{Ll}+)(?:['’]s|['’]m|,?[\s\u00a0]+(?:is|was|am|were|turned|had[\s\u00a0]+just[\s\u00a0]+turned|has[\s\u00a0]+just[\s\u00a0]+turned|will[\s\u00a0]+be|would[\s\u00a0]+be))(?:[\s\u00a0]+${FILL_EN})*[\s\u00a0]+$`, 'u');
const CUE_EN_TURNED = new RegExp(String.raw`(?<![\p{L}])(?:turned|turning|aged|age|at[\s\u00a0]+the[\s\u00a0]+age[\s\u00a0]+of|(?:woman|man|girl|boy|lady|guy|person|widow|client|mother|father)[\s\u00a0]+of)(?:[\s\u00a0]+${FILL_EN})*[\s\u00a0:]+$`, 'iu');
/** Whether the text ends in a name: a word the name lexicon knows, or an initial ("K."). */
function nameBefore(before: string, lang: Lang): boolean {
  if (/(?<![\p{L}])\p{Lu}\.$/u.test(before)) return true;
  if (/\p{Lu}\p{Ll}+[\s\u00a0]+\p{Lu}\p{Ll}\.$/u.test(before)) return true; // "Iryna Kh.", "Олена Ол."
  const w = /(\p{Lu}\p{Ll}+)$/u.exec(before)?.[1];
  if (!w) return false;
  if (analyseName(w, lang).some((a) => a.part === 'first' || (a.part === 'surname' && !a.amb))) return true;
  // "Марина Гулько (41)": an unknown surname after a first name
  // ("Hope Ainsworth (58, …)": a first name that is also a word, before a surname, still names her)
  const two = /(\p{Lu}\p{Ll}+)[\s\u00a0]+(\p{Lu}\p{Ll}+)$/u.exec(before);
  return !!two && analyseName(two[1]!, lang).some((a) => a.part === 'first' && (!a.amb || !isCommonWord(two[2]!)));
}
/** Whether the text ends in a first name (and perhaps its nickname in brackets), then a dash. */
function firstNameDash(before: string, lang: Lang): boolean {
  const w = before.includes('—') || before.includes('–') ? NAME_DASH_BEFORE.exec(before)?.[1] : undefined;
  return !!w && !isKnownProperNoun(w) && analyseName(w, lang).some((a) => a.part === 'first');
}
// "DOB 3 June 2017 (9)", "born 1993 (33)": a number in brackets just after a year
const YEAR_BRACKET_BEFORE = /(?<![\p{N}])(?:19|20)\d\d[\s\u00a0]*\([\s\u00a0]*$/u;
// "her son Artem, now 20.", "Марина, зараз 40": now, then the number closing an apposition
const NOW_APPOS_BEFORE = /(?:,|\()[\s\u00a0]*(?:now|зараз|сейчас|тепер|теперь)[\s\u00a0]+$/iu;
// "Born 7 October 1999, so 26 at the hearing", "(19 at the time)"
const AT_THE_TIME_AFTER = /^[\s\u00a0]+at[\s\u00a0]+(?:the[\s\u00a0]+)?(?:time|hearing|trial|recording|interview|arrest|raid)(?![\p{L}])/iu;
const AT_THE_TIME_BEFORE = /(?:[,(]|(?<![\p{L}])(?:so|only|just|barely))[\s\u00a0]*$/iu;
// "- Возраст: в протоколе указано «38 лет»… «37»": every number on a line labelled with the age is one
const AGE_LINE = /^[\s>*_|-]*(?:вік|возраст|age)[*_]*[\s\u00a0]*:/iu;
// "с 70-летием", "з 50-річчям", "к 18-летию": an anniversary is a birthday (the number is her age)
const ANNIVERSARY = /(?<![\p{N}.,:])(\d{1,2})[\s\u00a0]?[-‑–]?[\s\u00a0]?(летие|летия|летию|летием|летии|річчя|річчю|річчям|річчі)(?![\p{L}])/giu;
const ANNIVERSARY_TRIGGER = /летие|летия|летию|летием|летии|річч/iu;
const ANNIVERSARY_WORD: Record<string, string> = {
  летие: 'юбилей', летия: 'юбилея', летию: 'юбилею', летием: 'юбилеем', летии: 'юбилее',
  річчя: 'ювілей', річчю: 'ювілею', річчям: 'ювілеєм', річчі: 'ювілеї',
};
// "HAPPY 50th", "Happy 50!", "her 50th birthday": the number said of a birthday
const EN_BIRTHDAY = /(?<![\p{L}])(happy[\s\u00a0]+)(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)([\s\u00a0]+birthday)(?![\p{L}])/giu;
const FULL_YEARS_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${FULL_YEARS}|близько|около|приблизно|примерно)[\s\u00a0]+$`, 'iu');
/** "(повних 27 років)": a full count of years with its unit is an age. */
const CUE_FULL_YEARS = new RegExp(String.raw`(?<![\p{L}])(?:${FULL_YEARS})[\s\u00a0]+$`, 'iu');
const CUE_AGE_WORD = /(?<![\p{L}])(?:вік|возраст|age|у[\s\u00a0]+віці|в[\s\u00a0]+возрасте|(?:у|в)[\s\u00a0]+(?:свої|свои|мої|мои|твої|твои|її|ее|её|його|его|наші|наши))[*_]*[\s\u00a0:—\-|*_]*$/iu;
// "син 14 років, донька 9 років", "малой, 3 годика": a child or a relative named just before the number and its unit.
const KIN_IS = /(?<![\p{L}])(?:sons?|daughters?|children|kids?|boys?|girls?|child|baby|grandchildren|grandsons?|granddaughters?)\s+(?:is|are|was|were|turned|turns|just\s+turned)\s+$/iu;
const KIN_DASH = /(?<![\p{L}])(?:сину|синові|синочку|доньці|дочці|донечці|дитині|малому|малій|онуку|онуці|онучці|сыну|сыночку|дочке|дочери|доченьке|ребенку|ребёнку|внуку|внучке|синам|дочкам|донькам|дітям|детям|сыновьям|дочерям|онукам|внукам)\s*[—–\-:]\s*$/iu;
const KIN_END = /^(?:[\s\u00a0]*(?:[.,;!?)]|$)|[\s\u00a0]+(?:and|і|и|й|та)[\s\u00a0])/u;
const CUE_KIN = /(?<![\p{L}])(?:синів|синам|сыновей|сыновьям|доньок|донькам|дочок|дочкам|дочерей|дочерям|дітей|дітям|детей|детям|онуків|внуков|sons|daughters|children|kids|grandchildren|син|сина|сину|синові|синок|синочок|донька|доньці|донечка|дочка|дочці|дочь|дочке|дочери|сын|сынок|сыну|дитина|дитині|ребенок|ребёнок|ребенку|ребёнку|малий|малому|малой|малая|малышка|онук|онука|онучка|внук|внучка|братик|сестричка|son|daughter|boy|girl|child|kid|baby)[\s\u00a0,:—\-(]*$/iu;
// "her son (5)", "сина (7)": one child named by kinship, then the age alone in brackets
const KIN_BRACKET = /(?<![\p{L}])(?:son|daughter|boy|girl|child|kid|baby|grandson|granddaughter|син|сина|синові|синок|донька|доньку|доньки|дочка|дочку|дочки|дочь|дочери|сын|сына|сыну|сынок|дитина|дитину|ребенок|ребёнок|ребенка|ребёнка|онук|онука|онуку|онучка|внук|внука|внучка|внучку)[\s\u00a0]*\([\s\u00a0]*$/iu;
// "д. н. доньки, 18!!!", "ювілей мами, 65", "birthday girl, 7!": the number said of a birthday, closing its clause
const BIRTHDAY_BEFORE = /(?<![\p{L}])(?:д\.[\s\u00a0]?[нр]\.|день[\s\u00a0]+(?:народження|рождения)|ювіле\p{L}*|юбиле\p{L}*|birthday)(?:[\s\u00a0]+\p{L}+){0,2},?[\s\u00a0]*$/iu;
const CLAUSE_END_AFTER = /^[\s\u00a0]*(?:[!.,;)|]|$)/u;
// "Вероника (Ника) — 27 лет.": a first name, a dash, then the age with its unit
const NAME_DASH_BEFORE = /(\p{Lu}\p{Ll}+)[»"”*_]*(?:[\s\u00a0]*\([^()\n]{1,40}\))?[\s\u00a0]+[—–][\s\u00a0]*$/u;
// "Сашкові, тоді чотири роки було": the verb after the age
const VERB_AFTER_UNIT = /^[\s\u00a0]+(?:було|было|буде|будет|стане|станет|виповнилось|виповнилося|виповниться|исполнилось|исполнится|стукнуло)(?![\p{L}])/iu;
// "В шістнадцять я поїхала", "в семнадцать она ушла": at an age, then the subject
const SUBJECT_AFTER = /^,?[\s\u00a0]+(?:я|вона|він|вони|ми|она|он|они|мы)[\s\u00a0]/iu;
const CUE_AT_UK_RU = /(?<![\p{L}])([ув])[\s\u00a0]+$/iu;
const CUE_EN_AT = /(?<![\p{L}])[Aa]t[\s\u00a0]+$/u;
const CUE_NOW = /(?<![\p{L}])(?:зараз|сейчас|теперь|тепер|now)(?:[\s\u00a0]+(?:вже|уже|already|мені|мне|їй|ей|йому|ему|she's|he's|I'm))*[\s\u00a0]+$/iu;
// (with "about" between: "her name Rosa, about 40", not a day: "Saturday, around seven")
const APPOS_BEFORE_NAME = /(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}-]+[»"”*_]*(?:[\s\u00a0]*\([^()\n]{1,40}\))?[»"”*_]*,[\s\u00a0]*(?:(?:about|roughly|maybe|approximately|приблизно|десь|близько|около|примерно|где-то)[\s\u00a0]+)?$/u;
// "a Roma woman, 45.", "her son, 12, would", "V., twenty-four,": a person word or an initial, then the age
const APPOS_BEFORE_PERSON = /(?:(?<![\p{L}])(?:woman|man|girl|boy|lady|guy|widow|widower|mother|father|son|daughter|grandson|granddaughter|child|worker|client|survivor|resident|landlady|landlord|tenant|neighbou?r|national|teacher|nurse|cleaner|student|pensioner|aunt|uncle|niece|nephew|sister|brother|wife|husband|сусідка|соседка|вчителька|учительница|пенсіонерка|пенсионерка|студентка|орендарка|квартирантка|медсестра|працівниця|працівник|работница|работник|клієнтка|клиентка|мешканка|жительница|жінка|жінку|чоловік|дівчина|хлопець|вдова|син|донька|дочка|онука|онук|женщина|мужчина|девушка|парень|сын|дочь|внучка|внук|гражданин|гражданка|громадянин|громадянка)|(?<![\p{L}])\p{Lu}\.)[».")*_]*,[\s\u00a0]*$/iu;
const APPOS_BEFORE_ANY = /(?:\p{L}[».")*_]*,|\()[\s\u00a0]*$/u;
// (a "then" or "now" may come first: "(Олеся Мирошник, 25 лет тогда)")
const APPOS_AFTER = /^[\s\u00a0]*(?:(?:тоді|тогда|зараз|сейчас|тепер|теперь|then|now)[\s\u00a0]*)?(?:[,;)—–|»"”]|(?:from|з|із|из|родом)[\s\u00a0])/iu;
// After an apposition with its unit, the phrase may also end the sentence, the line or the text: "учасниця, 38 років."
const APPOS_END = /^[*_]*(?:[.!?…]|[\s\u00a0]*\n|[\s\u00a0]*$)/u;
// A one-word answer may follow a speaker's label: "**Катя:** Сімнадцять.", "— Сімнадцять."
const FRAGMENT_BEFORE = /(?:^|[.!?…]["»”]?[\s\u00a0]+|\n)[\s>*_—–-]*(?:\p{Lu}[\p{L}\p{M}'’ .-]{0,40}[*_]*:[*_]*[\s\u00a0]+)?$/u;
// "Скільки вам років, Катю?", "How old is she?", "Lala's age?": the next one-word answer is an age.
const AGE_QUESTION = /(?:(?<![\p{L}])(?:скільки|сколько)[^?\n]{0,30}(?:років|рочків|лет|годиков|годков)|(?<![\p{L}])how[\s\u00a0]+old|(?:['’]s|your|her|his|their)[\s\u00a0]+age|(?<![\p{L}])(?:вік|возраст|age))[^?\n]{0,30}\?[^?]{0,120}$/iu;
// "aged 9 and 13", "восьми і дванадцяти років": numbers joined to an age are ages too.
const COORD_GAP = /^[\s\u00a0]*(?:,[\s\u00a0]*)?(?:і|и|й|та|або|или|and|or|&)?[\s\u00a0]*$/iu;
const FRAGMENT_AFTER = /^(?:[\s\u00a0]+(?:years?[\s\u00a0]+old|років|лет|года|роки))?[\s\u00a0]*[.!?…]/iu;

/** The words agePhrase itself writes before a number ("близько двадцяти", "за тридцять", "under twenty"): a second pass leaves them. */
export const APPROXIMATE_BEFORE = /(?<![\p{L}])(?:близько|около|за|менше|меньше|under)[\s\u00a0]+$/iu;
const DIGIT_NUM = /(?<![\d–\-.,:/])\d{1,2}(?![\d%]|[.,:]\d)/g;
// (a number starts a run of digits: tried only there, see digitRunMatches)
const DIGIT_NUM_Y = sticky(DIGIT_NUM);
// "сорокарічна", "тридцятирічний", "сорокалетний", "двадцятип'ятирічна", "forty-year-old"
const WORD_ADJ = /(?<![\p{L}])((?:двадцяти|двадцати|тридцяти|тридцати|сорока|п['’ʼ]?ятдесяти|пятидесяти|шістдесяти|шестидесяти|сімдесяти|семидесяти|вісімдесяти|восьмидесяти|дев['’ʼ]?яност[оа]|девяност[оа])?(?:одно|дво|двох|двух|три|трьох|трех|чотирьох|четырех|четырёх|п['’ʼ]?яти|шести|семи|восьми|дев['’ʼ]?яти|десяти|одинадцяти|одиннадцати|дванадцяти|двенадцати|тринадцяти|тринадцати|чотирнадцяти|четырнадцати|п['’ʼ]?ятнадцяти|пятнадцати|шістнадцяти|шестнадцати|сімнадцяти|семнадцати|вісімнадцяти|восемнадцати|дев['’ʼ]?ятнадцяти|девятнадцати)?)(річн\p{L}*|літн\p{L}*|летн\p{L}*)(?![\p{L}])(?![\s\u00a0]+(?:досвід|стаж|план|опыт|контракт|строк|срок|термін|ювілей|юбилей|період|период|перерв|гарант|договір|договор|кредит))/giu;
const ADJ_TRIGGER = /річн|літн|летн/iu;
const EN_WORD_ADJ = /(?<![\p{L}])((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\-‑](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)[\-‑]years?[\-‑]old(?![\p{L}])/giu;
/** What every match of PATTERNS[10] and EN_WORD_ADJ holds ("year-old", "years old"), in their flags. */
const YEARS_OLD = /years?[\-‑ ]old/iu;
const BIRTH_YEAR = /(?=[12])(?<![\p{N}])((?:19|20)\d\d)(?:[\s\u00a0]*(року|рік|р\.|года|год|г\.))?(?=[\s\u00a0]*(?:народження|рождения|р\.[\s\u00a0]?н\.|г\.[\s\u00a0]?р\.))|(?<=(?:born|born[\s\u00a0]+in|b\.)[\s\u00a0]+)((?:19|20)\d\d)(?![\p{N}])/giu;
const BIRTH_TRIGGER = /народж|рожден|р\.\s?н\.|г\.\s?р\.|born|b\./iu;

const ADJ_STEM_VALUE: [RegExp, number][] = [
  [/^(?:двадцят|двадцат)/, 20], [/^(?:тридцят|тридцат)/, 30], [/^сорока/, 40], [/^(?:пятдесят|пятидесят)/, 50],
  [/^(?:шістдесят|шестидесят)/, 60], [/^(?:сімдесят|семидесят)/, 70], [/^(?:вісімдесят|восьмидесят)/, 80], [/^(?:девяност)/, 90],
];
const ADJ_UNIT_VALUE: [RegExp, number][] = [
  [/(?:одинадцяти|одиннадцати)$/, 11], [/(?:дванадцяти|двенадцати)$/, 12], [/(?:тринадцяти|тринадцати)$/, 13], [/(?:чотирнадцяти|четырнадцати)$/, 14],
  [/(?:пятнадцяти|пятнадцати)$/, 15], [/(?:шістнадцяти|шестнадцати)$/, 16], [/(?:сімнадцяти|семнадцати)$/, 17], [/(?:вісімнадцяти|восемнадцати)$/, 18],
  [/(?:девятнадцяти|девятнадцати)$/, 19], [/десяти$/, 10], [/одно$/, 1], [/(?:дво|двох|двух)$/, 2], [/(?:три|трьох|трех)$/, 3], [/(?:чотирьох|четырех)$/, 4],
  [/пяти$/, 5], [/шести$/, 6], [/семи$/, 7], [/восьми$/, 8], [/девяти$/, 9],
];
function adjPrefixValue(prefix: string): number {
  let p = normWord(prefix);
  let v = 0;
  for (const [re, n] of ADJ_STEM_VALUE) {
    const m = re.exec(p);
    if (m) {
      v = n;
      p = p.replace(/^(?:двадцяти|двадцати|тридцяти|тридцати|сорока|пятдесяти|пятидесяти|шістдесяти|шестидесяти|сімдесяти|семидесяти|вісімдесяти|восьмидесяти|девяност[оа])/, '');
      break;
    }
  }
  if (p) {
    const u = ADJ_UNIT_VALUE.find(([re]) => re.test(p));
    if (!u) return 0;
    v += u[1];
  }
  return v;
}

const EN_WORD_VALUE = (w: string): number => {
  const parts = w.toLowerCase().split(/[\-‑\s]+/);
  let v = 0;
  for (const p of parts) v += numberWord(p)?.v ?? 0;
  return v;
};

function childPhrase(lang: Lang): string {
  return lang === 'en' ? 'under ten' : lang === 'uk' ? 'менше десяти' : 'меньше десяти';
}

// The costliest tests of the text before a number, each behind a cheap test that every match of it
// passes (so the answer is the same): the apposition patterns end in a comma (or a bracket) and
// spaces, or hold a comma; the verb-with-dative pattern ends in its pronoun and spaces.
const COMMA_END = /,[\s\u00a0]*$/u;
const COMMA_OR_BRACKET_END = /[,(][\s\u00a0]*$/u;
const DATIVE_PRONOUN_END = /(?:мені|мне|їй|ей|йому|ему|тобі|тебе|вам)[\s\u00a0]+$/iu;
const apposBeforeName = (before: string) => before.includes(',') && APPOS_BEFORE_NAME.test(before);
const apposBeforePerson = (before: string) => COMMA_END.test(before) && APPOS_BEFORE_PERSON.test(before);
const apposBeforeAny = (before: string) => COMMA_OR_BRACKET_END.test(before) && APPOS_BEFORE_ANY.test(before);
const giveVerbDative = (before: string) => DATIVE_PRONOUN_END.test(before) && GIVE_VERB_DATIVE.test(before);

export const detectAges: Detector = (text, ctx) => {
  const spans: Span[] = [];
  const lang = ctx.lang;
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const push = (start0: number, end: number, value: number, replacement0: string) => {
    // "повних 27 років", "около 50 лет" → "за двадцять", "за пятьдесят": the word before a count goes with the age
    const full = FULL_YEARS_BEFORE.exec(text.slice(Math.max(0, start0 - 12), start0));
    const start = full ? start0 - full[0].length : start0;
    const replacement = full && /^\p{Lu}/u.test(full[0]) ? replacement0[0]!.toUpperCase() + replacement0.slice(1) : replacement0;
    if (!free(start, end)) return;
    taken.push([start, end]);
    spans.push({ kind: 'age', start, end, replacement, entity: String(value), confidence: 1 });
  };
  const say = (value: number, form: 'bare' | 'at' | 'en-pred') =>
    value < 10 ? childPhrase(lang === 'en' || form === 'en-pred' ? 'en' : lang) : agePhrase(value, lang, form);

  // Birth years become decades: "1961 года рождения" → "1960-х годов рождения", "born in 1990" → "born in the 1990s".
  if (BIRTH_TRIGGER.test(text)) {
    BIRTH_YEAR.lastIndex = 0;
    for (let m = BIRTH_YEAR.exec(text); m; m = BIRTH_YEAR.exec(text)) {
      const year = m[1] ?? m[3]!;
      const decade = Math.floor(Number(year) / 10) * 10;
      const unit = m[2];
      const rep = m[3] ? `the ${decade}s` : unit ? `${decade}-х ${/^(?:года|год|г\.)$/i.test(unit) ? 'годов' : 'років'}` : `${decade}-х`;
      push(m.index, m.index + m[0].length, decade, rep);
    }
  }

  // Adjectives: "23-річна", "23-летняя" (digits) and "сорокарічної", "тридцатилетний" (words).
  if (ADJ_TRIGGER.test(text)) {
    const re = PATTERNS[9]!.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const age = Number(m[1]);
      if (age < 1 || age > 95) continue;
      push(m.index, m.index + m[0].length, age, agePhrase(age, lang === 'en' ? 'uk' : lang, 'adj', m[2]!));
    }
    WORD_ADJ.lastIndex = 0;
    for (let m = WORD_ADJ.exec(text); m; m = WORD_ADJ.exec(text)) {
      const age = adjPrefixValue(m[1]!);
      if (age < 2 || age > 95) continue;
      const adj = m[2]!;
      const rep = age < 18 ? agePhrase(age, lang === 'en' ? 'uk' : lang, 'adj', adj) : `${Math.floor(age / 10) * 10}–${Math.floor(age / 10) * 10 + 9}-${adj}`;
      push(m.index, m.index + m[0].length, age, rep);
    }
  }
  if (lang !== 'en' && ANNIVERSARY_TRIGGER.test(text)) {
    ANNIVERSARY.lastIndex = 0;
    for (let m = ANNIVERSARY.exec(text); m; m = ANNIVERSARY.exec(text)) {
      const age = Number(m[1]);
      const word = ANNIVERSARY_WORD[m[2]!.toLowerCase()]!;
      // (after до/від/з нагоди the Ukrainian -річчя is a genitive: "до 50-річчя" → "до ювілею")
      const gen = m[2]!.toLowerCase() === 'річчя' && /(?<![\p{L}])(?:до|від|з[\s\u00a0]+нагоди|без|для|після)[\s\u00a0]+$/iu.test(text.slice(Math.max(0, m.index - 12), m.index));
      if (age >= 1) push(m.index, m.index + m[0].length, age, gen ? 'ювілею' : word);
    }
  }
  if (/happy|birthday/i.test(text)) {
    EN_BIRTHDAY.lastIndex = 0;
    for (let m = EN_BIRTHDAY.exec(text); m; m = EN_BIRTHDAY.exec(text)) {
      const caps = m[1] !== undefined && m[1] === m[1].toUpperCase();
      if (m[2]) {
        const start = m.index + m[1]!.length;
        push(start, start + m[0].length - m[1]!.length, Number(m[2]), caps ? 'BIRTHDAY' : 'birthday');
      } else push(m.index, m.index + m[0].length, Number(m[3]), m[4]!.trimStart());
    }
  }
  // (both need "year(s) old", joined by a hyphen or a space: tested once, with their flags, before either scans the text)
  if ((lang === 'en' || /year/i.test(text)) && YEARS_OLD.test(text)) {
    for (const re of [PATTERNS[10]!.re, EN_WORD_ADJ]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const age = /\d/.test(m[1]!) ? Number(m[1]) : EN_WORD_VALUE(m[1]!);
        if (age < 1 || age > 95) continue;
        push(m.index, m.index + m[0].length, age, age < 10 ? 'young' : agePhrase(age, 'en', 'en-adj'));
      }
    }
  }

  // Every other number, in digits or in words, with what stands around it.
  const nums: { start: number; end: number; value: number; word: boolean }[] = [];
  for (const m of digitRunMatches(text, DIGIT_NUM_Y)) nums.push({ start: m.index, end: m.index + m[0].length, value: Number(m[0]), word: false });
  for (const r of numberRuns(text)) if (r.value >= 2 && r.value <= 99) nums.push({ start: r.start, end: r.end, value: r.value, word: true });
  nums.sort((a, b) => a.start - b.start);

  const later: typeof nums = [];
  const afterAnAge: typeof nums = [];
  for (const n of nums) {
    if (!free(n.start, n.end)) continue;
    const value = n.value;
    if (value < 1 || value > 95) continue;
    const after = text.slice(n.end, n.end + 40);
    const lineStart = Math.max(text.lastIndexOf('\n', n.start - 1) + 1, n.start - 45);
    let before = text.slice(lineStart, n.start);
    // Already a range, as this detector writes them: "близько двадцяти", "за тридцять", "20–29-річна", "under twenty"
    // (this detector writes its ranges in words: "около 50 лет" with digits is still the age)
    if ((n.word && APPROXIMATE_BEFORE.test(before)) || /^[–-]\d/.test(after) || /\d[–-]$/.test(before)) continue;
    const unitA = UNIT_AFTER.exec(after);
    let start = n.start;
    let end = n.end;
    let hasUnit = false;
    if (unitA) {
      if (DURATION.test(after.slice(unitA[0].length))) continue;
      if (/^[\s\u00a0]*р\.$/.test(unitA[0]) && /^\d/.test(after.slice(unitA[0].length).trim())) continue;
      end = n.end + unitA[0].length;
      hasUnit = true;
    } else if (NOT_UNIT.test(after)) continue;
    if (lang === 'en' && !n.word && EN_NOT_AGE_AFTER.test(after)) continue;
    if (n.word && /^[\s\u00a0]*(?:[\-‑]|[,]?[\s\u00a0]*(?:нуль|ноль|oh|zero)\b)/iu.test(after) && !hasUnit) continue; // part of a dictated number
    const unitB = UNIT_BEFORE.exec(before);
    if (unitB && !hasUnit) {
      if (DURATION.test(after)) continue;
      start = n.start - unitB[0].length;
      before = before.slice(0, before.length - unitB[0].length);
      hasUnit = true;
    }
    const yearsOld = unitA && /old/i.test(unitA[1]!);
    let form: 'bare' | 'at' | 'en-pred' | null = null;
    let spanStart = start;
    // "Людмилі 43 роки": a capitalised dative before the number, asked for only when the rest of its rule holds
    const capitalDative = (): boolean => {
      let capDat = /\p{Lu}/u.test(before) ? CUE_CAP_DATIVE.exec(before) : null;
      // "в Україні три роки": a country or a place in the locative is nobody's dative
      if (capDat && isKnownProperNoun(/\p{Lu}\p{Ll}+/u.exec(capDat[0])?.[0] ?? '')) capDat = null;
      const prepBefore = capDat ? /(\p{L}+)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, lineStart + capDat.index - 12), lineStart + capDat.index)) : null;
      return !!capDat && !(prepBefore && (lang === 'uk' ? PREPS_UK : PREPS).test(prepBefore[1]!));
    };
    // (Each rule's cheap tests come first: the tests of the text before the number try every
    // position of it and cost the most. Every test here is a pure regex test, so the order within a
    // rule changes nothing; the rules keep their order.)
    if (yearsOld) form = lang === 'en' ? 'en-pred' : 'bare';
    // "жінка років шістдесяти", "на вигляд років двадцяти п'яти": the unit first, the tens in the genitive — an age guessed
    // (a duration puts its number in the nominative: "років п'ять тому")
    else if (unitB && n.word && GENITIVE_TENS.test(text.slice(n.start, n.end))) form = 'bare';
    else if (CUE_AGE_WORD.test(before)) form = 'bare';
    else if (hasUnit && lang !== 'en' && CUE_FULL_YEARS.test(before)) form = 'bare';
    else if (CUE_DATIVE.test(before) && (hasUnit || VERB_AFTER_UNIT.test(after) || (NO_NOUN_AFTER.test(after) && !giveVerbDative(before)))) form = 'bare';
    else if (hasUnit && CUE_VERB.test(before)) form = 'bare';
    else if (NO_NOUN_AFTER.test(after) && CUE_TURN.test(before)) form = 'bare';
    else if ((hasUnit || /^[\s\u00a0]*(?:[.,;!?)—–]|$)/.test(after)) && capitalDative()) form = 'bare';
    else if (/[A-Za-z]/.test(before) && (CUE_EN.test(before) || CUE_EN_TURNED.test(before))) form = 'en-pred';
    else if (hasUnit && (APPOS_AFTER.test(text.slice(end, end + 10)) || APPOS_END.test(text.slice(end, end + 4))) && apposBeforeAny(before)) form = 'bare';
    else if (hasUnit && lang !== 'en' && (VERB_AFTER_UNIT.test(text.slice(end, end + 12)) || CUE_KIN.test(before))) form = 'bare';
    else if (hasUnit && lang === 'en' && CUE_KIN.test(before)) form = 'en-pred';
    // "Оксана Бабенко, 22 р.]", "Светлана Кравец, 25 л., уехала": with a unit the number after a name is her age
    // ("Марічка-маленька, 19 р. Нас було троє": a unit with its own full stop ends the sentence)
    else if (hasUnit && /^[\s\u00a0]*[.!?,;)\]]/.test(text.slice(end, end + 4)) && apposBeforeName(before)) form = 'bare';
    else if (hasUnit && text.charCodeAt(end - 1) === 46 && /^(?:[\s\u00a0]+\p{Lu}|[\s\u00a0]*$)/u.test(text.slice(end, end + 3)) && apposBeforeName(before)) {
      form = 'bare';
      end -= 1; // (the full stop stays: it ends the sentence)
    }
    else if (!hasUnit && APPOS_AFTER.test(after) && apposBeforeName(before)) form = lang === 'en' ? 'en-pred' : 'bare';
    else if (!hasUnit && (APPOS_AFTER.test(after) || APPOS_END.test(after)) && (apposBeforePerson(before) || (value >= 14 && apposBeforeName(before)))) form = lang === 'en' ? 'en-pred' : 'bare';
    else if (hasUnit && lang !== 'en' && CUE_AT_UK_RU.test(before)) {
      form = 'at';
      spanStart = start - CUE_AT_UK_RU.exec(before)![0].length;
    } else if (!hasUnit && lang !== 'en' && value >= 10 && SUBJECT_AFTER.test(after) && CUE_AT_UK_RU.test(before)) {
      form = 'at';
      spanStart = start - CUE_AT_UK_RU.exec(before)![0].length;
    } else if (lang === 'en' && value >= 13 && /^[\s\u00a0]*(?:,|[.!?](?:\s|$)|[\s\u00a0]+(?:she|he|I|they|you|we|my|her|his)[\s\u00a0])/u.test(after) && CUE_EN_AT.test(before)) form = 'en-pred';
    // "Svitlana K. (33)", "Maksym (9) and Polina (5)", "Oksana is 29.": a number in brackets after a name, or said of her
    else if (!hasUnit && (/^[\s\u00a0]*[),;]/.test(after) && /\([\s\u00a0]*[~≈]?$/.test(before) && nameBefore(before.replace(/[\s\u00a0]*\([\s\u00a0]*[~≈]?$/, ''), lang)) ||
      // ("Miroslava ("Mira"), is 5 and attends": her nickname in brackets may stand between)
      (lang === 'en' && /^[\s\u00a0]*(?:[.,;!?]|and[\s\u00a0])/.test(after) && /[\s\u00a0]+(?:is|was|turned|turns)[\s\u00a0]+$/.test(before) && nameBefore(before.replace(/[\s\u00a0]+(?:is|was|turned|turns)[\s\u00a0]+$/, '').replace(/,?[\s\u00a0]*\([^()\n]{1,40}\),?$/, ''), lang))) form = lang === 'en' ? 'en-pred' : 'bare';
    else if (!hasUnit && /^[\s\u00a0]*\)/.test(after) && YEAR_BRACKET_BEFORE.test(before)) form = lang === 'en' ? 'en-pred' : 'bare';
    else if (NOW_APPOS_BEFORE.test(before) && (APPOS_AFTER.test(text.slice(end, end + 10)) || APPOS_END.test(text.slice(end, end + 4)))) form = lang === 'en' ? 'en-pred' : 'bare';
    else if (!hasUnit && lang === 'en' && value >= 10 && AT_THE_TIME_AFTER.test(after) && AT_THE_TIME_BEFORE.test(before)) form = 'en-pred';
    else if ((hasUnit || /^[\s\u00a0]*(?:[.,;:!?)—–…»"”(]|$)/.test(after)) && AGE_LINE.test(text.slice(text.lastIndexOf('\n', n.start - 1) + 1, n.start))) form = lang === 'en' ? 'en-pred' : 'bare';
    else if (CLAUSE_END_AFTER.test(text.slice(end, end + 4)) && BIRTHDAY_BEFORE.test(before)) form = lang === 'en' ? 'en-pred' : 'bare';
    else if (hasUnit && lang !== 'en' && (APPOS_AFTER.test(text.slice(end, end + 10)) || APPOS_END.test(text.slice(end, end + 4))) && firstNameDash(before, lang)) form = 'bare';
    // "Тридцять один рік." as a sentence of its own, after she was named
    else if (hasUnit && value >= 14 && /(?:^|[.!?…][\s\u00a0]+)$/.test(before) && /^[\s\u00a0]*(?:[.!]|[—–-][\s\u00a0])/.test(text.slice(end, end + 4))) form = 'bare';
    else if (spans.some((s) => s.end <= n.start && n.start - s.end < 80) && CUE_NOW.test(before)) form = lang === 'en' ? 'en-pred' : 'bare';
    // "восьми і дванадцяти років", "Синам 8 і 12 років": the cue stands before the first number of the group
    if (!form && hasUnit) {
      const head = groupHead(n);
      if (head !== n) {
        const b = text.slice(Math.max(text.lastIndexOf('\n', head.start - 1) + 1, head.start - 45), head.start);
        if (CUE_KIN.test(b) || CUE_DATIVE.test(b) || CUE_VERB.test(b) || CUE_AGE_WORD.test(b) || CUE_CAP_DATIVE.test(b) || CUE_EN_TURNED.test(b)) form = lang === 'en' ? 'en-pred' : 'bare';
      }
    }
    // "her kids are 7 and 9", "my son is 5", "сыну — пять", "доньці: 6": a child's age with no unit
    if (!form && !hasUnit && value <= 17 && KIN_END.test(after)) {
      const head = groupHead(n);
      const b = text.slice(Math.max(text.lastIndexOf('\n', head.start - 1) + 1, head.start - 45), head.start);
      if (KIN_IS.test(b) || (lang !== 'en' && KIN_DASH.test(b)) || (/^[\s\u00a0]*\)/.test(after) && KIN_BRACKET.test(b))) form = lang === 'en' ? 'en-pred' : 'bare';
    }
    if (!form) {
      if (FRAGMENT_BEFORE.test(before) && FRAGMENT_AFTER.test(after)) later.push(n);
      else if ((CUE_VERB.test(before) || (!hasUnit && AGAIN_BEFORE.test(before))) && NO_NOUN_AFTER.test(after)) afterAnAge.push(n);
      continue;
    }
    let rep = form === 'at' ? (value < 10 ? childPhrase(lang) : agePhrase(value, lang === 'en' ? 'uk' : lang, 'at')) : say(value, lang === 'en' ? 'en-pred' : form);
    if (/^\p{Lu}/u.test(text.charAt(spanStart))) rep = rep[0]!.toUpperCase() + rep.slice(1);
    push(spanStart, end, value, rep);
  }
  // "Nineteen." on its own, when the same age is said elsewhere in the text or was just asked for.
  for (const n of later) {
    if (!spans.some((s) => s.entity === String(n.value)) && !AGE_QUESTION.test(text.slice(Math.max(0, n.start - 300), n.start))) continue;
    let rep = n.value < 10 ? childPhrase(lang) : agePhrase(n.value, lang, lang === 'en' ? 'en-pred' : 'bare');
    if (/^\p{Lu}/u.test(text.charAt(n.start))) rep = rep[0]!.toUpperCase() + rep.slice(1);
    push(n.start, n.end, n.value, rep);
  }
  // "…Сімнадцять. Ну, у березні буде вісімнадцять": a being verb and a bare number, just after an age
  for (const n of afterAnAge) {
    if (spans.some((s) => s.end <= n.start && n.start - s.end < 150)) push(n.start, n.end, n.value, say(n.value, lang === 'en' ? 'en-pred' : 'bare'));
  }
  // "aged 9 and 13", "aged 9, 11 and 13": a number joined to an age by a conjunction is an age too.
  const isAge = (n: (typeof nums)[number]) => spans.some((s) => s.start <= n.start && n.end <= s.end);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i + 1 < nums.length; i++) {
      const link = joined(i);
      if (!link || (link === 'comma' && !(i + 2 < nums.length && joined(i + 1) === 'conj'))) continue;
      const [a, b] = [nums[i]!, nums[i + 1]!];
      const other = isAge(a) && !isAge(b) ? b : isAge(b) && !isAge(a) ? a : undefined;
      if (!other || other.value < 1 || other.value > 95 || !free(other.start, other.end)) continue;
      const after = text.slice(other.end, other.end + 40);
      if (other === b && !UNIT_AFTER.test(after) && !NO_NOUN_AFTER.test(after) && joined(i + 1) === undefined) continue;
      push(other.start, other.end, other.value, say(other.value, lang === 'en' ? 'en-pred' : 'bare'));
      changed = true;
    }
  }
  return spans;

  /** How number i is joined to number i + 1: by a conjunction ("9 and 13"), a comma, or not at all. */
  function joined(i: number): 'conj' | 'comma' | undefined {
    const gap = text.slice(nums[i]!.end, nums[i + 1]!.start);
    if (!COORD_GAP.test(gap)) return undefined;
    return /\p{L}|&/u.test(gap) ? 'conj' : gap.includes(',') ? 'comma' : undefined;
  }

  /** The first number of a group joined by commas and a conjunction that ends at `n`. */
  function groupHead(n: (typeof nums)[number]) {
    let i = nums.indexOf(n);
    if (i <= 0 || joined(i - 1) !== 'conj') return n;
    while (i > 0 && joined(i - 1) && nums[i - 1]!.value >= 1 && nums[i - 1]!.value <= 95) i--;
    return nums[i]!;
  }
};
