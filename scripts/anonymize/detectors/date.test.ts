import { describe, expect, it } from 'vitest';
import { detectDates } from './date.ts';
import { yearWordsAt } from './numwords.ts';
import { found, rewritten } from './test-helpers.ts';

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
    // a bare 26.10 with a two-digit month, anywhere but after a time word
    ['uk', 'бачила її сама 26.10 біля кафе', 'бачила її сама восени біля кафе'],
    ['uk', 'вона дзвонила двічі, 3.06 і 15.06. Компенсацію', 'вона дзвонила двічі, влітку і влітку. Компенсацію'],
    ['en', 'phone taken 19.08. She wants to file.', 'phone taken in summer. She wants to file.'],
    ['en', 'by Oct 28 at the latest', 'by autumn at the latest'],
    ['ru', 'В ночь с 07/02 на 08/02 всё и случилось', 'В ночь с зимы на один из зимних дней всё и случилось'],
    ['uk', 'Дата в протоколі: 30.04, підпис чужий', 'Дата в протоколі: навесні, підпис чужий'],
    ['en', 'It was the night of 12/10 when they came', 'It was one night in autumn when they came'],
  ] as const)('%s: %s', (lang, text, expected) => expect(rewritten(detectDates, text, lang)).toBe(expected));
  it.each([
    ['uk', 'у березні 2019 року'],
    ['uk', 'у 2019 році о 14:30, 500 гривень'],
    ['en', 'May I come in? In May 2020.'],
    ['ru', 'в 2 часа, 14.30'],
    ['uk', 'о 10.05 прийшли, ціна 1.05 грн, версія 2.10'],
    ['en', 'at 10.05 they came, around 11.02 they left'],
    ['uk', 'о 14.05 він приїхав, ціна 12.50 грн, версія 2.1'],
    ['en', 'at 10.15 she called; 3.5 km; from 9.30 to 11.00 hours'],
  ] as const)('%s: leaves %s', (lang, text) => expect(rewritten(detectDates, text, lang)).toBe(text));
});

describe('detectDates: spelled-out days, ranges, lone days', () => {
  it.each([
    ['uk', 'Тридцять перше грудня 2020 року ми святкували вдома.', 'Взимку 2020 року ми святкували вдома.'],
    ['uk', 'Прийшли до неї на двадцять друге липня, а пішли о восьмій.', 'Прийшли до неї на один із літніх днів, а пішли о восьмій.'],
    ['ru', 'Двенадцатого июня он снова позвонил.', 'Летом он снова позвонил.'],
    ['ru', 'в ночь на первое января нас отпустили', 'в ночь на один из зимних дней нас отпустили'],
    ['en', 'They came back on the second of October and left.', 'They came back in autumn and left.'],
    ['uk', 'Мене тримали з 12 по 14 лютого у відділку.', 'Мене тримали взимку у відділку.'],
    ['uk', 'У ніч з 7 на 8 вересня нас забрали.', 'У ніч восени нас забрали.'],
    ['ru', 'С 1 по 3 августа я была у сестры.', 'Летом я была у сестры.'],
    ['en', 'We stayed there from 14 to 16 July.', 'We stayed there in summer.'],
    ['en', 'It went on between the 2nd and 4th of June.', 'It went on in summer.'],
    ['en', 'Police came on January 5–7, 2021 again.', 'Police came in winter 2021 again.'],
    ['uk', 'Вона приходила у вівторок, 11 березня, і 18.03. Потім зникла.', 'Вона приходила у вівторок, навесні, і навесні. Потім зникла.'],
    ['uk', 'У середу, 12.02, він знову подзвонив.', 'У середу, взимку, він знову подзвонив.'],
    ['uk', "Це було вчора, п'ятнадцятого. Я ще не оговталась.", 'Це було вчора. Я ще не оговталась.'],
    ['ru', 'В пятницу, 14-го, меня снова вызвали.', 'В пятницу, меня снова вызвали.'],
    ['uk', 'Прийди до 20-го числа, — сказав він.', 'Прийди до певного дня, — сказав він.'],
    ['en', 'It was Tuesday the 4th, just after midnight, in April.', 'It was Tuesday, just after midnight, in April.'],
    ['en', 'In April they raided us, and on the 11th, they came back.', 'In April they raided us, and one day, they came back.'],
  ] as const)('%s: %s', (lang, text, expected) => expect(rewritten(detectDates, text, lang)).toBe(expected));
  it.each([
    ['uk', "Я живу на 3-го поверху, ні, на п'ятому поверсі."],
    ['en', 'She lives on the 5th floor since May.'],
    ['en', 'the first May I saw him'],
    ['uk', 'Це був мій третій раз, а другого разу не було.'],
    ['en', 'On the 3rd attempt he gave up.'],
  ] as const)('%s: leaves %s', (lang, text) => expect(rewritten(detectDates, text, lang)).toBe(text));
});

