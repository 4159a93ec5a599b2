import { describe, expect, it } from 'vitest';
import { anonymizeText } from '../pipeline.ts';
import { detectTableColumns } from './table-columns.ts';
import { ctxFor } from './test-helpers.ts';

const table = (lang: 'uk' | 'ru' | 'en', text: string) =>
  detectTableColumns(text, { ...ctxFor(lang), claimed: [] }).map((s) => [s.kind, text.slice(s.start, s.end)]);

describe('the table net', () => {
  it('reads a column of names, ages and places by its header', () => {
    const text = ['| Час | Хто дзвонив | Вік | Звідки | Суть |', '|---|---|---|---|---|', '| 16:50 | Слава | 24 | Новодмитрівка | Гроші забрали |'].join('\n');
    expect(table('uk', text)).toEqual([['name', 'Слава'], ['age', '24'], ['place', 'Новодмитрівка']]);
  });

  it('reads abbreviated headers, and a settlement numbered with a hyphen', () => {
    const text = ['| № | Заявительница | Возр. | Н. п. |', '|---|---|---|---|', '| 42 | Малина | 20 | Озёрск-2 |'].join('\n');
    expect(table('ru', text)).toEqual([['name', 'Малина'], ['age', '20'], ['place', 'Озёрск-2']]);
  });

  it('never takes the header row for names, through the whole pipeline', async () => {
    const { anonymizeText } = await import('../pipeline.ts');
    const text = ['| № | Заявительница | Возр. | Н. п. |', '|---|---|---|---|', '| 42 | Малина | 20 | Озёрск-2 |'].join('\n');
    expect(anonymizeText(text, { lang: 'ru' }).text.split('\n')[0]).toBe('| № | Заявительница | Возр. | Н. п. |');
  });

  it('takes an age written beside a name', () => {
    const text = ['| Name | Note |', '|---|---|', '| Joy (Joy Nwosu), 22 | Passport kept |'].join('\n');
    expect(table('en', text)).toEqual([['age', '22'], ['name', 'Joy'], ['name', 'Joy Nwosu']]);
  });

  it('leaves tables whose headers name nothing personal, and text outside tables', () => {
    expect(table('ru', ['| Время | Что сделано |', '|---|---|', '| 10:02 | Передано Юристу |'].join('\n'))).toEqual([]);
    expect(table('uk', 'Слава Богу, все живі.')).toEqual([]);
  });
});

describe('badge and vehicle columns', () => {
  it('every number under "Badge" is a badge and every number under "Vehicle" a plate, partial ones too', () => {
    const table = '| Officer (as named by members) | Badge | Vehicle | Cases |\n|---|---|---|---|\n| Pavlenko Yu. | 0712405 | — | A |\n| "Stas" | unknown | BA1290AO | C |\n| Drach O. | 07 115… (partial) | BA 44** KM | D |\n';
    const r = anonymizeText(table, { lang: 'en' });
    for (const leak of ['0712405', '07 115', 'BA1290AO', 'BA 44', 'Pavlenko', 'Yu.', 'Drach', 'Stas']) expect(r.text).not.toContain(leak);
    expect(r.text).toContain('| unknown |');
    expect(r.text).toMatch(/\| A \|\n/);
  });
});

describe('a form written as a table, one field per row', () => {
  it('reads the first cell as the header of the row', () => {
    const table = '| Поле | Значение |\n|---|---|\n| Дата рождения / возраст | 23.06.2004 / 21 год |\n| Имя | Светлана Кравец |\n| Город | Мерефа |\n| Статус | Принята |\n';
    const r = anonymizeText(table, { lang: 'ru' });
    for (const leak of ['21 год', 'Светлана', 'Кравец', 'Мерефа']) expect(r.text).not.toContain(leak);
    expect(r.text).toContain('| Статус | Принята |');
    expect(r.text).toContain('| Дата рождения / возраст |');
  });
  it('takes an approximate age beside a name in a cell (| «Милана», ~35 |)', () => {
    const r = anonymizeText('| Дата | Кто | Что |\n|---|---|---|\n| 03.11 | «Милана», ~35 | сержант |\n', { lang: 'ru' });
    expect(r.text).not.toMatch(/35|Милана|~/);
  });
});

describe('a CSV export pasted as text', () => {
  it('reads the header line for its columns (client, dob_or_age, town, officer, badge, vehicle)', () => {
    const csv = 'case_id,opened,client,dob_or_age,town,issue,officer,badge,vehicle,amount_uah,status\n' +
      'RV-25-094,2025-10-03,Kseniia Burlaka,35,Bobrynets,"extortion in car, twice",Ishchenko S.,0277415,BA 6219 AK,200,open\n';
    const r = anonymizeText(csv, { lang: 'en' });
    for (const leak of ['Kseniia', 'Burlaka', ',35,', 'Bobrynets', 'Ishchenko', '0277415', 'BA 6219 AK']) expect(r.text).not.toContain(leak);
    expect(r.text).toContain('RV-25-094,');
    expect(r.text).toContain(',200,open');
    expect(r.text.split('\n')[0]).toBe(csv.split('\n')[0]);
  });
});

