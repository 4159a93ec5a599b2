import { describe, expect, it } from 'vitest';
import { detectAges } from './age.ts';
import { found, rewritten } from './test-helpers.ts';

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
    ['uk', 'Марті тоді було 29 років.', 'Марті тоді було за двадцять.'],
    ['uk', 'Тарасові вже 41 рік, він має сина.', 'Тарасові вже за сорок, він має сина.'],
    ['uk', 'Коли виповнилося 18 років, я поїхала.', 'Коли виповнилося близько двадцяти, я поїхала.'],
    ['ru', 'Свете было 33 года.', 'Свете было за тридцать.'],
    ['ru', 'Петренко Анна Ивановна, 57 лет, задержана', 'Петренко Анна Ивановна, за пятьдесят, задержана'],
    ['ru', 'Когда исполнилось 21 год, всё изменилось', 'Когда исполнилось за двадцать, всё изменилось'],
    ['ru', 'в свои 44 она всё ещё', 'в свои за сорок она всё ещё'],
    ['uk', 'Орисі 38 років', 'Орисі за тридцять'],
    ['en', 'Bohdan was 17 when they took him.', 'Bohdan was under eighteen when they took him.'],
    ['en', 'Marta is 52. She works nights.', 'Marta is fifty-something. She works nights.'],
    ['en', 'At 24, she moved to the city.', 'At twenty-something, she moved to the city.'],
    ['en', 'at the age of 30 she left', 'at the age of thirty-something she left'],
    // unit before or after, any case form; bare numbers after an age cue; spelled-out numbers
    ['ru', 'Сосед (52 года) всё видел.', 'Сосед (за пятьдесят) всё видел.'],
    ['uk', 'Її брат, років 36, стояв поруч.', 'Її брат, за тридцять, стояв поруч.'],
    ['ru', 'Ему лет шестьдесят один, не меньше.', 'Ему за шестьдесят, не меньше.'],
    ['uk', 'Йому тоді було тридцять дев’ять.', 'Йому тоді було за тридцять.'],
    ['uk', 'Сусідці Галині двадцятьма не назвеш, їй сорок три.', 'Сусідці Галині двадцятьма не назвеш, їй за сорок.'],
    ['ru', 'Лиде было двадцать семь лет.', 'Лиде было за двадцать.'],
    ['uk', 'Оресті 44.', 'Оресті за сорок.'],
    ['uk', 'з сином, якому сім років', 'з сином, якому менше десяти'],
    ['en', 'The driver was about sixty, maybe more.', 'The driver was about sixty-something, maybe more.'],
    ['en', 'Halyna, 61, from the next block', 'Halyna, sixty-something, from the next block'],
    ['en', 'a woman of 45 sat down', 'a woman of forty-something sat down'],
    ['en', 'My daughter is six.', 'My daughter is under ten.'],
    ['en', "she's twenty-two and new", "she's twenty-something and new"],
    ['en', 'Taras, twenty-eight years old, was there', 'Taras, twenty-something, was there'],
    // adjectives from number words
    ['uk', 'історію п’ятдесятирічної жінки', 'історію 50–59-річної жінки'],
    ['ru', 'тридцатилетний мужчина', '30–39-летний мужчина'],
    ['en', 'a thirty-one-year-old courier', 'a thirty-something courier'],
    // birth years become decades
    ['uk', 'Петро Г., 1987 року народження', 'Петро Г., 1980-х років народження'],
    ['ru', 'Ольга, 1974 г.р., продавец', 'Ольга, 1970-х г.р., продавец'],
    ['en', 'He was born in 1983 near Lviv.', 'He was born in the 1980s near Lviv.'],
    // a follow-on age and a one-word sentence repeating an age
    ['uk', 'Мені тоді було вісімнадцять, зараз вже дев’ятнадцять.', 'Мені тоді було близько двадцяти, зараз вже близько двадцяти.'],
    ['en', 'Fifteen. She had just turned fifteen.', 'Under eighteen. She had just turned under eighteen.'],
    // a turning verb without a unit; ages joined by a conjunction; a person word or initial in apposition
    ['uk', 'їй щойно виповнилося двадцять.', 'їй щойно виповнилося за двадцять.'],
    ['uk', 'Синам 8 і 12 років.', 'Синам менше десяти і менше вісімнадцяти.'],
    ['uk', 'двоє синів, восьми і дванадцяти років', 'двоє синів, менше десяти і менше вісімнадцяти'],
    ['en', 'her two sons, aged 9, 11 and 13, live with her', 'her two sons, aged under ten, under eighteen and under eighteen, live with her'],
    ['en', 'She is a Roma woman, 45. Her son, 12, was at school.', 'She is a Roma woman, forty-something. Her son, under eighteen, was at school.'],
    ['en', 'a woman she called V., twenty-four, from the north', 'a woman she called V., twenty-something, from the north'],
    ['ru', 'гражданин ДР Конго, 30. Его задержали', 'гражданин ДР Конго, за тридцать. Его задержали'],
    ['uk', 'Моїй матері 71 рік, вона хворіє', 'Моїй матері за сімдесят, вона хворіє'],
    ['ru', 'мне 17 будет только в марте', 'мне меньше восемнадцати будет только в марте'],
    ['uk', 'В шістнадцять я поїхала в місто.', 'У віці менше вісімнадцяти я поїхала в місто.'],
    ['en', 'her name Rosa, about 40. Police took her passport', 'her name Rosa, about forty-something. Police took her passport'],
    // a one-word answer to an age question
    ['uk', 'Скільки вам років?\n**К.:** Сімнадцять. Ну, у березні буде вісімнадцять.', 'Скільки вам років?\n**К.:** Менше вісімнадцяти. Ну, у березні буде близько двадцяти.'],
    ['en', "One last thing: her age?\n\n**S.:** Fifty-five. That's all.", "One last thing: her age?\n\n**S.:** Fifty-something. That's all."],
  ] as const)('%s: %s', (lang, text, expected) => expect(rewritten(detectAges, text, lang)).toBe(expected));
  it.each([
    ['ru', 'Я написала ему одно слово и три строчки.'],
    ['uk', 'Адвокатка пояснила їй чотири речі, а водій лишив їй сорок — на таксі.'],
    ['ru', 'Он дал ей двадцать, и ушёл.'],
    ['en', 'We were three, and they were five.'],
    ['uk', 'Я працювала там сорок років, а чекала три роки.'],
    ['ru', 'Лет пять назад я жила там.'],
    ['uk', 'Я дала їм 3 і 5 гривень, а потім ще 20.'],
    ['uk', 'Кімнати 3, 4 і 5 років не ремонтували.'],
    ['en', 'We met at 9 and 10 people came.'],
    ['en', 'Nineteen. That was all.'],
    ['ru', 'в 5 я пришла домой'],
    ['en', 'after a distance of 40 years of work'],
    ['uk', 'п’ятирічний план і десятилітній досвід'],
    ['en', 'Two in uniform, three in jeans. The bus was 45 minutes late.'],
    ['uk', 'дала їй 500 гривень, 2 години, 3 людини'],
    ['uk', 'мені 2 години чекати'],
    ['en', 'I was 23 years ago there'],
    ['uk', '20–29-річна'],
    ['en', 'she was 5 minutes late'],
    ['en', 'She was 15 minutes late and Ivan was 20 minutes late.'],
    ['en', 'It was 11. At 11, we left. Rent was 30.'],
    ['uk', 'Це було 5 років тому, і я чекала 3 роки.'],
    ['ru', 'Прошло 10 лет. У неё было 20 гривен.'],
    ['uk', 'Було 12 людей, маршрутка 12, третій поверх'],
    ['en', 'Oksana was 20th in the queue.'],
  ] as const)('%s: leaves %s', (lang, text) => expect(rewritten(detectAges, text, lang)).toBe(text));
});

