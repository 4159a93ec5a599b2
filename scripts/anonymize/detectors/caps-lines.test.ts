import { describe, expect, it } from 'vitest';
import { detectNamesInCapitals, titleCaseCapsLines } from './caps-lines.ts';
import { found } from './test-helpers.ts';
import { anonymizeText } from '../pipeline.ts';

describe('names in lines written all in capitals', () => {
  it('are found by the name detector reading the line in title case, and replaced in capitals', () => {
    expect(found(detectNamesInCapitals, '«МЕНТ КОЗАК = ЗЛОДІЙ. ВІН ЗНАЄ ЗА ЩО»', 'uk')).toEqual(['КОЗАК']);
    expect(found(detectNamesInCapitals, 'ХТО ТАКИЙ КАПІТАН ЛИТВИН? — СПИТАЙТЕ В ОКСАНИ.', 'uk')).toEqual(['ЛИТВИН', 'ОКСАНИ']);
    expect(found(detectNamesInCapitals, 'WE KNOW WHO YOU ARE. IRA — STAY OUT.', 'en')).toEqual(['IRA']);
    const out = anonymizeText('HAPPY BIRTHDAY, TANIA! LOVE FROM THE GIRLS', { lang: 'en' }).text;
    expect(out).not.toContain('TANIA');
    expect(out).toMatch(/^HAPPY BIRTHDAY, [A-Z]+! LOVE FROM THE GIRLS$/);
  });
  it('abbreviations are neither names nor their neighbours; mixed-case lines are left to the name detector', () => {
    expect(found(detectNamesInCapitals, 'ИНН: 1234\nПАСПОРТ ИНН КОПИЯ\nДБР, ЗСУ І СБУ НЕ ДОПОМОГЛИ', 'ru')).toEqual([]);
    expect(found(detectNamesInCapitals, 'Мент Козак прийшов.', 'uk')).toEqual([]);
    // (an ordinary word is a name here only beside another name or after a rank)
    expect(found(detectNamesInCapitals, 'ЗБИРАЄМО НА ПОХОРОН\nПРОТОКОЛ ИЗЪЯТИЯ ВЕЩЕЙ И ДОКУМЕНТОВ', 'uk')).toEqual([]);
  });
  it('keeps every offset: the title-cased text has the length of the original', () => {
    const text = 'one\nМЕНТ КОЗАК = ЗЛОДІЙ\nIBAN UA21 and more';
    const t = titleCaseCapsLines(text)!;
    expect(t.text).toBe('one\nМент Козак = Злодій\nIBAN UA21 and more');
    expect(t.lines).toEqual([[4, 23]]);
    expect(titleCaseCapsLines('no capitals here')).toBeUndefined();
  });
});

describe("a speaker's label in capitals at a line start", () => {
  it('is read in title case too; a role label is not a name', () => {
    expect(found(detectNamesInCapitals, 'JUDGE: Go on.\n**MARTA:** He took my phone.', 'en')).toEqual(['MARTA']);
    expect(found(detectNamesInCapitals, 'ВЕДУЩИЙ: Спасибо.\nСУДЬЯ: Продолжайте.', 'ru')).toEqual([]);
  });
});

describe('a rank and a surname in capitals inside a line in lower case', () => {
  it('are read in title case, even when the surname is an ordinary word the text also writes in lower case', () => {
    const zine = 'хто такий КАПІТАН ЛИТВИН? — спитайте в усіх.\nлитвин більше не дзвонить.\nномер змінила, новий не пишу.\nа ти як там, тримаєшся?';
    expect(found(detectNamesInCapitals, zine, 'uk')).toEqual(['ЛИТВИН']);
    const out = anonymizeText(zine, { lang: 'uk' }).text;
    expect(out).not.toMatch(/литвин/i);
    expect(out).toMatch(/^хто такий КАПІТАН [А-ЯІЇЄҐ]+\? — спитайте в усіх\.\n[а-яіїєґ'ʼ]+ більше не дзвонить\.\n/);
    // (capitals without a rank before them stay the name detector's)
    expect(found(detectNamesInCapitals, 'Ми бачили МАЙОР ПОЛІЦІЇ на ринку.', 'uk')).toEqual([]);
  });
});

describe('a name in capitals inside a line that is not', () => {
  it('two or three words in capitals, or a surname in capitals beside a first name, are read in title case', () => {
    expect(found(detectNamesInCapitals, 'Замовник: ОСТАПЧУК ЛІЛІЯ АНАТОЛІЇВНА', 'uk')).toEqual(['ОСТАПЧУК', 'ЛІЛІЯ', 'АНАТОЛІЇВНА']);
    expect(found(detectNamesInCapitals, '- СИТНИК РОМАН ИГОРЕВИЧ — капитан.', 'ru')).toEqual(['СИТНИК', 'РОМАН', 'ИГОРЕВИЧ']);
    const out = anonymizeText('Пассажир: КОРЕНЬ НАДЕЖДА ОЛЕГОВНА · документ', { lang: 'ru' }).text;
    expect(out).not.toMatch(/КОРЕНЬ|НАДЕЖДА|ОЛЕГОВНА/);
    expect(out).toMatch(/^Пассажир: [А-ЯЁ]+ [А-ЯЁ]+ [А-ЯЁ]+ · документ$/);
  });
  it('capitals that are no name stay: a warning, abbreviations', () => {
    expect(found(detectNamesInCapitals, 'Увага: НЕ ЧІПАТИ ці коробки, ДБР СБУ.', 'uk')).toEqual([]);
    expect(found(detectNamesInCapitals, 'Please READ THIS before the NHS visit.', 'en')).toEqual([]);
  });
});

describe('two names in capitals joined by "&" or "і"', () => {
  it('confirm each other, a name that is also a word too ("ХРИСТИНИ" is also a christening)', () => {
    expect(found(detectNamesInCapitals, '**ВЕСІЛЛЯ ХРИСТИНИ & БОГДАНА — 26.09.2026**', 'uk')).toEqual(['ХРИСТИНИ', 'БОГДАНА']);
    expect(found(detectNamesInCapitals, 'ЗБИРАЄМО НА ПОХОРОН І ПОМИНКИ', 'uk')).toEqual([]);
  });
});