describe('a semicolon or tab separated export', () => {
  it('reads its header too, and a person cell is her name whole, in capitals (ТКАЧУК ВАЛЕНТИНА)', () => {
    const csv = 'id;створено;категорія;заявник;телефон;текст\n' +
      '158-0611;2026-06-01 07:42;Благоустрій;ТКАЧУК ВАЛЕНТИНА;0503317702;Гілка на проводах\n' +
      '158-0741;2026-06-05 10:52;Вода;ЗАЇКА ЛЮБОВ;0969012230;Любов до людей у вас є?\n';
    const r = anonymizeText(csv, { lang: 'uk' });
    for (const leak of ['ТКАЧУК', 'ВАЛЕНТИНА', 'ЗАЇКА']) expect(r.text).not.toContain(leak);
    expect(r.text).toMatch(/;\p{Lu}{3,} \p{Lu}{3,};/u);
    expect(r.text).toContain('Любов до людей у вас є?');
    const tsv = 'Дата\tСотрудник\tСмена\n02.11\tГулько Тамара\tночь\n';
    expect(anonymizeText(tsv, { lang: 'ru' }).text).not.toContain('Гулько');
  });
});

describe('a contact column', () => {
  it('holds accounts: a user name there is a handle, a file name is not', () => {
    const text = '| День | Хто | Тел. / інст |\n|---|---|---|\n| 23.10 | Жора | georgiy.kryvonis |\n| 25.10 | Роман і Любов | liubov_i_roman |\n| 26.10 | Оля | report.pdf |';
    const r = anonymizeText(text, { lang: 'uk' });
    expect(r.text).not.toMatch(/georgiy|liubov_i_roman/);
    expect(r.text).toContain('report.pdf');
  });
});

describe('a signature column', () => {
  it('holds initials, and the header words are no names', () => {
    const text = '| Date | Name | In | Sig. |\n|---|---|---|---|\n| Mon 2 Nov | Margaret Pryce | 9:30 | MP |\n| Tue 3 Nov | Derek | 9:30 | D |';
    const r = anonymizeText(text, { lang: 'en' });
    expect(r.text.split('\n')[0]).toBe('| Date | Name | In | Sig. |');
    expect(r.text).not.toMatch(/\| MP \||\| D \||Margaret|Derek/);
  });
});

describe('a column of who added a row', () => {
  it('holds names; a one-word nickname there gets a first name, not a surname', () => {
    const text = '| Кто | Что сделал | Добавила |\n|---|---|---|\n| Тамерлан | предлагает «работу» | Кися |\n| участковый Гонтарь | приходит | Маринка |';
    const r = anonymizeText(text, { lang: 'ru' });
    expect(r.text).not.toMatch(/Кися|Маринка/);
    const kysia = r.findings.find((f) => f.text === 'Кися')!;
    expect(kysia.replacement).toMatch(/[ая]$/);
  });
});

describe('a user name alone in a column of people', () => {
  it('is their account; a file name there is not', () => {
    const text = '| # | place | added by | text |\n|---|---|---|---|\n| 1 | the underpass | kvitka77 | two officers |\n| 2 | the garages | roza_bez_shipov | one came |\n| 3 | the park | report.pdf | see file |';
    const r = anonymizeText(text, { lang: 'en' });
    expect(r.text).not.toMatch(/kvitka77|roza_bez_shipov/);
    expect(r.text).toContain('report.pdf');
  });
});

describe('a birthday calendar\'s "Скільки" column', () => {
  it('holds ages, "50!!!" too', () => {
    const text = '| Дата | Хто | Скільки | Що дарувати |\n|---|---|---|---|\n| 07.01 | колористка | 41 | сертифікат |\n| 04.04 | манікюр | 50!!! | ювілей |';
    expect(table('uk', text).filter(([k]) => k === 'age')).toEqual([['age', '41'], ['age', '50']]);
  });
});

describe('a column of shops, pharmacies or workplaces', () => {
  it('holds a venue by its name, lower-case words of it too; the header cells are no towns', () => {
    const text = '| Дата | Аптека | Сума |\n|---|---|---|\n| 02.03.2026 | Цілюще джерело, Велика Перспективна | 96,00 |';
    expect(table('uk', text).filter(([k]) => k === 'venue')).toEqual([['venue', 'Цілюще джерело']]);
    expect(anonymizeText(text, { lang: 'uk' }).text.split('\n')[0]).toBe('| Дата | Аптека | Сума |');
  });
});
