import { describe, expect, it } from 'vitest';
import { detectPlates } from './plate.ts';
import { found } from './test-helpers.ts';

describe('detectPlates', () => {
  it.each([
    ['Машина АА 0000 ХХ стояла', 'АА 0000 ХХ'],
    ['номер AA0000BB', 'AA0000BB'],
    ['КА 0001 ХК', 'КА 0001 ХК'],
    ['ка-0001-хк біля', 'ка-0001-хк'],
    ['номер машины был 00-00 КІА, и', '00-00 КІА'],
    ['licence plate 0000 XYZ then', '0000 XYZ'],
    ['the digits in two pairs: KA 77-12 HH, no car word', 'KA 77-12 HH'],
    ['Номер машини АА 12 34 ВВ', 'АА 12 34 ВВ'],
    ['the plate was AA-1234-BB or another one', 'AA-1234-BB'],
    ['digits spaced out: ВА 0 2 1 9 АМ', 'ВА 0 2 1 9 АМ'],
    ['grouped three and one: ВА 3 002 ВВ', 'ВА 3 002 ВВ'],
    ['a plate seen in part: BA 44** KM', 'BA 44** KM'],
    ['Машина біла, номер ВА 5520… далі не видно', 'ВА 5520'],
    ['Номер авто клієнта ВА 6060 ОО. Слідчий', 'ВА 6060 ОО'],
  ])('finds %s', (text, expected) => expect(found(detectPlates, text)).toEqual([expected]));
  it.each(['проїхали на 1000 км далі', 'номерний знак був брудний', 'у 2019 році', '500 гривень', 'код ab 12 34 cd у листі', 'рахунок АБ 1 2 у 3 4 кв.', 'We paid UA 1234 in 2020.'])('leaves %s', (text) =>
    expect(found(detectPlates, text)).toEqual([]),
  );
});

describe('plates seen in part, dictated, OCR-read, or said again', () => {
  it.each([
    ['на «Ланосі» з номером, що починається на ВА 33, інших цифр не бачила', 'ВА 33'],
    ['серая Нива, номер на ВА 50.. | приходит', 'ВА 50'],
    ['патруль, номер начинается с ВА 72. Старший', 'ВА 72'],
    ['ЗАМАЛЬОВАНО, АЛЕ ВИДНО: «ВА 44…»', 'ВА 44'],
    ['a photo (BA 55…) of the motel', 'BA 55'],
    ['номер на фото: BA 2O25 EO, розпізнано', 'BA 2O25 EO'],
  ])('finds %s', (text, expected) => expect(found(detectPlates, text)).toEqual([expected]));
  it('reads a plate dictated in letter names and number words, and the same letters again', () => {
    const text = "посадив у машину номер я запам'ятала ве а сім два нуль п'ять ес і ось так якщо телефон не зрозумів то ве а сім два нуль п'ять це точно";
    expect(found(detectPlates, text)).toEqual(["ве а сім два нуль п'ять ес і", "ве а сім два нуль п'ять"]);
  });
  it("takes a plate's four digits said again alone, not a sum or a phone", () => {
    const text = 'під\'їхав бус, ВА 8012 АО, з нього двоє. сказав номер той самий, на 8012. Заплатила 8012 грн, тел. 067 8012 333.';
    expect(found(detectPlates, text)).toEqual(['ВА 8012 АО', '8012']);
  });
  it.each([
    'Номер кімнати 306, машина приїхала о 21:30.',
    'у машині було ВА 12 людей',
    "я а сім два нуль п'ять разів казала",
    'ВА 33 without anything around it',
    'Room 8012 was booked, the car left.',
  ])('leaves %s', (text) => expect(found(detectPlates, text)).toEqual([]));
});

describe('a British plate', () => {
  it('two letters, two digits, a space, three letters', () => {
    expect(found(detectPlates, 'a grey Audi, WP23 KXR, parked; then EX19 OPD again', 'en')).toEqual(['WP23 KXR', 'EX19 OPD']);
    expect(found(detectPlates, 'room AB12, flight FR1234, code WP23KXR', 'en')).toEqual([]);
  });
});

describe('a plate with its letters written and its digits said', () => {
  it('in words, with or without commas', () => {
    expect(found(detectPlates, 'машина в них сіра, ВА сорок два сорок два ЕІ, я запам’ятала', 'uk')).toEqual(['ВА сорок два сорок два ЕІ']);
    expect(found(detectPlates, 'номер ВА, двадцать два, ноль семь, ЕІ, белая', 'ru')).toEqual(['ВА, двадцать два, ноль семь, ЕІ']);
  });
  it('not two pairs of capitals with other numbers between', () => {
    expect(found(detectPlates, 'Прийшли ВА і ОО, два сорок два і ЕІ ще. ТО два рази, СТ', 'uk')).toEqual([]);
  });
});