describe('ages said in passing', () => {
  it.each([
    ['uk', 'Потерпіла: Сич Алла Романівна, 34 роки', '34 роки'],
    ['uk', 'у неї син 14 років і донька 9 років', '14 років'],
    ['ru', 'малой болеет, ему 3 годика', '3 годика'],
    ['uk', 'Їй тоді двадцять два виповнилось, ну.', 'двадцять два'],
    ['en', 'Her son, Matvii, was four.', 'four'],
    ['uk', '| Вік | 47 років |', '47 років'],
  ] as const)('%s: %s', (lang, text, expected) => expect(found(detectAges, text, lang)[0]).toBe(expected));
  it('leaves the ranges it writes itself', () => {
    expect(found(detectAges, 'Їй було близько двадцяти. Історія 40–49-річної жінки. Мені за тридцять.', 'uk')).toEqual([]);
  });
});

describe("a child's age with no unit after a kin word", () => {
  it.each([
    ['en', 'Her kids are 7 and 9. My son is 5.', ['7', '9', '5']],
    ['ru', 'Мне было двадцать три года, сыну — пять.', ['двадцать три года', 'пять']],
    ['uk', 'Доньці — 6, синові — 11, а дітям — 2 і 4.', ['6', '11', '2', '4']],
  ])('%s: %s', (lang, text, expected) => expect(found(detectAges, text, lang as never)).toEqual(expected));
  it('not a count after the kin word', () => {
    expect(found(detectAges, 'The kids are 3 blocks away. My son is 5 km from here.', 'en')).toEqual([]);
  });
});

