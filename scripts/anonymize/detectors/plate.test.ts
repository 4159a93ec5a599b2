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
