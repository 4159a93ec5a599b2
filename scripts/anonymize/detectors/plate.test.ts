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
  ])('finds %s', (text, expected) => expect(found(detectPlates, text)).toEqual([expected]));
  it.each(['проїхали на 1000 км далі', 'номерний знак був брудний', 'у 2019 році', '500 гривень', 'код ab 12 34 cd у листі'])('leaves %s', (text) =>
    expect(found(detectPlates, text)).toEqual([]),
  );
});
