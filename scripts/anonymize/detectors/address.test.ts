import { describe, expect, it } from 'vitest';
import { anonymizeText } from '../pipeline.ts';
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

describe('house and flat numbers written in words', () => {
  it.each([
    ['uk', 'Я жила на Садовій, будинок сім, квартира дванадцять.', 'Садовій, будинок сім, квартира дванадцять'],
    ['uk', 'Адреса: вул. Лісова, будинок двадцять два, кв. сім. Сім років тому.', 'вул. Лісова, будинок двадцять два, кв. сім'],
    ['ru', 'Жила на улице Садовой, дом семь, корпус два, квартира двенадцать.', 'улице Садовой, дом семь, корпус два, квартира двенадцать'],
    ['en', 'I lived at seven Sadova Street, flat twelve, then moved.', 'seven Sadova Street, flat twelve'],
  ])('%s: %s', (lang, text, expected) => expect(found(detectAddresses, text, lang as never)).toEqual([expected]));
  it('leaves counts after a street and number words with no house word', () => {
    expect(found(detectAddresses, 'На вул. Лісовій сім років тому стояв кіоск.')).toEqual(['вул. Лісовій']);
    expect(found(detectAddresses, 'It was seven years ago on Sadova Street.', 'en')).toEqual(['Sadova Street']);
  });
});

describe('a street word before the name only when written out', () => {
  it('"Dr. Petro" is a doctor and "St. Mary" a saint, "Avenue Foch 12" an address', () => {
    expect(found(detectAddresses, 'Dr. Petro (clinic): I am here. St. Mary church. Lives on Avenue Foch 12.', 'en')).toEqual(['Avenue Foch 12']);
  });
});

describe('more shapes of an address', () => {
  it.each([
    ['uk', 'Живе в м-н Степовий, буд. 4, корп. 1, кв. 90.', 'м-н Степовий, буд. 4, корп. 1, кв. 90'],
    ['uk', 'Офіс на Великій Садовій, 48, офіс 3, там ми.', 'Великій Садовій, 48, офіс 3'],
    ['ru', 'Пишите: а/я 14, отделение «Укрпочты» № 9.', 'а/я 14, отделение «Укрпочты» № 9'],
    ['en', 'Office 4, 11-B Shevchenko Street.', 'Office 4, 11-B Shevchenko Street'],
    ['en', 'She lives at 47 Dnipro Embankment, 6th floor, flat 24.', '47 Dnipro Embankment, 6th floor, flat 24'],
    ['en', 'Clinic: Sobornosti 40, entrance from the yard.', 'Sobornosti 40'],
    ['en', 'Write to P.O. Box 112.', 'P.O. Box 112'],
    ['en', 'We met at Vasylenka St. 2/4, then left.', 'Vasylenka St. 2/4'],
    ['ru', 'И отвезла её на Декабристов, дом тридцать один.', 'Декабристов, дом тридцать один'],
    ['uk', 'Жила на Героїв, 12.', 'Героїв, 12'],
  ])('%s: %s', (lang, text, expected) => expect(found(detectAddresses, text, lang as never)).toEqual([expected]));
});

describe('streetAloneStarts', () => {
  it('finds where the street-alone trigger regex matches, from the digit runs', () => {
    const ref = (t: string) => [...t.matchAll(new RegExp(STREET_ALONE_TRIGGER.source, 'gu'))].map((m) => m.index);
    for (const t of ['це Соборна, 12, там', 'Sadova 17 and Lviv 1', 'Соборна12 Ab 1 Abcd\u00a01', 'Аbcd,, 1 Xabc 9', '\ud801\udc00\ud801\udc28\ud801\udc28\ud801\udc28 5', ''])
      expect(streetAloneStarts(t)).toEqual(ref(t));
  });
});

describe('a street named by a surname in the genitive, with no street word', () => {
  it('"Шевченка 88", "Франка, 12" are addresses; the surname alone elsewhere is a person', () => {
    expect(found(detectAddresses, 'Адресу твоєї мами я знаю, Шевченка 88 21:11', 'uk')).toEqual(['Шевченка 88']);
    expect(found(detectAddresses, 'Живе на Франка, 12.', 'uk')).toEqual(['Франка, 12']);
    const r = anonymizeText('Живе на Шевченка 3. Шевченка 5 років не бачила.', { lang: 'uk' });
    expect(r.findings.map((f) => [f.kind, f.text])).toEqual([['address', 'Шевченка 3'], ['name', 'Шевченка']]);
  });
  it('not a count after a name', () => {
    expect(found(detectAddresses, 'Я була у Ковальчука 2 рази.', 'uk')).toEqual([]);
  });
});

