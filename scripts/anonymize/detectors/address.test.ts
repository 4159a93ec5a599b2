import { describe, expect, it } from 'vitest';
import { detectAddresses } from './address.ts';
import { found } from './test-helpers.ts';

describe('detectAddresses', () => {
  it.each([
    ['uk', 'Жила на вул. Вигаданій, 15, кв. 4 тоді.', 'вул. Вигаданій, 15, кв. 4'],
    ['uk', 'на вулиці Неіснуючій 7а', 'вулиці Неіснуючій 7а'],
    ['uk', 'йшли вулицею Уявного Героя', 'вулицею Уявного Героя'],
    ['ru', 'ул. Придуманная, д. 5, кв. 12', 'ул. Придуманная, д. 5, кв. 12'],
    ['uk', 'просп. Вигадки 101', 'просп. Вигадки 101'],
    ['ru', 'переулок Небывалый 3', 'переулок Небывалый 3'],
    ['uk', 'мкр. Уявний', 'мкр. Уявний'],
    ['en', 'lived at 12 Fakeberry Street, flat 3', '12 Fakeberry Street, flat 3'],
    ['en', 'on Nowhere Ave. at night', 'Nowhere Ave.'],
    ['en', 'down Imaginary Lane', 'Imaginary Lane'],
    ['uk', 'жила в буд. 5', 'буд. 5'],
  ] as const)('%s: finds %s', (lang, text, expected) => {
    expect(found(detectAddresses, text, lang)).toContain(expected);
  });
  it.each([
    ['uk', 'працювала на вулиці два роки'],
    ['ru', 'на улице было холодно'],
    ['ru', 'была дома 3 дня'],
    ['uk', 'на площі біля ринку'],
    ['en', 'The street was empty'],
    ['uk', '500 гривень за 2 години'],
  ] as const)('%s: leaves %s', (lang, text) => expect(found(detectAddresses, text, lang)).toEqual([]));
  it('does not take a count of years as a house number', () => {
    expect(found(detectAddresses, 'на вулиці Вигаданій 2 роки тому')).toEqual(['вулиці Вигаданій']);
  });
  it('keeps a house letter and the flat in the span', () => {
    expect(found(detectAddresses, 'жила на вулиці Садовій, 17-В, квартира 9, а потім')).toEqual(['вулиці Садовій, 17-В, квартира 9']);
  });
});
