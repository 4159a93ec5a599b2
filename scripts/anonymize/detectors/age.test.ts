import { describe, expect, it } from 'vitest';
import { detectAges } from './age.ts';
import { rewritten } from './test-helpers.ts';

describe('detectAges', () => {
  it.each([
    ['uk', 'Мені було 23 роки, коли це сталося.', 'Мені було за двадцять, коли це сталося.'],
    ['uk', '23-річна жінка', '20–29-річна жінка'],
    ['uk', 'їй 19, йому 34 роки', 'їй близько двадцяти, йому за тридцять'],
    ['ru', 'в 23 года я приехала', 'в возрасте за двадцать я приехала'],
    ['ru', '31-летняя девушка', '30–39-летняя девушка'],
    ['ru', 'ей было 16 лет', 'ей было меньше восемнадцати'],
    ['en', 'aged 23, a 23-year-old woman', 'aged twenty-something, a twenty-something woman'],
    ['en', 'I was 23 when', 'I was twenty-something when'],
  ] as const)('%s: %s', (lang, text, expected) => expect(rewritten(detectAges, text, lang)).toBe(expected));
  it.each([
    ['uk', 'дала їй 500 гривень, 2 години, 3 людини'],
    ['uk', 'мені 2 години чекати'],
    ['en', 'I was 23 years ago there'],
    ['uk', '20–29-річна'],
    ['en', 'she was 5 minutes late'],
  ] as const)('%s: leaves %s', (lang, text) => expect(rewritten(detectAges, text, lang)).toBe(text));
});