describe('detectDates: yearly days', () => {
  it.each([
    ['ru', 'Соседка каждый год восьмого марта дарила мне тюльпаны.'],
    ['uk', 'Щороку 1 вересня він водив доньку до школи.'],
    ['en', 'Every year on the first of May we went to the lake.'],
  ] as const)('%s: leaves %s', (lang, text) => expect(rewritten(detectDates, text, lang)).toBe(text));
});

describe('a recurring day of the month is no date', () => {
  it('the first of the month and habitual days stay; a named day with a weekday goes', () => {
    expect(found(detectDates, 'Оренду віддавали першого числа, як усі.')).toEqual([]);
    expect(found(detectDates, 'Зарплату давали кожного п’ятнадцятого числа.')).toEqual([]);
    expect(found(detectDates, 'Это случилось в субботу, седьмого числа.', 'ru').length).toBe(1);
  });
});

describe('day-month in a message thread and a bare "16-го"', () => {
  it('dd.mm next to a time or opening a line; -го days with no noun after them', () => {
    expect(found(detectDates, '[22.09, 07:15] Він знову подзвонив.')).toEqual(['22.09']);
    expect(found(detectDates, 'Я пішла.\n23.09 вони прийшли знову.')).toEqual(['23.09']);
    expect(found(detectDates, 'Ціна 14.08 грн, а версія 2.10 нова.')).toEqual([]);
    expect(found(detectDates, 'Забрали их 19-го, а отпустили 21-го.', 'ru')).toEqual(['19-го', '21-го']);
    expect(found(detectDates, 'Вона вчилася в 11-го класі.')).toEqual([]);
  });
});

describe('days named alone, near a date', () => {
  it('takes a night named by the day after it, and a lone day right after a date', () => {
    expect(rewritten(detectDates, 'Мене забрали в ніч на вісімнадцяте, нікому не сказали.', 'uk')).toBe('Мене забрали в ніч на певне число, нікому не сказали.');
    expect(rewritten(detectDates, 'Це було дванадцятого березня. Чи тринадцятого? Не пам’ятаю.', 'uk')).toBe('Це було навесні. Чи певного дня? Не пам’ятаю.');
  });
  it('reads "on the 16th" as a date with no month nearby, and not "the 14th floor"', () => {
    expect(rewritten(detectDates, 'On the 16th, a stranger called me.', 'en')).not.toContain('16th');
    expect(rewritten(detectDates, 'She lived on the 14th floor.', 'en')).toContain('14th floor');
  });
  it('keeps only the decade of a date of birth', () => {
    expect(rewritten(detectDates, 'Тимчук Стефанія, 19.08.1985 р. н., паспорт', 'uk')).toBe('Тимчук Стефанія, 1980-х р. н., паспорт');
    expect(rewritten(detectDates, 'Ms Skoryk, born 19.08.1985, was stopped.', 'en')).toBe('Ms Skoryk, born in the 1980s, was stopped.');
  });
});

