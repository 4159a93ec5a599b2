/**
 * Street addresses: a street word (вул., вулиця in any case, улица/ул., просп., пров., провулок,
 * переулок, бульв., пл./площа, шосе, мікрорайон/мкр, Street/Ave/Rd/Lane) with the street's name,
 * then house and flat numbers, all as one span. "на вулиці" with no name is not an address.
 * Also house/flat numbers on their own: "буд. 5", "кв. 12", "дом 5".
 */
import type { Detector, Span } from '../types.ts';
import { scanTriggered, sticky } from './util.ts';

const CAP = String.raw`(?:\p{Lu}[\p{L}'’ʼ\-]*\.?)`;
const QUOTED = String.raw`(?:[«"„“][^»"“”\n]{1,40}[»"“”])`;
// The name of a street: capitalised words, or "8 Березня"-style, or a quoted name.
const STREET_NAME = String.raw`(?:${QUOTED}|(?:\d{1,3}(?:-?(?:го|й|ї|ої))?\s+)?${CAP}(?:[\s\-]+${CAP}){0,3})`;
const MARKER_UK_RU = String.raw`(?:вул\.|вул(?=\s)|вулиц\p{L}*|ул\.|улиц\p{L}*|просп\.|пр-т\.?|пр-кт\.?|проспект\p{L}*|пров\.|провулк?\p{L}*|переул\p{L}*|пер\.|бульв\.|б-р\.?|бульвар\p{L}*|пл\.|площ\p{L}*|шосе|шоссе|мікрорайон\p{L}*|микрорайон\p{L}*|мкрн?\.?|набережн\p{L}*|узвіз\p{L}*|узвоз\p{L}*|спуск\p{L}*|тупик\p{L}*|проїзд\p{L}*|проезд\p{L}*|алея|алеї|алею|аллея|аллее|vul\.|vulytsi\p{L}*|ulitsa|prospekt|prosp\.|provulok|bulvar|ploshcha)`;
const HOUSE = String.raw`(?:,?\s*(?:буд\.?|будинок|будинку|будинком|д\.|дом|дім|house|No\.?|№)?\s*№?\s*\d{1,4}(?:[\-‑]?[А-ЯІЄЇҐA-Z](?![\p{L}])|[\-‑\s]?[а-яієїґa-z](?![\p{L}]))?(?:\s?[/\-]\s?\d{1,4}(?:[а-яa-z](?![\p{L}]))?)?(?![\p{N}]|\s*(?:рок|рік|роки|років|год|лет|хв|мин|грн|гривень|гривн|доларів|долларов|euro|євро|людей|чоловік|раз|км|хвилин|минут|години|годин|часа|часов|year|hour|minute|dollar|people|times)))`;
const FLAT = String.raw`(?:,?\s*(?:кв\.?|квартира|квартири|квартиру|квартирі|квартире|flat|apt\.?|apartment|ap\.)\s*№?\s*\d{1,4}(?![\p{N}]))`;
const ENTRANCE = String.raw`(?:,?\s*(?:під'їзд|подъезд|під’їзд|entrance|поверх|этаж|floor)\s*№?\s*\d{1,3}(?![\p{N}]))`;

/** Let each alternative of a marker list start with a capital too ("Вул." at a sentence start) without the i flag. */
function capitalisable(alternatives: string): string {
  return alternatives.replace(/(^\(\?:|\|)(\p{Ll})/gu, (_m, pre: string, c: string) => `${pre}[${c}${c.toUpperCase()}]`);
}

const UK_RU = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${capitalisable(MARKER_UK_RU)}\s*${STREET_NAME}|${CAP}(?:\s+${CAP})?\s+(?:вулиц\p{L}*|улиц\p{L}*|проспект\p{L}*|провулк?\p{L}*|переул\p{L}*|бульвар\p{L}*|площ\p{L}*|шосе|шоссе))(?:${HOUSE}(?:${FLAT})?(?:${ENTRANCE})?)?`,
  'gu',
);
const EN_SUFFIX = String.raw`(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Square|Sq\.?|Place|Pl\.?|Way|Court|Ct\.?|Terrace|Embankment|Highway|Hwy\.?)(?![\p{L}])`;
const EN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(?:\d{1,5}[A-Za-z]?,?\s+)?(?:\p{Lu}[\p{L}'’\-]*\s+){1,3}${EN_SUFFIX}|${EN_SUFFIX.replace('(?![\\p{L}])', '')}\s+\p{Lu}[\p{L}'’\-]+)(?:,?\s*\d{1,5}[A-Za-z]?(?![\p{N}]))?(?:,?\s*(?:flat|apt\.?|apartment|unit)\s*#?\s*\d{1,4})?`,
  'gu',
);
// House/flat numbers without a street word still point to a door.
const BARE = /(?<![\p{L}\p{N}_])(?:буд\.|будинок\s*№|будинку\s*№|дом\s*№?|д\.|кв\.|квартир[аіиуе]\s*№|flat\s*(?:№|#|no\.?)?|apt\.?)\s*\d{1,4}(?:\s?[а-яієїa-z](?![\p{L}]))?(?:\s?\/\s?\d{1,4})?(?:,?\s*(?:кв\.?|квартира|flat|apt\.?)\s*№?\s*\d{1,4})?(?![\p{N}])/giu;

const UK_RU_Y = sticky(UK_RU);
const UK_RU_TRIGGER = /вул|ул\.|улиц|просп|пр-|пров|переул|пер\.|бульв|б-р|пл\.|площ|шос|мікрорайон|микрорайон|мкр|набережн|узвіз|узвоз|спуск|тупик|проїзд|проезд|але|vul|ulitsa|prosp|provulok|bulvar|ploshcha/giu;
const EN_Y = sticky(EN);
const EN_TRIGGER = /Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Square|Sq|Place|Pl|Way|Court|Ct|Terrace|Embankment|Highway|Hwy/g;
const EN_FALSE = /^(?:The|A|An|In|On|At|My|Our|His|Her|Their|I|We|She|He|They|It|Then|When|And|But)\s/;

export const detectAddresses: Detector = (text) => {
  const spans: Span[] = [];
  const add = (start: number, end: number, confidence: number) => {
    const value = text.slice(start, end).replace(/[\s,]+$/, '');
    spans.push({ kind: 'address', start, end: start + value.length, entity: value.toLowerCase(), confidence });
  };
  // Up to two capitalised words may come before the street word ("Шевченка вулиця").
  scanTriggered(text, UK_RU_Y, UK_RU_TRIGGER, 80, 'word', (m) => add(m.index, m.index + m[0].length, 1));
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
    if (/^\p{Lu}[\p{L}]*\s+(?:St|Dr|Pl|Ct)\.?$/u.test(value) && !/\d/.test(value)) return; // "Mary St" alone is too weak… unless numbered
    add(start, start + value.length, 0.9);
  });
  BARE.lastIndex = 0;
  for (let m = BARE.exec(text); m; m = BARE.exec(text)) add(m.index, m.index + m[0].length, 0.9);
  return spans;
};
