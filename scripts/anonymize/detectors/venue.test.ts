import { describe, expect, it } from 'vitest';
import { detectVenues } from './venue.ts';
import { found } from './test-helpers.ts';

describe('detectVenues', () => {
  it.each([
    ['uk', 'працювала у сауні «Вигадана Лагуна» на околиці', '«Вигадана Лагуна»'],
    ['ru', 'в отеле Небывалый', 'Небывалый'],
    ['en', 'at the cafe Blue Fictional we met', 'Blue Fictional'],
    ['uk', 'нічний клуб "Уявний"', '"Уявний"'],
    ['uk', 'в готелі „Зірка Нізвідки“ ', '„Зірка Нізвідки“'],
    ['en', 'the Golden Nowhere Sauna', 'Golden Nowhere Sauna'],
    ['en', 'She was referred to the Zdorovia Plus Family Clinic on Monday.', 'Zdorovia Plus Family Clinic'],
    ['ru', 'в клинике «Медиком» ей отказали', '«Медиком»'],
    ['ru', 'работала в шашлычной «У Гоги» на трассе', '«У Гоги»'],
    // a school by its number: the number goes, the kind of school stays
    ['uk', 'Син ходить у школу № 12 біля дому.', '№ 12'],
    ['uk', 'ЗОШ І-ІІІ ступенів №5', '№5'],
    ['ru', 'дочка ходит в детский сад № 14', '№ 14'],
    ['en', 'the inspector went to the Lyceum No. 6 the same day', 'No. 6'],
  ] as const)('%s: finds %s', (lang, text, expected) => expect(found(detectVenues, text, lang)).toEqual([expected]));
  it.each([
    ['uk', 'Я прибирала в сауні «Ромашка». Власник «Ромашки» знав усе, а в Ромашці були камери.', ['«Ромашка»', '«Ромашки»', 'Ромашці']],
    ['uk', 'готель "Дуброва" на трасі. Біля Дуброви стояла машина, за Дубровою ліс.', ['"Дуброва"', 'Дуброви', 'Дубровою']],
    ['ru', 'в бане «Тихая Заводь». В «Тихой Заводи» был охранник.', ['«Тихая Заводь»', '«Тихой Заводи»']],
    ['en', 'the sauna "Ferngrove". Later the Ferngrove closed; Ferngrove\'s owner left.', ['"Ferngrove"', 'Ferngrove', "Ferngrove's"]],
  ] as const)('%s: follows the venue name through the text: %s', (lang, text, expected) =>
    expect(found(detectVenues, text, lang)).toEqual(expected));
  it.each([
    ['uk', 'готель «Україна» стоїть у центрі. Україна велика.', ['«Україна»']],
    ['uk', 'кафе «Зоряне» закрили. Зоря зійшла, зоряне небо.', ['«Зоряне»']],
  ] as const)('%s: does not spread too far: %s', (lang, text, expected) => expect(found(detectVenues, text, lang)).toEqual(expected));
  it.each([
    ['uk', 'на ринку і на автовокзалі'],
    ['en', 'at the bus station and the market'],
    ['ru', 'в баре на углу'],
    ['uk', 'у кафе біля вокзалу'],
    ['en', 'The Hotel was cheap'],
    ['uk', 'в барі. Потім'],
    ['uk', 'її поклали в лікарню № 2, а потім у клініку'],
    ['en', 'bus No. 156 to Room No. 5 of the City Clinic'],
  ] as const)('%s: leaves %s', (lang, text) => expect(found(detectVenues, text, lang)).toEqual([]));
});

