import { describe, expect, it } from 'vitest';
import { detectDates } from './date.ts';
import { rewritten } from './test-helpers.ts';

describe('detectDates', () => {
  it.each([
    ['uk', 'Це сталося 14 березня 2019 року ввечері.', 'Це сталося навесні 2019 року ввечері.'],
    ['uk', '14.03.2019 мене затримали', 'Навесні 2019 мене затримали'],
    ['uk', 'Тоді, 2019-07-14, був вівторок', 'Тоді, влітку 2019, був вівторок'],
    ['ru', '14 марта 2019 года нас забрали', 'Весной 2019 года нас забрали'],
    ['en', 'It happened on 14 March 2019 at night.', 'It happened in spring 2019 at night.'],
    ['en', 'On March 14, 2019, police came.', 'In spring 2019, police came.'],
    ['uk', 'Прийшли 14-го грудня', 'Прийшли взимку'],
    ['uk', 'До 14 березня я чекала', 'До весни я чекала'],
    ['ru', 'с 3 мая по 10 октября', 'с весны по осень'],
    ['en', 'by the 3rd of May', 'by spring'],
    ['uk', 'У ніч на 9 липня 2021 року нас зупинили', 'У ніч на один із літніх днів 2021 року нас зупинили'],
    ['ru', 'суд назначили на 2 декабря', 'суд назначили на один из зимних дней'],
    ['uk', 'Мене тримали до 22.11, потім відпустили', 'Мене тримали до осені, потім відпустили'],
    ['ru', 'В ночь с 07/02 на 08/02 всё и случилось', 'В ночь с зимы на один из зимних дней всё и случилось'],
    ['uk', 'Дата в протоколі: 30.04, підпис чужий', 'Дата в протоколі: навесні, підпис чужий'],
    ['en', 'It was the night of 12/10 when they came', 'It was the night of in autumn when they came'],
  ] as const)('%s: %s', (lang, text, expected) => expect(rewritten(detectDates, text, lang)).toBe(expected));
  it.each([
    ['uk', 'у березні 2019 року'],
    ['uk', 'у 2019 році о 14:30, 500 гривень'],
    ['en', 'May I come in? In May 2020.'],
    ['ru', 'в 2 часа, 14.30'],
    ['uk', 'о 14.05 він приїхав, ціна 12.50 грн, версія 2.1'],
    ['en', 'at 10.15 she called; 3.5 km; from 9.30 to 11.00 hours'],
  ] as const)('%s: leaves %s', (lang, text) => expect(rewritten(detectDates, text, lang)).toBe(text));
});