describe('ages after a name, with a unit, and with би/бы', () => {
  it.each([
    ['uk', 'Ксюха [Оксана Бабенко, 22 р.] не відповідає.', ['22 р.']],
    ['ru', '(позже выяснилось: Светлана Кравец, 25 л., уехала)', ['25 л.']],
    ['uk', 'Їй би зараз 30 було.', ['30']],
    ['ru', 'ей бы сегодня шестьдесят было.', ['шестьдесят']],
    ['en', 'Case B — Taras K., male sex worker, 29. Beaten.', ['29']],
  ])('%s: %s', (lang, text, expected) => expect(found(detectAges, text, lang as never)).toEqual(expected));
  it('"л." is litres before a noun', () => {
    expect(found(detectAges, 'В 5 л. воды.', 'ru')).toEqual([]);
  });
});

describe('a full count of years', () => {
  it('"повних 27 років" is an age and the word goes with it; a span of years that passed is not', () => {
    expect(rewritten(detectAges, 'Дата народження: 03.09.1998 (повних 27 років)', 'uk')).toBe('Дата народження: 03.09.1998 (за двадцять)');
    expect(rewritten(detectAges, 'Ей полных 27 лет.', 'ru')).toBe('Ей за двадцать.');
    expect(found(detectAges, 'Повних 5 років минуло. Повних 5 кілограмів.', 'uk')).toEqual([]);
  });
});

describe('ages beside a name in brackets, said of her, or as a sentence of their own', () => {
  it.each([
    ['en', 'Svitlana K. (33) was stopped. Maksym (9) and Polina (5) stayed. Oksana is 29.', ['33', '9', '5', '29']],
    ['uk', 'Її звати Катерина. Тридцять один рік. Двоє дітей.', ['Тридцять один рік']],
    ['uk', 'Василині тепер сорок шість років.', ['сорок шість років']],
    ['ru', 'охранник, Тарас, около 50 лет, фамилию узнать.', ['около 50 лет']],
  ])('%s: %s', (lang, text, expected) => expect(found(detectAges, text, lang as never)).toEqual(expected));
  it('not a number in brackets after an ordinary word, nor a short span of years', () => {
    expect(found(detectAges, 'See Article (3). Room (12) was cold. The price is 29.', 'en')).toEqual([]);
    expect(found(detectAges, 'Три роки. Потім усе змінилось.', 'uk')).toEqual([]);
  });
});

