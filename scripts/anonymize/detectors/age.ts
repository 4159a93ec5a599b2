/**
 * Exact ages become a decade: "мені було 23 роки" → "мені було за двадцять", "23-річна" →
 * "20–29-річна", "в 23 года" → "в возрасте за двадцать", "a 23-year-old" → "a twenty-something",
 * "I was 23" → "I was twenty-something". Only numbers said to be an age are touched: not money,
 * hours or counts of people.
 */
import type { Lang } from '../../../src/data/site.ts';
import type { Detector, Span } from '../types.ts';

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
  { re: new RegExp(String.raw`(?<![\p{L}])(?!(?:It|This|That|There|Here|What|Which|Rent|Bail|Price|Fine|Room|Time|Number)\s)\p{Lu}\p{Ll}+(?:'s)?\s+(?:was|is|turned|had\s+just\s+turned|was\s+only|was\s+just|is\s+only)\s+${N}${EN_NOT_AGE}(?=\s*(?:[.,;!?)—–]|$|when|and|at\s+the\s+time|then|by\s+then|years?\s+old))`, 'gmu'), form: 'en-pred' },
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

export const detectAges: Detector = (text, ctx) => {
  const spans: Span[] = [];
  if (!/\d/.test(text)) return spans;
  const seen = new Set<number>(); // one span per number: the first pattern that reads it as an age wins
  for (const { re, form } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const age = Number(m[1]);
      if (age < 10 || age > 95) continue;
      if (form === 'en-aged' && /^at\s/i.test(m[0]) && age < 13) continue; // "at 11, we left" is a time
      const numAt = m.index + m[0].search(/\d/);
      if (seen.has(numAt)) continue;
      seen.add(numAt);
      let start = numAt;
      let end = m.index + m[0].length;
      let replacement: string;
      if (form === 'at') {
        // Replace "у 23 роки" as a whole: "у віці за двадцять".
        start = m.index;
        replacement = agePhrase(age, ctx.lang === 'en' ? 'uk' : ctx.lang, 'at');
        if (/^\p{Lu}/u.test(m[0])) replacement = replacement[0]!.toUpperCase() + replacement.slice(1);
      } else if (form === 'adj') {
        replacement = agePhrase(age, ctx.lang === 'en' ? 'uk' : ctx.lang, 'adj', m[2]!);
      } else if (form === 'en-adj') {
        replacement = agePhrase(age, 'en', 'en-adj');
      } else if (form === 'en-aged' || form === 'en-pred') {
        replacement = agePhrase(age, 'en', form);
      } else {
        replacement = agePhrase(age, ctx.lang, 'bare');
      }
      spans.push({ kind: 'age', start, end, replacement, entity: String(age), confidence: 1 });
    }
  }
  return spans;
};