describe('years and days in words beside a date', () => {
  it('a year in words after a date stays a year, not a second day', () => {
    expect(rewritten(detectDates, 'Родилась я пятого мая восемьдесят девятого.', 'ru')).toBe('Родилась я весной восемьдесят девятого.');
    expect(rewritten(detectDates, 'Народилася третього травня дев’яносто першого року.', 'uk')).not.toMatch(/певного дня/);
  });
  it('"March the 3rd" is one date; "May the 5 of us" is none', () => {
    expect(rewritten(detectDates, 'On March the 3rd I went to court.', 'en')).toBe('In spring I went to court.');
    expect(found(detectDates, 'In May the 5 of us went there.', 'en')).toEqual([]);
  });
});

describe('an English date after a speaker label', () => {
  it('keeps the capital of the preposition that opens the line', () => {
    expect(rewritten(detectDates, '**SICH:** On 5 January we left. We met by Oct 28.', 'en')).toBe('**SICH:** In winter we left. We met by autumn.');
  });
});

describe('dates in the shapes of diaries and official letters', () => {
  it.each([
    ['uk', '3/II. Сьогодні знову.', 'Взимку. Сьогодні знову.'],
    ['ru', '1.IV пришла, 12 XI 2021 ушла.', 'Весной пришла, осенью 2021 ушла.'],
    ['ru', '4 апр видела его.', 'Весной видела его.'],
    ['uk', '12 вер. 2021 прийшли.', 'Восени 2021 прийшли.'],
    ['uk', 'Лист від «14» травня 2025 р.', 'Лист від весни 2025 р.'],
    ['uk', 'Виходи 9–10.10.2025 були.', 'Виходи восени 2025 були.'],
  ])('%s: %s', (lang, text, expected) => expect(rewritten(detectDates, text, lang as never)).toBe(expected));
  it('leaves letters, clauses and chapters alone (5 лист, пункт 5 I, World War II)', () => {
    expect(found(detectDates, '5 лист написала. Пункт 5 I. World War II.', 'uk')).toEqual([]);
  });
});

describe('a numbered day by what stands around it', () => {
  it.each([
    ['Власниця сказала, шо до 15-го або плачу.', 'Власниця сказала, шо до певного дня або плачу.'],
    ['Тримали з вечора 9-го до ранку 10-го.', 'Тримали з вечора певного дня до ранку певного дня.'],
    ['Вона писала, шо її 10-го забирали.', 'Вона писала, шо її одного дня забирали.'],
  ])('%s', (text, expected) => expect(rewritten(detectDates, text, 'uk')).toBe(expected));
  it('not a floor, a class or a clause', () => {
    expect(found(detectDates, 'До 5-го поверху пішки, з 10-го класу, до 3-го пункту.', 'uk')).toEqual([]);
  });
});

describe('an English range of days', () => {
  it('"from the 5th to the 6th" is two days; "to the 3rd floor" none', () => {
    expect(rewritten(detectDates, 'I was on duty from the 5th to the 6th. We went to the 3rd floor.', 'en')).toBe('I was on duty from a certain day to a certain day. We went to the 3rd floor.');
  });
});

describe('a day named after its month, or with число', () => {
  it.each([
    ['ru', 'Ей исполнилось в сентябре, одиннадцатого, мы ели торт.', 'Ей исполнилось в сентябре, в один из дней, мы ели торт.'],
    ['ru', 'Пришла 23-е число.', 'Пришла в один из дней.'],
    ['uk', 'Прийди 23-тє число.', 'Прийди одного дня.'],
  ])('%s: %s', (lang, text, expected) => expect(rewritten(detectDates, text, lang as never)).toBe(expected));
});