describe('an age guessed, or in brackets after a name', () => {
  it.each([
    ['uk', 'жінка років шістдесяти, окуляри', 'жінка за шістдесят, окуляри'],
    ['uk', "Віра (на вигляд років двадцяти п'яти), яка купувала", 'Віра (на вигляд за двадцять), яка купувала'],
    ['ru', 'мужчина лет сорока пяти', 'мужчина за сорок'],
    ['uk', 'Д: Марина Гулько (41), Ліля (~22) |', 'Д: Марина Гулько (за сорок), Ліля (~за двадцять) |'],
  ])('%s: %s', (lang, text, expected) => expect(rewritten(detectAges, text, lang as never)).toBe(expected));
  it('a duration keeps its number in the nominative: "років п\'ять тому"', () => {
    expect(found(detectAges, "Це було років п'ять тому, а років двадцяти тому назад ще ні.", 'uk')).toEqual([]);
  });
});

describe('an age said with a hedge', () => {
  it.each([
    ['ru', 'совсем молодую, ей вроде девятнадцать. И что', 'совсем молодую, ей вроде около двадцати. И что'],
    ['uk', 'їй мабуть тридцять, не більше', 'їй мабуть за тридцять, не більше'],
  ])('%s: %s', (lang, text, expected) => expect(rewritten(detectAges, text, lang as never)).toBe(expected));
  it('a hedge before a count of days is no age', () => {
    expect(found(detectAges, 'ей вроде три дня дали', 'ru')).toEqual([]);
  });
});

describe('an age said by a birthday, a bracket after a year, "now", "at the time" or an age line', () => {
  it.each([
    ['ru', 'Поздравляю Вас с 70-летием! Вы одна', 'Поздравляю Вас с юбилеем! Вы одна'],
    ['uk', 'Вітаємо з 50-річчям! Готуємося до 60-річчя.', 'Вітаємо з ювілеєм! Готуємося до ювілею.'],
    ['en', 'HAPPY 50th, TANIA!!! > Happy 50! Call me. For her 40th birthday we sang.', 'HAPPY BIRTHDAY, TANIA!!! > Happy birthday! Call me. For her birthday we sang.'],
    ['en', '**Son:** Matvii, DOB 3 June 2017 (9)', '**Son:** Matvii, DOB 3 June 2017 (under ten)'],
    ['en', 'her son Artem, now 20.', 'her son Artem, now twenty-something.'],
    ['en', 'Born 7 October 1999, so 26 at the hearing |', 'Born 7 October 1999, so twenty-something at the hearing |'],
    ['en', 'with my son Yehor, who was then eleven.', 'with my son Yehor, who was then under eighteen.'],
    ['en', '| Iryna Kh. (45) | relocation |', '| Iryna Kh. (forty-something) | relocation |'],
    ['en', 'Her daughter, Miroslava ("Mira"), is 5 and attends', 'Her daughter, Miroslava ("Mira"), is under ten and attends'],
    ['en', 'Narrator: "Kotia" (Kateryna Yaremchuk), forty-one. Recorded', 'Narrator: "Kotia" (Kateryna Yaremchuk), forty-something. Recorded'],
    ['ru', '- Возраст: в протоколе указано «38 лет», это верно. В карточке суда — «37», ошибка.', '- Возраст: в протоколе указано «за тридцать», это верно. В карточке суда — «за тридцать», ошибка.'],
    ['ru', 'задержали Лесю (Олеся Мирошник, 25 лет тогда) и', 'задержали Лесю (Олеся Мирошник, за двадцать тогда) и'],
    ['ru', 'Данику в этом году шесть, он пойдёт в садик', 'Данику в этом году меньше десяти, он пойдёт в садик'],
    ['uk', 'живу з сином синові дванадцять він ходить у ліцей', 'живу з сином синові менше вісімнадцяти він ходить у ліцей'],
    ['uk', '5. **Марічка-маленька**, 19 р. Нас було троє.', '5. **Марічка-маленька**, близько двадцяти. Нас було троє.'],
    ['uk', '- Ганна-Марія (так просить називати), двадцять один. Поступила', '- Ганна-Марія (так просить називати), за двадцять. Поступила'],
  ])('%s: %s', (lang, text, expected) => expect(rewritten(detectAges, text, lang as never)).toBe(expected));
  it('a count at the time, a fee that is five, a year in brackets with a page are no ages', () => {
    expect(found(detectAges, 'There were 5 at the time. The fee is 5 and rising. Report 2019 (p. 4).', 'en')).toEqual([]);
  });
});

