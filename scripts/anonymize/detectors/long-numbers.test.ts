import { describe, expect, it } from 'vitest';
import { anonymizeText } from '../pipeline.ts';
import { detectLongNumbers } from './long-numbers.ts';
import { found } from './test-helpers.ts';

describe('the number net', () => {
  it.each([
    ['en', 'the video from the cash desk camera: 0028144.', '0028144'],
    ['uk', 'індекс 25006, а протокол 7712430', '25006'],
    ['uk', 'номер справи 006 631 928 у суді', '006 631 928'],
  ] as const)('%s: a long number is an identifier: %s', (lang, text, first) => expect(found(detectLongNumbers, text, lang)[0]).toBe(first));

  it.each([
    ['uk', 'Він забрав 11000 грн і ще 10 000 гривень.'],
    ['en', 'She paid UAH 41,500 and then 50000 hryvnias.'],
    ['ru', 'С 2019-2021 годов, в 19:15, автобус 1234.'],
  ] as const)('%s: money, years, times and short numbers stay: %s', (lang, text) => expect(found(detectLongNumbers, text, lang)).toEqual([]));

  it('keeps the hotline number however it is grouped', () => {
    const r = anonymizeText('Дзвоніть на гарячу лінію: +38 (067) 450 777 4.', { lang: 'uk' });
    expect(r.text).toContain('450 777 4');
  });
});