describe('a year after the date, in words or with its word', () => {
  it.each([
    ['uk', 'Скаргу подано 19 березня 2025 р. до суду.', 'Скаргу подано навесні 2025 р. до суду.'],
    ['ru', 'Третьего мая 2022-го всё случилось.', 'Весной 2022-го всё случилось.'],
    ['uk', "Було це вісімнадцятого квітня дев'яносто шостого року, вночі.", "Було це навесні дев'яносто шостого року, вночі."],
    ['ru', 'Это было десятого ноября две тысячи девятнадцатого года.', 'Это было осенью две тысячи девятнадцатого года.'],
    // a birth date in words gives its decade only, as one in digits does
    ['uk', "Дата народження: вісімнадцятого квітня дев'яносто шостого", 'Дата народження: 1990-ті'],
    ['ru', 'Родилась 3 мая 1989 г. в селе.', 'Родилась в 1980-е в селе.'],
  ])('%s: %s', (lang, text, expected) => expect(rewritten(detectDates, text, lang as never)).toBe(expected));
  it('one ordinal alone is no year ("травня шостого" is a day), two are', () => {
    expect(yearWordsAt('травня шостого', 6)).toBeUndefined();
    expect(yearWordsAt("квітня дев'яносто шостого", 6)).toEqual({ end: 25, year: 1996 });
    expect(yearWordsAt('травня двохтисячного', 6)?.year).toBe(2000);
  });
});

describe('a day with "число" unsaid, by what stands around it', () => {
  it.each([
    ['uk', "ти як? приїдеш на п'ятнадцяте?", 'ти як? приїдеш на певне число?'],
    ['uk', 'Суд перенесли на двадцять друге.', 'Суд перенесли на певне число.'],
    ['uk', 'дзвонив 26-го з номера', 'дзвонив одного дня з номера'],
    ['ru', 'Звонил 22-го, потом пропал.', 'Звонил в один из дней, потом пропал.'],
  ])('%s: %s', (lang, text, expected) => expect(rewritten(detectDates, text, lang as never)).toBe(expected));
  it('not a meal course, a son or a floor', () => {
    expect(found(detectDates, 'а на перше борщ. Залишив 2-го сина вдома. Купила 3-го этажа.', 'uk')).toEqual([]);
  });
});

describe('English dates with a colon or a list of days after them', () => {
  it('"Nov 29:" in a comment header is a date; "May 5:30" is a time', () => {
    expect(rewritten(detectDates, 'Kit → Olha, Nov 29: Hanna okayed', 'en')).toBe('Kit → Olha, in autumn: Hanna okayed');
    expect(found(detectDates, 'at May 5:30 we left', 'en')).toEqual([]);
  });
  it('"on December 9, 10 or 11" is one stretch of days; "On May 5, 3 people" is not', () => {
    expect(rewritten(detectDates, 'We are available on December 9, 10 or 11.', 'en')).toBe('We are available in winter.');
    expect(rewritten(detectDates, 'On May 5, 3 people came.', 'en')).toBe('In spring, 3 people came.');
    expect(rewritten(detectDates, 'a test on 24 November and 12 January.', 'en')).toBe('a test in autumn and in winter.');
  });
});

describe('a range of days before a short date, and a day with a birthday after it', () => {
  it.each([
    ['uk', "| 6 | 24–25.10 | відділення |", '| 6 | восени | відділення |'],
    ['uk', 'марусічко. 30го в тебе день народження.', 'марусічко. Одного дня в тебе день народження.'],
  ])('%s: %s', (lang, text, expected) => expect(rewritten(detectDates, text, lang as never)).toBe(expected));
  it('a sum is no range of days', () => {
    expect(found(detectDates, 'рахунок 12-25.10 грн', 'uk')).toEqual([]);
  });
});

