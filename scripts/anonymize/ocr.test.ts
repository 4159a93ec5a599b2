import { describe, expect, it } from 'vitest';
import { readAsTyped } from './ocr.ts';
import { anonymizeText } from './pipeline.ts';

describe('readAsTyped: OCR look-alikes read back, one character for one', () => {
  it.each([
    ['КУЛИК0ВОЙ ЕЛЕНE ВИКТOPOBHE', 'КУЛИКОВОЙ ЕЛЕНЕ ВИКТОРОВНЕ'],
    ['ул. М0лодежная, д. l4', 'ул. Молодежная, д. 14'],
    ['тел. +38O522 34-17-9O, (О5255) 2-З1-44, O96 7l5 O3 2l', 'тел. +380522 34-17-90, (05255) 2-31-44, 096 715 03 21'],
    ['Пр0ценк0 и Б0гаевский', 'Проценко и Богаевский'],
  ])('%s', (ocr, typed) => {
    expect(readAsTyped(ocr)).toBe(typed);
    expect(readAsTyped(ocr).length).toBe(ocr.length);
  });
  it('leaves words and numbers that mix nothing, and mixes that are meant', () => {
    const text = '15го, 10го, 4G, 3D, MP3, COVID-19, B2B, Heroiv Kruт, iPhone13, O2 bill, Оксана 067 123 45 67';
    expect(readAsTyped(text)).toBe(text);
  });
  it('lets the detectors find what OCR garbled, and rewrites the original text', () => {
    const r = anonymizeText('Гражданка КУЛИК0ВОЙ ЕЛЕНE ВИКТOPOBHE, ул. М0лодежная, д. l4, тел. +38O522 34-17-9O. Подписал Пр0ценк0.', { lang: 'ru' });
    for (const leak of ['КУЛИК0ВОЙ', 'ЕЛЕНE', 'М0лодежная', '34-17-9O', 'Пр0ценк0']) expect(r.text).not.toContain(leak);
    expect(r.findings.find((f) => f.kind === 'phone')!.text).toBe('+38O522 34-17-9O');
    expect(r.text).toMatch(/^Гражданка /);
  });
});