describe('offices, entrances, slash buildings, Polish and numbered streets', () => {
  it.each([
    ['uk', 'передати нотаріусу (вул. Вигадана, 30, оф. 4).', 'вул. Вигадана, 30, оф. 4'],
    ['ru', 'Отвёз на ул. Выдуманная, 5 под.3, потом назад.', 'ул. Выдуманная, 5 под.3'],
    ['ru', 'Отвёз на ул. Выдуманная, 9/2, потом назад.', 'ул. Выдуманная, 9/2'],
    ['en', 'We live now at ul. Wymyślona 118 m. 12. I work.', 'ul. Wymyślona 118 m. 12'],
    ['ru', 'Поселились на West 131st Street. Там', 'West 131st Street'],
    ['ru', 'Репетиция в офисе, East 44th St, 7th floor.', 'East 44th St, 7th floor'],
    ['en', 'We walked down 5th Avenue at night.', '5th Avenue'],
    ['ru', 'только улицу: Выдуманная.', 'улицу: Выдуманная'],
    ['ru', 'Точка 5. Город, Героев Украины. Квартиры.', 'Героев Украины'],
    ['uk', 'Жила на Героїв Праці, 12.', 'Героїв Праці, 12'],
  ] as const)('%s: finds %s', (lang, text, expected) => expect(found(detectAddresses, text, lang)).toEqual([expected]));
  it('leaves a floor, a prize place, a room and heroes who are people', () => {
    expect(found(detectAddresses, 'She was on the 7th floor. We took 1st Place. Room 306 was empty.', 'en')).toEqual([]);
    expect(found(detectAddresses, 'Наградили двух Героев Украины.', 'ru')).toEqual([]);
  });
});

describe('clock times and table columns', () => {
  it('a number with :dd after it is a time, not a house', () => {
    expect(found(detectAddresses, 'Я розповіла: вул. Михайлівська, 23:40, машина.')).toEqual(['вул. Михайлівська']);
  });
  it('a street in a whitespace-aligned table stays in its column', () => {
    const table = '1  20:42  Шевченко 31                 ТЦ Центрум\n2  22:30  ул. Выдуманная, 5                0663109875\n4  23:05  Выдуманная 5                    сауна';
    expect(found(detectAddresses, table, 'ru')).toEqual(['ул. Выдуманная, 5', 'Шевченко 31', 'Выдуманная 5']);
    expect(found(detectAddresses, 'Свидетель Коваленко, 31.', 'ru')).toEqual([]);
  });
});

describe('dictated addresses in lower case', () => {
  it.each([
    ['я вийшла з вулиці вокзальної сорок два і пішла', 'вулиці вокзальної сорок два'],
    ['приїдуть до мами на велику перспективну сто десять квартира тридцять один вони знали', 'велику перспективну сто десять квартира тридцять один'],
    ['живе на вулиці садовій 12 з мамою', 'вулиці садовій 12'],
  ])('finds %s', (text, expected) => expect(found(detectAddresses, text)).toEqual([expected]));
  it.each(['на вулиці холодній три години стояли', 'купила нову квартиру', 'по вулиці довгій два рази пройшла', 'на вулиці стояла 3 години'])('leaves %s', (text) =>
    expect(found(detectAddresses, text)).toEqual([]),
  );
});

describe('a street named alone, then a house number in words', () => {
  it.each([
    ['uk', "жила на Щорса, тридцять вісім, квартира дев'ять, там", ["Щорса, тридцять вісім, квартира дев'ять"]],
    ['ru', 'Адрес её — Чорновола сорок три, квартира сто два, она с мамой', ['Чорновола сорок три, квартира сто два']],
    ['ru', 'Их адрес — Тенистая, девять. Дом стоит', ['Тенистая, девять']],
    ['en', 'on Hvardiiska Street, building number six, second floor', ['Hvardiiska Street, building number six']],
    ['uk', 'Він сказав: «Садова, сім, так? Мама твоя там живе?»', ['Садова, сім']],
    ['ru', 'просто «Массаж» на двери, Тополиная двенадцать, второй этаж', ['Тополиная двенадцать']],
  ])('%s: %s', (lang, text, expected) => expect(found(detectAddresses, text, lang as never)).toEqual(expected));
  it('a count after the street is no house, and a first name is no street', () => {
    expect(found(detectAddresses, 'на Садовій сім років тому, на Вокзальній два тижні', 'uk')).toEqual([]);
    expect(found(detectAddresses, 'поставили на Марину три дня', 'ru')).toEqual([]);
    expect(found(detectAddresses, '«Нова, два рази не приходь», сказав, Старая девять раз', 'uk')).toEqual([]);
  });
});