describe('venue mechanisms (fictional sentences)', () => {
  it('a quoted name after any business word, in any case', () => {
    expect(found(detectVenues, 'Ми стояли біля шиномонтажу «Колесо Фортуни» до ранку.', 'uk')).toEqual(['«Колесо Фортуни»']);
    expect(found(detectVenues, 'Она работала в аптеке «Фиалка-Юг», потом ушла.', 'ru')).toEqual(['«Фиалка-Юг»']);
    expect(found(detectVenues, 'Возле бара «Тихая гавань» нас остановили, потом опять у «Тихая гавань».', 'ru')).toEqual(['«Тихая гавань»', 'Тихая гавань']);
  });
  it('English names before lower-case type words', () => {
    expect(found(detectVenues, 'We waited at the Sokil car wash on the highway.', 'en')).toEqual(['Sokil']);
    expect(found(detectVenues, 'She danced at the Aurora night club, and Aurora paid her late.', 'en')).toEqual(['Aurora', 'Aurora']);
  });
  it('an English name with its type word in Title Case is one venue; a lower-case type word stays outside', () => {
    expect(found(detectVenues, 'She was referred to the Tyne Valley Advice Centre. We met at Bubbles Launderette.', 'en')).toEqual(['Tyne Valley Advice Centre', 'Bubbles Launderette']);
    expect(found(detectVenues, "Linacre Women's Project wrote; she stayed at \"Harbour View Loft\".", 'en')).toEqual(["Linacre Women's Project", 'Harbour View Loft']);
    expect(found(detectVenues, 'Volunteers at Hospice Hearts charity shop said', 'en')).toEqual(['Hospice Hearts']);
    expect(found(detectVenues, 'the National Health Service and the City Centre', 'en')).toEqual([]);
  });
  it('national services and public institutions are kept', () => {
    expect(found(detectVenues, 'Гроші прийшли у відділення «Приватбанку», а посилку — на «Нова пошта».', 'uk')).toEqual([]);
    expect(found(detectVenues, 'Поповнила рахунок «Київстар» і пішла в ЦНАП.', 'uk')).toEqual([]);
  });
  it('a national chain\'s shop or petrol station, named with its venue word, is one building and goes', () => {
    expect(found(detectVenues, 'Мене висадили біля заправки «ОККО», а потім біля супермаркету «АТБ».', 'uk')).toEqual(['«ОККО»', '«АТБ»']);
    expect(found(detectVenues, 'девочки стоят у АЗС «WOG» на трассе', 'ru')).toEqual(['«WOG»']);
    expect(found(detectVenues, 'he asked about me at the ATB supermarket and at the OKKO petrol station', 'en')).toEqual(['ATB', 'OKKO']);
    // (the chain's name alone, with no venue word, says where nobody is)
    expect(found(detectVenues, 'Купила хліб в АТБ.', 'uk')).toEqual([]);
  });
});

describe('compound venue words', () => {
  it('кафе-барі, міні-готелі, сауна-клубі take the quoted name after them', () => {
    expect(found(detectVenues, 'Працювала у кафе-барі «Ластівка», потім у міні-готелі «Затишок» та сауна-клубі «Пара».')).toEqual(['«Ластівка»', '«Затишок»', '«Пара»']);
  });
});

describe('colloquial venue words', () => {
  it('масажки «Нефрит», у продуктового «Наш край»', () => {
    expect(found(detectVenues, 'дівчата з масажки «Нефрит» знають')).toEqual(['«Нефрит»']);
    expect(found(detectVenues, 'Работала у продуктового «Наш край».', 'ru')).toEqual(['«Наш край»']);
  });
});

describe('schools and kindergartens', () => {
  it('a capitalised numbered school (Гимназия №3) and a named one (школа «Надія», садочок «Калинка»)', () => {
    expect(found(detectVenues, 'Гимназия №3, правильно?', 'ru')).toEqual(['№3']);
    expect(found(detectVenues, 'Школа «Надія» закрита, мала ходить у садочок «Калинка».', 'uk')).toEqual(['«Надія»', '«Калинка»']);
  });
});

describe('residential complexes, schools numbered in words, kindergartens and kiosks', () => {
  it.each([
    ['uk', 'Вона живе в ЖК «Сонячна брама», третій під\'їзд.', ['«Сонячна брама»']],
    ['uk', 'Квартира в ЖК Комфорт Таун, другий поверх.', ['Комфорт Таун']],
    ['en', 'She rents a flat in the Riverside Park residential complex.', ['Riverside Park']],
    ['uk', 'дитина ходить у ліцей номер вісім, а менша в школі номер три', ['номер вісім', 'номер три']],
    ['ru', 'водила в садик «Солнышко», потом в ларьке «24 часа» купила', ['«Солнышко»', '«24 часа»']],
    ['ru', 'спектакль в ДК «Металлург» в субботу', ['«Металлург»']],
  ])('%s: %s', (lang, text, expected) => expect(found(detectVenues, text, lang as never)).toEqual(expected));
  it('"номер три" with no school before it is no venue', () => {
    expect(found(detectVenues, 'номер три не відповідав', 'uk')).toEqual([]);
  });
});

describe('a venue name stops at a column gap or a line end', () => {
  it('"ТЦ Центрум" in a space-aligned log does not take the next columns', () => {
    expect(found(detectVenues, '21:15  ТЦ Центрум                   0673342218        42\n2  21', 'ru')).toEqual(['Центрум']);
  });
});