describe('an age said of a birthday, a child in brackets, a role in apposition, a name and a dash', () => {
  it.each([
    ['uk', 'мати двох дітей (7 і 11 років), живе тут', 'мати двох дітей (менше десяти і менше вісімнадцяти), живе тут'],
    ['en', 'lives with her son (5) and mother.', 'lives with her son (under ten) and mother.'],
    ['uk', '| 8 | д. н. доньки, 18!!! торт свій |', '| 8 | д. н. доньки, близько двадцяти!!! торт свій |'],
    ['uk', '| 6 | ювілей мами, 65 |', '| 6 | ювілей мами, за шістдесят |'],
    ['en', 'Zoria, the landlady, 70, lives on the ground floor.', 'Zoria, the landlady, seventy-something, lives on the ground floor.'],
    ['en', 'Ms Bondarenko is a Ukrainian national, 31, here under the scheme.', 'Ms Bondarenko is a Ukrainian national, thirty-something, here under the scheme.'],
    ['ru', 'Вероника (Ника) — 27 лет. Ника — так её называют.', 'Вероника (Ника) — за двадцать. Ника — так её называют.'],
    ['en', 'Hope Ainsworth (58, retired teacher) is the partner.', 'Hope Ainsworth (fifty-something, retired teacher) is the partner.'],
  ])('%s: %s', (lang, text, expected) => expect(rewritten(detectAges, text, lang as never)).toBe(expected));
  it('a count of children, guests on a birthday, a city and its years, a dash before a duration are no ages', () => {
    expect(found(detectAges, 'У неї троє дітей (3). На день народження 25 гостей. Київ — 3 роки. Стаж — 5 років роботи.', 'uk')).toEqual([]);
    expect(found(detectAges, 'The birthday party, 30 guests and a cake. Their children (3) came.', 'en')).toEqual([]);
  });
});

describe('ages in words told in a conversation', () => {
  it('a capitalised dative after the Ukrainian particle "от", an age in quotation marks, and the same age said again', () => {
    expect(found(detectAges, 'Мені двадцять шість. А от Юльці сімнадцять, вона зі мною.', 'uk')).toEqual(['двадцять шість', 'сімнадцять']);
    expect(found(detectAges, 'Ольга Семёновна — «Мне пятьдесят девять». Про то', 'ru')).toEqual(['пятьдесят девять']);
    expect(found(detectAges, 'Мне тридцать восемь, скоро тридцать девять, ужас.', 'ru')).toEqual(['тридцать восемь', 'тридцать девять']);
    expect(found(detectAges, 'Мені було вісімнадцять тоді, уже вісімнадцять, я не мала.', 'uk')).toEqual(['вісімнадцять', 'вісімнадцять']);
  });
  it('not a count after "ще" with no age before it, nor a Russian place after "от"', () => {
    expect(found(detectAges, 'Я вже три тижні тут. Ще п\'ять, і все.', 'uk')).toEqual([]);
    expect(found(detectAges, 'Автобус от Умани шел три часа.', 'ru')).toEqual([]);
  });
});
