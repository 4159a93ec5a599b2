import { describe, expect, it } from 'vitest';
import { detectDocuments, ibanValid, rnokppValid } from './documents.ts';
import { found } from './test-helpers.ts';
import { anonymizeText } from '../pipeline.ts';
import type { Kind } from '../types.ts';
import { ctxFor } from './test-helpers.ts';

const kinds = (text: string) => detectDocuments(text, ctxFor('uk')).map((s) => [s.kind, text.slice(s.start, s.end)] as [Kind, string]);

describe('detectDocuments', () => {
  it('finds passports with and without series word or №', () => {
    expect(kinds('паспорт АВ 000123, серія КМ № 000456')).toEqual([['passport', 'АВ 000123'], ['passport', 'КМ № 000456']]);
    expect(kinds('passport AB 000789')).toEqual([['passport', 'AB 000789']]);
  });
  it('finds an old passport with its digits grouped or its series in lower case, beside a document word', () => {
    expect(kinds('паспорт ЕН 220 417 | місто')).toEqual([['passport', 'ЕН 220 417']]);
    expect(kinds('паспорт старий, книжечка, ео 518 774, податковий')).toEqual([['passport', 'ео 518 774']]);
    expect(kinds('passport FK 2218 093 if you need it')).toEqual([['passport', 'FK 2218 093']]);
    expect(kinds('документ: заплатила за 150 000 грн, код ЕН 220 417')).toEqual([['passport', 'ЕН 220 417']]);
    expect(kinds('рейс ЕН 220 417 о восьмій')).toEqual([]);
  });
  it('finds a British NI number by its shape and an Irish PPS number beside its name', () => {
    expect(found(detectDocuments, 'her NI number (QQ 52 18 93 C) is on the form; PPS number: 8830417WA', 'en')).toEqual(['QQ 52 18 93 C', '8830417WA']);
    expect(found(detectDocuments, 'order 1234567AB shipped, code AB123456C', 'en')).toEqual([]);
  });
  it('needs a document word for a 9-digit ID card', () => {
    expect(kinds('ID-картка 000111222')).toEqual([['passport', '000111222']]);
    expect(kinds('заплатила 000111222 копійок')).toEqual([]);
  });
  it('finds tax numbers by context', () => {
    expect(kinds('РНОКПП 1000000001')).toEqual([['tax-number', '1000000001']]);
    expect(kinds('ИНН: 2000000002')).toEqual([['tax-number', '2000000002']]);
  });
  it('checks the RNOKPP checksum', () => {
    const valid = Array.from({ length: 200 }, (_, i) => String(1000000000 + i)).filter(rnokppValid);
    expect(valid.length).toBeGreaterThan(5);
    expect(valid.length).toBeLessThan(40);
  });
  it('finds Luhn-valid cards and IBANs', () => {
    expect(kinds('картка 4111 1111 1111 1111')).toEqual([['card', '4111 1111 1111 1111']]);
    expect(kinds('і 4111-1111-1111-1112 не Luhn')).toEqual([]);
    expect(ibanValid('UA213223130000026007233566001')).toBe(true);
    expect(ibanValid('UA213223130000026007233566002')).toBe(false);
    expect(kinds('IBAN UA21 3223 1300 0002 6007 2335 6600 1')).toEqual([['iban', 'UA21 3223 1300 0002 6007 2335 6600 1']]);
  });
  it('finds badge numbers after any form of the badge words', () => {
    expect(found(detectDocuments, 'жетон № 0001234, номер жетона 0005678')).toEqual(['0001234', '0005678']);
    expect(found(detectDocuments, 'с жетоном 0009999', 'ru')).toEqual(['0009999']);
    expect(found(detectDocuments, 'his badge number 00042', 'en')).toEqual(['00042']);
    expect(found(detectDocuments, 'PC Hurst (collar number 4471) and PC Keel, collar no. 6312.', 'en')).toEqual(['4471', '6312']);
    expect(found(detectDocuments, 'службове посвідчення ХАР 000111')).toEqual(['ХАР 000111']);
  });
  it('finds badge numbers behind punctuation and short words', () => {
    expect(found(detectDocuments, 'Я запам’ятала номер жетона — 4471.')).toEqual(['4471']);
    expect(found(detectDocuments, 'номер его жетона: №0032', 'ru')).toEqual(['0032']);
    expect(found(detectDocuments, 'Жетон — номер 88120, я записала', 'ru')).toEqual(['88120']);
    expect(found(detectDocuments, 'I wrote down his badge number, 0077412, on my hand.', 'en')).toEqual(['0077412']);
    expect(found(detectDocuments, 'The shield read 5120.', 'en')).toEqual(['5120']);
    expect(found(detectDocuments, 'service no. 44-10-2', 'en')).toEqual(['44-10-2']);
    expect(found(detectDocuments, 'він показав значок з номером 3310')).toEqual(['3310']);
    expect(found(detectDocuments, 'удостоверение № 00731', 'ru')).toEqual(['00731']);
  });
  it.each(['посвідчення на 5 років', 'жетон коштував 300 грн', 'badge, 12%'])('leaves %s', (text) => {
    expect(found(detectDocuments, text)).toEqual([]);
  });
  it.each(['500 гривень', '2 години', 'у 2019 році', '14.03.2019', 'жетон був блискучий'])('leaves %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
  it('finds a 5–8 digit number a sentence after a badge word, and not money or years', () => {
    expect(found(detectDocuments, 'На жетоні, коли він нахилився, я розгледіла цифри 5530912.')).toEqual(['5530912']);
    expect(found(detectDocuments, 'He flashed a badge. I memorised the digits: 3318270.', 'en')).toEqual(['3318270']);
    expect(found(detectDocuments, 'Удостоверение он не показал, а взял 15000 грн и уехал в 2023 году.', 'ru')).toEqual([]);
  });
  it('finds a driver licence number of three Cyrillic letters and six digits', () => {
    expect(found(detectDocuments, 'посвідчення водія КХМ 613207 він забрав')).toEqual(['КХМ 613207']);
  });
});

describe('detectDocuments: certificates, military IDs, foreign passports', () => {
  it.each([
    ['uk', 'У мене забрали свідоцтво про народження сина, серія І-КЕ № 704219.', 'І-КЕ № 704219'],
    ['ru', 'Свидетельство о рождении II-БК 318806 лежало в сумке.', 'II-БК 318806'],
    ['uk', 'Показав військовий квиток АБ 927461 і пішов.', 'АБ 927461'],
    ['en', 'His military ID, AK 552901, was in the glove box.', 'AK 552901'],
    ['uk', 'Довідка ВПО № 6512-7003918224 видана у 2022 році.', '6512-7003918224'],
    ['ru', 'Справка о регистрации №44/1297 осталась у хозяйки.', '44/1297'],
    ['en', 'My passport, FB904211, stayed with the landlord.', 'FB904211'],
    ['en', 'FB904211 is the number of my foreign passport.', 'FB904211'],
  ] as const)('%s: finds %s', (lang, text, expected) => {
    expect(found(detectDocuments, text, lang)).toContain(expected);
  });
  it.each([
    ['en', 'The code FB904211 on the box was smudged.'],
    ['uk', "Довідку видали 12 травня, номер не пам'ятаю, 2021 року."],
  ] as const)('%s: nothing in %s', (lang, text) => expect(found(detectDocuments, text, lang)).toEqual([]));
});

describe('Latin series with No. and three-letter licences', () => {
  it('two letters + No. + six digits, three letters + six digits near a document word', () => {
    expect(found(detectDocuments, 'Her passport, series KP No. 731502, was kept by them.')).toEqual(['KP No. 731502']);
    expect(found(detectDocuments, 'His driving licence BXT 318640 was on the table.')).toEqual(['BXT 318640']);
    expect(found(detectDocuments, 'Order ABC 123456 shipped on Monday.')).toEqual([]);
  });
});

describe('badge numbers in groups and in part', () => {
  it.each([
    ['uk', 'Жетон сержанта вона бачила: 0 117 625. Можливо, цифри переплутані.', '0 117 625'],
    ['ru', 'Номер жетона Гусейнова вы указали как 0367 215; совпадает.', '0367 215'],
    ['uk', 'номер нагрудного знака починається на «0391», далі не запам’ятала', '0391'],
    ['en', 'he had a badge starting 082.', '082'],
    ['uk', 'у першого жетон був, а в другого тільки перші цифри запам’ятала 0227…', '0227'],
  ])('%s: %s', (lang, text, expected) => expect(found(detectDocuments, text, lang as never)).toContain(expected));
  it('a short number after a badge word without a word saying it is partial is not a badge', () => {
    expect(found(detectDocuments, 'Жетон він показав секунд на 5, о 23 годині.', 'uk')).toEqual([]);
  });
});

describe('a badge with its digits elided or read out in words', () => {
  it.each([
    ['uk', 'другий молодий, жетон щось на …3318', ['3318']],
    ['ru', 'жетон 0301… не разглядела', ['0301']],
    ['en', 'Mentions badge "0171"... from memory.', ['0171']],
    ['uk', "його жетон я бачила коли він виходив там ноль ноль п'ять і далі шістнадцять сорок вісім", ["ноль ноль п'ять", 'шістнадцять сорок вісім']],
  ])('%s: %s', (lang, text, expected) => expect(found(detectDocuments, text, lang as never)).toEqual(expected));
  it('two digits with no badge word, or a year, stay', () => {
    expect(found(detectDocuments, 'чекали …25 хвилин, у 2019… році', 'uk')).toEqual([]);
  });
});

describe("another country's IBAN", () => {
  it('is found whole when its checksum holds', () => {
    expect(found(detectDocuments, 'transfer to DE65 3704 0044 8216 6197 94 please', 'en')).toContain('DE65 3704 0044 8216 6197 94');
    expect(found(detectDocuments, 'GB82 WEST 1234 5698 7654 32', 'en')).toContain('GB82 WEST 1234 5698 7654 32');
  });
  it('a code of the same shape with a wrong checksum is not', () => {
    expect(found(detectDocuments, 'code AB12 CD34 EF56 GH78', 'en')).toEqual([]);
  });
});

describe('a birth certificate in a translation', () => {
  it('keeps its Roman numeral and Latin letters together: "I-OL 528044"', () => {
    expect(found(detectDocuments, "Son's birth certificate I-OL 528044 — original with his grandmother", 'en')).toContain('I-OL 528044');
    expect(anonymizeText("Son's birth certificate I-OL 528044 — original with his grandmother", { lang: 'en' }).text).not.toMatch(/I-|528044/);
  });
});

describe('a card read out in words', () => {
  it('digit by digit or in groups, with a valid checksum or after a card word', () => {
    expect(found(detectDocuments, "А карта от: п'ять три сім п'ять, три один один три, вісім сім дев'ять вісім, один один три чотири. Записав?", 'uk')).toEqual(["п'ять три сім п'ять, три один один три, вісім сім дев'ять вісім, один один три чотири"]);
    expect(found(detectDocuments, 'my card is four five three two, one one two two, three three four four, five five six six ok', 'en')).toEqual(['four five three two, one one two two, three three four four, five five six six']);
  });
  it('not a count, nor a few numbers said in a row', () => {
    expect(found(detectDocuments, "Рахували: один, два, три, чотири, п'ять, шість, сім, вісім, дев'ять, десять, одинадцять, дванадцять, тринадцять.", 'uk')).toEqual([]);
    expect(found(detectDocuments, 'Заплатила двісті, потім сто п’ятдесят, потім ще сорок.', 'uk')).toEqual([]);
  });
});