describe('English addresses in capitals, Queens house numbers, the weaker street words', () => {
  it.each([
    ['Leave it at FLAT 6, 39 WESTMINSTER ROAD, L4 4LN.', ['FLAT 6, 39 WESTMINSTER ROAD']],
    ['She lives at 88-14 Jamaica Ave, Apt 3F, Queens.', ['88-14 Jamaica Ave', 'Apt 3F']],
    ['the flats on Canal Walk were raided; she lives at 4 Maple Close', ['Canal Walk', '4 Maple Close']],
    ['Print shop, Velyka Perspektyvna 14. Her flat is Sadova 12/3.', ['Velyka Perspektyvna 14', 'Sadova 12/3']],
    ['Keep Close to her. Rose Gardens is a pub? The Front Row. Oksana 14 and Kateryna 25 came.', []],
    ['| 12/09 | Lenina 41 → shelter | picked her up at Chornovola 1b', ['Lenina 41', 'Chornovola 1b']],
    ['Pat Loughran, resident, Canal Walk. Address: Maple Close', ['Canal Walk', 'Maple Close']],
    ['who lives at 6 The Orchard, Quay Road, Ballina; her sister at 2 Ivy Cottage, Mill Lane', ['6 The Orchard, Quay Road', '2 Ivy Cottage, Mill Lane']],
    ['Keep Close to home, resident. Her Walk of Shame.', []],
    ['| Mariia Kovalenka 25 | shelter |', []],
  ])('%s', (text, expected) => expect(found(detectAddresses, text, 'en').sort()).toEqual([...expected].sort()));
});

describe('a street named after a famous person, a type word after the street name', () => {
  it.each([
    ['uk', 'Кірова, 3 (тепер інша назва). Гагаріна, 14 — там', ['Кірова, 3', 'Гагаріна, 14']],
    ['ru', 'проживает ул. Хмельницкое шоссе 21 кв 40, тел', ['ул. Хмельницкое шоссе 21 кв 40']],
    ['uk', 'Кірова, 3 (тепер Лесі Українки). Вона на Лесі Українки 40. Біля Тараса Шевченка, 12', ['Кірова, 3', 'Лесі Українки', 'Лесі Українки 40', 'Тараса Шевченка, 12']],
  ])('%s: %s', (lang, text, expected) => expect(found(detectAddresses, text, lang as never).sort()).toEqual([...expected].sort()));
  it('a woman with that surname and her age, the poet herself, are no street', () => {
    expect(found(detectAddresses, 'Олена Кірова, 34, прийшла. Читали вірші Лесі Українки.', 'uk')).toEqual([]);
  });
});

describe('a street named by its adjective alone, after "на" or "по"', () => {
  it('is an address where the clause ends or moves on after it', () => {
    expect(found(detectAddresses, 'Я вийшла з кафе на Соборній, несла торт.', 'uk')).toEqual(['Соборній']);
    expect(found(detectAddresses, 'хто такий «Льоха»? — спитайте в усіх на ЗАВОДСЬКІЙ.', 'uk')).toEqual(['ЗАВОДСЬКІЙ']);
    expect(found(detectAddresses, 'Шла по Садовой и направо, там салон на Великой Морской.', 'ru')).toEqual(['Садовой', 'Великой Морской']);
  });
  it('is not an adjective before its noun, a name, a region or a lower-case word', () => {
    expect(found(detectAddresses, 'Ми стояли на Червоній лінії. Живу на Київщині. Це було на Святій Землі.', 'uk')).toEqual([]);
    expect(found(detectAddresses, 'Весь вечір думала про Олену. Говорили на Ковальській.', 'uk')).toEqual([]);
    expect(found(detectAddresses, 'стояла на центральній, як завжди.', 'uk')).toEqual([]);
    // (a street with its house number in words stays one address)
    expect(found(detectAddresses, 'в «Лотос», на Полтавской, двенадцать — и сел на диван.', 'ru')).toEqual(['Полтавской, двенадцать']);
  });
});

describe('a transliterated lane', () => {
  it('"prov." is a street word too', () => {
    expect(found(detectAddresses, 'registered and living at prov. Vyshnevyi 9, Bobrynets', 'en')).toEqual(['prov. Vyshnevyi 9']);
  });
});
