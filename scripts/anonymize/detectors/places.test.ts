import { describe, expect, it } from 'vitest';
import { detectPlaces } from './places.ts';
import { createPseudonymRegistry } from '../pseudonyms.ts';
import { anonymizeText } from '../pipeline.ts';
import { found } from './test-helpers.ts';

function run(text: string, lang: 'uk' | 'ru' | 'en', settings = {}) {
  const ctx = { lang, allow: { phones: [], phrases: [] }, settings, pseudonyms: createPseudonymRegistry() };
  const spans = detectPlaces(text, ctx);
  let out = '', last = 0;
  for (const s of spans) { out += text.slice(last, s.start) + s.replacement; last = s.end; }
  return { spans, out: out + text.slice(last) };
}

describe('detectPlaces', () => {
  it('generalises a regional centre in locative with euphonic preposition', () => {
    expect(run('Я жила у Кропивницькому два роки.', 'uk').out).toBe('Я жила в обласному центрі в центральній Україні два роки.');
  });
  it('catches towns in genitive and accusative', () => {
    const r = run("Поїхала до Олександрії, а потім в Знам'янку.", 'uk');
    expect(r.out).not.toMatch(/Олександрії|Знам'янку/);
    expect(r.out).toContain('до невеликого міста в центральній Україні');
  });
  it('handles Russian forms', () => {
    expect(run('Я жила в Кировограде.', 'ru').out).toBe('Я жила в областном центре в центральной Украине.');
    expect(run('Из Умани приехала.', 'ru').out).toContain('небольшого города');
  });
  it('reads an abbreviated settlement word and two-word names', () => {
    expect(run('Місце проживання: с. Стара Гребля, вул. Молодіжна, 4.', 'uk').out).toBe('Місце проживання: село, вул. Молодіжна, 4.');
    expect(run('живе в с. Вербівка', 'uk').out).toBe('живе в селі');
    expect(run('at the bus station in Ruda Volynska when she was', 'en').out).toBe('at the bus station in a village when she was');
    expect(run('Я з ним розмовляла с. Потім пішла.', 'uk').out).toBe('Я з ним розмовляла с. Потім пішла.');
    // (an ordinary word that ends its clause right after the abbreviation is the village's name)
    expect(run('прописка — с. Вербове, вул. Центральна, 2.', 'uk').out).toBe('прописка — село, вул. Центральна, 2.');
    expect(run('Кому: пос. Кировское, ул. Мира, 9', 'ru').out).toMatch(/^Кому: (?!пос\. Кировское)[^,]+, ул\. Мира, 9$/);
  });
  it('handles English', () => {
    expect(run('She moved from Uman last year.', 'en').out).toBe('She moved from a town in central Ukraine last year.');
  });
  it('removes unknown villages named after a settlement word', () => {
    const r = run('Народилась у селі Вербівка.', 'uk');
    expect(r.out).toBe('Народилась у селі.');
    expect(run('She grew up in the village of Verbivka.', 'en').out).not.toContain('Verbivka');
  });
  it('keeps major cities only when asked', () => {
    expect(run('Потім у Києві.', 'uk', { keepMajorCities: true }).spans).toHaveLength(0);
    expect(run('Потім у Києві.', 'uk').out).toBe('Потім у великому місті.');
  });
  it('keeps oblasts and countries, generalises districts', () => {
    const r = run('Бобринецький район, Кіровоградська область, Україна, Польща.', 'uk');
    expect(r.out).toBe('район, Кіровоградська область, Україна, Польща.');
  });
});

describe('settlement names with an adjective, town abbreviations, oblasts', () => {
  it('takes the adjective and the abbreviation with the name (м. Нова Гречанівка, г. Новая Каменка)', () => {
    expect(found(detectPlaces, 'Місце події: м. Нова Гречанівка Київської області.', 'uk')).toContain('м. Нова Гречанівка');
    expect(found(detectPlaces, 'Проживает: г. Новая Каменка.', 'ru')).toContain('г. Новая Каменка');
  });
  it('"2019 г." is a year, and the dot of an abbreviation opens no sentence', () => {
    const r = anonymizeText('В 2019 г. Харьков был другим.', { lang: 'ru' });
    expect(r.text).toMatch(/^В 2019 г\. \p{Ll}/u);
  });
  it('keeps oblasts and historical regions, which are region-level already', () => {
    const r = anonymizeText('Вона з Київської області, а я з Харківської області. Живу на Київщині.', { lang: 'uk' });
    expect(r.text).toBe('Вона з Київської області, а я з Харківської області. Живу на Київщині.');
    expect(anonymizeText('Она из Киевской области.', { lang: 'ru' }).text).toBe('Она из Киевской области.');
    // only before a region word: the same words are surnames and streets
    const other = anonymizeText('Ровенский Денис пришёл. Живёт на Киевской, 5.', { lang: 'ru' }).text;
    expect(other).not.toMatch(/Ровенский|Киевской/);
  });
});

describe('a settlement word at a line end', () => {
  it('does not take the next line\'s first word (…,town\\nRV-25-086)', () => {
    expect(found(detectPlaces, 'case_id,client,town\nRV-25-086,Olha,Lelekivka', 'en')).not.toContain('town\nRV-25');
  });
});

describe('a town adjective before a police unit or a court', () => {
  it('a police unit is local; the town adjective goes, the abbreviation stays', () => {
    expect(anonymizeText('мене повезли в Олександрійський РУП', { lang: 'uk' }).text).toBe('мене повезли в місцевий РУП');
  });
  it.each([
    ['uk', 'Скаргу подали до Кіровоградської обласної прокуратури.'],
    ['uk', 'Апеляцію розглянули в Кропивницькому апеляційному суді.'],
    ['ru', 'Жалобу подали в Кировоградский окружной административный суд.'],
  ])('a region-level court or prosecutor\'s office is a public institution, kept: %s', (lang, text) => {
    expect(anonymizeText(text, { lang: lang as never }).text).toBe(text);
  });
  it('a town\'s own court names the town: it becomes local', () => {
    expect(anonymizeText('Светловодский горрайонный суд рассмотрел дело.', { lang: 'ru' }).text).toBe('Местный горрайонный суд рассмотрел дело.');
  });
});
