import { describe, expect, it } from 'vitest';
import { detectAddresses, STREET_ALONE_TRIGGER, streetAloneStarts } from './address.ts';
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
    // a street adjective alone, then a house number
    ['uk', 'біля бару, це Соборна, 12, там вхід з двору', 'Соборна, 12'],
    ['ru', 'живу на районе, Лесная 4, там', 'Лесная 4'],
    ['en', 'he knows her address too, Sadova 17', 'Sadova 17'],
    ['ru', 'живу на пр. Строителей, 4 уже год', 'пр. Строителей, 4'],
    ['ru', 'бул. Дружбы 3, кв. 88', 'бул. Дружбы 3, кв. 88'],
    ['en', 'vul. Tykha 11, kv. 5', 'vul. Tykha 11, kv. 5'],
    ['en', 'near Shevchenka 40 at night', 'Shevchenka 40'],
    ['en', 'I live at Tsentralna street 9 with my son', 'Tsentralna street 9'],
  ] as const)('%s: finds %s', (lang, text, expected) => {
    expect(found(detectAddresses, text, lang)).toContain(expected);
  });
  it.each([
    ['uk', 'працювала на вулиці два роки'],
    ['uk', 'Глава 12. Оксана, 23, прийшла о 7.'],
    ['en', 'Chapter 12: Oksana, 23, and Tetiana 2 took Route 12.'],
    ['ru', 'и пр. Потом пришли.'],
    ['en', 'The street 5 times, The Main street 5 people.'],
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

describe('detectAddresses: streets named again, transliterated streets, name + house + flat', () => {
  it.each([
    ['ru', 'Я жила на ул. Вымышленной, 14. Потом машина стояла во дворе на Вымышленной, 14, кв. 3.', 'Вымышленной, 14, кв. 3'],
    ['uk', 'Ми жили на вул. Уявна. Вона казала: Уявна, 5 — це її дім.', 'Уявна, 5'],
    ['en', 'My room is at 44 Lisova Street, Rivne. I need to go back to 44 Lisova for my bag.', '44 Lisova'],
    ['en', 'They took me from Zelena 12, apt 9 to the station.', 'Zelena 12, apt 9'],
    ['uk', 'Він приїхав на Квіткову 8, кв. 31 без попередження.', 'Квіткову 8, кв. 31'],
    ['en', 'We met near Kvitkova St after dark.', 'Kvitkova St'],
    ['en', 'We lived on vulytsia Lisna, near the market.', 'vulytsia Lisna'],
  ] as const)('%s: finds %s', (lang, text, expected) => {
    expect(found(detectAddresses, text, lang)).toContain(expected);
  });
  it.each([
    ['en', 'Mary St was empty.'],
    ['uk', 'На вул. Уявна. Вона пішла додому.'],
  ] as const)('%s: no sentence after the street in %s', (lang, text) => {
    for (const f of found(detectAddresses, text, lang)) expect(f).not.toMatch(/Вона|was/);
  });
});

describe('a street without its street word, after a preposition, with a house number', () => {
  it('genitive surnames and adjectival forms before a house number', () => {
    expect(found(detectAddresses, 'Ми винаймали кімнату на Котляревського, 14, там було тихо.')).toContain('Котляревського, 14');
    expect(found(detectAddresses, 'Жила біля Садової 7-Б, кв. 40, з сестрою.')).toContain('Садової 7-Б, кв. 40');
    expect(found(detectAddresses, 'Потом переехала на Цветочную, 12.', 'ru')).toContain('Цветочную, 12');
  });
  it('not dates, times or counts', () => {
    expect(found(detectAddresses, 'Прийшли на Покрову 14 жовтня, на Миколая 19 грудня.')).toEqual([]);
    expect(found(detectAddresses, 'Чекали на Олега 5 хвилин.')).toEqual([]);
  });
});

describe('streetAloneStarts', () => {
  it('finds where the street-alone trigger regex matches, from the digit runs', () => {
    const ref = (t: string) => [...t.matchAll(new RegExp(STREET_ALONE_TRIGGER.source, 'gu'))].map((m) => m.index);
    for (const t of ['це Соборна, 12, там', 'Sadova 17 and Lviv 1', 'Соборна12 Ab 1 Abcd\u00a01', 'Аbcd,, 1 Xabc 9', '\ud801\udc00\ud801\udc28\ud801\udc28\ud801\udc28 5', ''])
      expect(streetAloneStarts(t)).toEqual(ref(t));
  });
});
