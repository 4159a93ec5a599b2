import { describe, expect, it } from 'vitest';
import { detectPhones } from './phone.ts';
import { found } from './test-helpers.ts';

describe('detectPhones', () => {
  it.each([
    ['Дзвонив з +380 67 000 12 34 вночі', '+380 67 000 12 34'],
    ['номер 067-000-12-34, пиши', '067-000-12-34'],
    ['(050) 000 12 34 — його', '(050) 000 12 34'],
    ['запиши 0500001234.', '0500001234'],
    ['38 067 0001234 это он', '38 067 0001234'],
    ['067.000.12.34', '067.000.12.34'],
    ['call +48 500 000 000 today', '+48 500 000 000'],
    ['or +1 202 555 0100.', '+1 202 555 0100'],
  ])('finds %s', (text, expected) => {
    expect(found(detectPhones, text)).toEqual([expected]);
  });

  it('finds two numbers written next to each other separately', () => {
    expect(found(detectPhones, '0670001111 0500002222')).toEqual(['0670001111', '0500002222']);
  });

  it('leaves the hotline numbers from site data', () => {
    expect(found(detectPhones, 'Гаряча лінія: +38 (050) 450 777 4 і +38 (067) 450 777 4.')).toEqual([]);
  });

  it.each(['у 2019 році', '500 гривень', '2 години', '14.03.2019', '1 000 000 грн', 'о 14:30', 'роки 2019-2020'])(
    'does not report %s',
    (text) => expect(found(detectPhones, text)).toEqual([]),
  );

  it('gives the E.164 form as entity', () => {
    expect(detectPhones('067 000 12 34', { allow: { phones: [], phrases: [] } } as never)[0]?.entity).toBe('+380670001234');
  });
  it('finds numbers dictated in words', () => {
    expect(found(detectPhones, 'запиши: нуль дев’яносто три, сто сорок, вісімдесят вісім, нуль два')).toEqual(['нуль дев’яносто три, сто сорок, вісімдесят вісім, нуль два']);
    expect(found(detectPhones, 'звони: ноль шестьдесят шесть, двести двенадцать, тридцать, сорок один', 'ru')).toEqual(['ноль шестьдесят шесть, двести двенадцать, тридцать, сорок один']);
    expect(found(detectPhones, 'call oh-nine-seven, four-four-one, twenty, sixty-six', 'en')).toEqual(['oh-nine-seven, four-four-one, twenty, sixty-six']);
    expect(found(detectPhones, 'нуль три, два, сорок — рахунок гри')).toEqual([]);
  });
});

describe('loosely spaced phones', () => {
  it('every digit apart, groups joined by spaced dashes', () => {
    expect(found(detectPhones, 'Пишіть: 0 9 5 – 3 0 8 – 1 7 – 2 2, після обіду.')).toEqual(['0 9 5 – 3 0 8 – 1 7 – 2 2']);
    expect(found(detectPhones, 'номер 063 - 418 - 90 - 27 не відповідає')).toEqual(['063 - 418 - 90 - 27']);
    expect(found(detectPhones, 'Кімнати 2 3 4 5 6 7 8 9 10 були зачинені.')).toEqual([]);
  });
});

describe('a date with the hour after it is no phone number', () => {
  it('leaves "[08.11.2025 23:12]" and "09.02.2026 13:02" to the date detector', () => {
    expect(found(detectPhones, '[08.11.2025 23:12] Оля: привет. Лист від 09.02.2026 13:02.', 'ru')).toEqual([]);
    expect(found(detectPhones, 'Тел. 067.123.45.67, (050) 123 45 67', 'uk')).toEqual(['067.123.45.67', '(050) 123 45 67']);
  });
});

describe('a number broken across two lines', () => {
  it('both halves of a Ukrainian number, one in each quoted chat line', () => {
    expect(found(detectPhones, '> **Ангеліна:** з іншого номера. 066 1\n> 18 73 05 — отак приходить', 'uk')).toEqual(['066 1', '18 73 05']);
    expect(found(detectPhones, 'тел. 067 219\n44 06 (Оля)', 'uk')).toEqual(['067 219', '44 06']);
  });
  it('numbers that only stand on neighbouring lines stay', () => {
    expect(found(detectPhones, 'Рахунок 050\n12 яблук', 'uk')).toEqual([]);
    expect(found(detectPhones, '| 2023 | 045 |\n| 12 | 3 |', 'uk')).toEqual([]);
  });
});

describe('a landline without its code', () => {
  it('after a phone word, in a list of names and numbers, or as the tail of a full number said here', () => {
    expect(found(detectPhones, 'Валя — 2-14-07 (стар.)\nПетро газ — 067 412 09 83', 'uk')).toEqual(['067 412 09 83', '2-14-07']);
    expect(found(detectPhones, 'тел. (0522) 27-44-10. Его номер в клинике 27-44-10, звонить после 9.', 'ru')).toEqual(['(0522) 27-44-10', '27-44-10']);
  });
  it('not an account number, a date or pages', () => {
    expect(found(detectPhones, 'Счёт 3-15-20 от 12-10-25, сторінки 1-15-30.', 'ru')).toEqual([]);
  });
});

describe('a phone written digit by digit with a digit too many or too few', () => {
  it('the leftover digit goes with the number; a short one goes when a phone word says it is one', () => {
    expect(found(detectPhones, 'написав з нового номера 0 9 3 4 7 1 2 0 5 8 6. ну шо', 'uk')).toEqual(['0 9 3 4 7 1 2 0 5 8 6']);
    expect(found(detectPhones, 'з нового номера 0 9 3 4 7 1 2 0 5, ну', 'uk')).toEqual(['0 9 3 4 7 1 2 0 5']);
    expect(found(detectPhones, 'called me from 0 7 7 0 0 9 0 0 1 2', 'en')).toEqual(['0 7 7 0 0 9 0 0 1 2']);
  });
  it('a grouped number keeps its neighbours; digits with no phone word stay', () => {
    expect(found(detectPhones, 'Дзвоніть 067 123 45 67 2 рази', 'uk')).toEqual(['067 123 45 67']);
    expect(found(detectPhones, 'Рахунок: 0 9 3 4 7 1 2 0 5 — оплачено', 'uk')).toEqual([]);
  });
});

describe('a phone with its code said in words and the rest in digits', () => {
  it('is one number', () => {
    expect(found(detectPhones, 'его номер ноль шестьдесят три, 208 11 40, звони', 'ru')).toEqual(['ноль шестьдесят три, 208 11 40']);
  });
  it('a time said in words is not', () => {
    expect(found(detectPhones, 'в ноль часов 5 минут, в ноль шесть, 12 человек', 'ru')).toEqual([]);
  });
});

describe('a town landline without its code, said to be one after it or written after a name and a colon', () => {
  it('"2-31-57 (домашній)", "тітка Ганна: 2-31-57"; not a label that is an ordinary word', () => {
    expect(found(detectPhones, '| мама, тітка Люда: 2-31-57 (домашній) | — |', 'uk')).toEqual(['2-31-57']);
    expect(found(detectPhones, 'Бабуся 27-44-10 (дом.), а внук ні.', 'uk')).toEqual(['27-44-10']);
    expect(found(detectPhones, 'Сусідка Оксана: 2-31-57, дзвонити ввечері.', 'uk')).toEqual(['2-31-57']);
    expect(found(detectPhones, 'Рахунок: 12-05-26 сплачено.', 'uk')).toEqual([]);
  });
});