describe('an ordinal day alone, from the fourth on', () => {
  it.each([
    ['uk', 'шо я "оказувала послуги" тринадцятого в мотелі.', 'шо я "оказувала послуги" одного дня в мотелі.'],
    ['ru', 'в прошлом месяце, восьмого, не вернулась домой', 'в прошлом месяце, в один из дней, не вернулась домой'],
  ])('%s: %s', (lang, text, expected) => expect(rewritten(detectDates, text, lang as never)).toBe(expected));
  it('not before a noun, not "второго" (also "other"), not a year', () => {
    expect(found(detectDates, "до п'ятого поверху, з восьмого класу", 'uk')).toEqual([]);
    expect(found(detectDates, 'Машину видели ещё раз второго. Родилась в девяносто восьмого году.', 'ru')).toEqual([]);
    // an hour
    expect(found(detectDates, 'Маршрутка ушла в половине одиннадцатого. Пришла в начале девятого, ушла.', 'ru')).toEqual([]);
  });
});

describe('a numbered day said alone', () => {
  it('before a time, a name, a quote, a line end, an adverb or a part of the day', () => {
    expect(found(detectDates, '25-го вже приходив. Як він 4-го о 23:00 стояв. Він уже 17-го «випадково» зачепив.\n**4-го**\nя видел тебя там 29-го\n', 'uk')).toEqual(['25-го', '4-го', '17-го', '4-го', '29-го']);
    expect(found(detectDates, '10-го Жанна видела. Выпустили 26-го вечером. Кричал в ночь на 26-е.', 'ru')).toEqual(['10-го', '26-го', '26-е']);
  });
  it('not a floor, a class or a son', () => {
    expect(found(detectDates, 'живе на 5-го поверсі? ні, до 5-го класу. Залишив 2-го сина.', 'uk')).toEqual([]);
  });
  it('in English after before/after, or after a short weekday', () => {
    expect(found(detectDates, 'to the police before the 2nd, and. Last seen Sat 15th near the lane. On the 3rd floor. After the 5th time.', 'en')).toEqual(['the 2nd', ' 15th']);
  });
});

describe('a weekday, then the day of the month in the neuter', () => {
  it('the day goes, the weekday stays', () => {
    expect(rewritten(detectDates, 'Пятница, 7-е, 15:30 — свободно. В субботу, двадцатое, приходи.', 'ru')).toBe('Пятница, 15:30 — свободно. В субботу, приходи.');
    expect(rewritten(detectDates, 'у четвер 12-те о 18:00', 'uk')).toBe('у четвер о 18:00');
  });
  it('not an ordinal before a noun', () => {
    expect(found(detectDates, 'Среда, третье блюдо. Субота, п’яте місце', 'ru')).toEqual([]);
  });
});

describe('a day of the month alone, in digits with a neuter ordinal ending, after "на"', () => {
  it('is a certain day; the first and second are not (they are also "the next one")', () => {
    expect(found(detectDates, 'Питала коли приїду. Сказала на 23-тє.', 'uk')).toEqual(['23-тє']);
    expect(found(detectDates, 'Затримання з 10-го на 11-те, протокол не видали.', 'uk')).toEqual(['10-го', '11-те']);
    expect(found(detectDates, 'Посіла 3-тє місце. Перейшла на 2-ге.', 'uk')).toEqual([]);
  });
  it('in English, after a weekday written in full or short, with no "the"', () => {
    expect(found(detectDates, '**Tue 4th**', 'en')).toEqual([' 4th']); // (the space goes with it: the weekday says when)
    expect(found(detectDates, 'Things to ask at the next meeting (Friday 21st)', 'en')).toEqual([' 21st']);
  });
});

describe('a phone export\'s year-first date with slashes', () => {
  it('"2026/09/03" is a date as "2026-09-03" is; a version number is not', () => {
    expect(found(detectDates, '2026/09/03¦07:12¦<<¦+380952214078', 'ru')).toEqual(['2026/09/03']);
    expect(found(detectDates, 'версия 2026.1.3 вышла', 'ru')).toEqual([]);
  });
});
