/**
 * Mechanism tests for the place detector, with fictional sentences and towns that the benchmark
 * corpus does not use.
 */
import { describe, expect, it } from 'vitest';
import { detectPlaces } from './places.ts';
import { createPseudonymRegistry } from '../pseudonyms.ts';

function run(text: string, lang: 'uk' | 'ru' | 'en') {
  const ctx = { lang, allow: { phones: [], phrases: [] }, settings: {}, pseudonyms: createPseudonymRegistry() };
  const spans = detectPlaces(text, ctx);
  let out = '', last = 0;
  for (const s of spans) { out += text.slice(last, s.start) + s.replacement; last = s.end; }
  return { found: spans.map((s) => text.slice(s.start, s.end)), out: out + text.slice(last) };
}

describe('gazetteer: oblast centres and district towns in every case', () => {
  it('uk case forms of -а, -ь, -ів, plural and two-word names', () => {
    const r = run('Я їздила до Жмеринки, жила в Ковелі, потім у Бердичеві, у Черкасах і в Білій Церкві.', 'uk');
    expect(r.out).not.toMatch(/Жмеринк|Ковел|Бердич|Черкас|Церкв/);
    expect(r.out).toContain('до невеликого міста');
  });
  it('ru case forms and adjectival names', () => {
    const r = run('Из Хмельницкого мы уехали в Каменец-Подольский, а зимой жили в Новой Каховке.', 'ru');
    expect(r.out).not.toMatch(/Хмельниц|Каменец|Каховк/);
  });
  it('English spellings are generated: KMU, popular and Russian-based', () => {
    for (const t of ['She moved to Zhmerynka.', 'She moved to Zhmerinka.', 'We met in Khmilnyk.', 'a flat in Kremenchug']) {
      expect(run(t, 'en').found.length).toBe(1);
    }
  });
  it('oblast names themselves are kept', () => {
    expect(run('Я з Полтавської області.', 'uk').found).toEqual([]);
  });
});

describe('unknown settlements', () => {
  it('after a settlement word', () => {
    expect(run('Вона з села Липняжка.', 'uk').out).not.toContain('Липняжка');
    expect(run('Мы жили в посёлке Сосновка.', 'ru').out).not.toContain('Сосновка');
  });
  it('a place-like ending after a preposition', () => {
    expect(run('Ми поїхали у Вербівку, а потім до Тополиного.', 'uk').found).toEqual(['у Вербівку', 'Тополиного']);
    expect(run('Её привезли из Глинковки.', 'ru').found).toEqual(['Глинковки']);
    expect(run('Her aunt lived near Hlynivka, far from Kalynivtsi.', 'en').found).toEqual(['Hlynivka', 'Kalynivtsi']);
  });
  it('a -івка/-овка village mid-sentence even without a preposition', () => {
    expect(run('Цього літа Вербівка стала зовсім тихою.', 'uk').found).toEqual(['Вербівка']);
  });
});

describe('precision', () => {
  it('ordinary capitalised nouns at sentence and line starts are not places', () => {
    expect(run('## Підготовка\n\n- Оцінка: ні.\n\nВиставка відкрилась.', 'uk').found).toEqual([]);
  });
  it('a declined form at a sentence start without a preposition is not taken', () => {
    expect(run('Лозовой была вся дорога к дому.', 'ru').found).toEqual([]);
  });
  it('countries are not generalised by the pattern', () => {
    expect(run('Вона поїхала до Польщі, а він у Канаду.', 'uk').found).toEqual([]);
    expect(run('She went to Poland and then to Alaska.', 'en').found).toEqual([]);
  });
  it('names of people after a preposition stay with the name detector', () => {
    expect(run('Я пішла до Оксани, а потім до Петра.', 'uk').found).toEqual([]);
  });
});

describe('soft -я town names', () => {
  it('Вінниця / Винница in every case', () => {
    expect(run('Мене відвезли до Вінниці, а потім ми жили у Вінниці.', 'uk').out).not.toMatch(/Вінниц/);
    expect(run('Нас отвезли в Винницу, мы жили в Виннице.', 'ru').out).not.toMatch(/Винниц/);
    expect(run('Мене відвезли до Вінниці.', 'uk').out).toContain('обласного центру');
  });
});

describe('places: learned case forms, districts, oblast names (fictional sentences)', () => {
  it('an unknown village named after a settlement word is found again in another case', async () => {
    const { detectPlaces } = await import('./places.ts');
    const { found } = await import('./test-helpers.ts');
    expect(found(detectPlaces, 'Вона з села Дубове. У Дубовому її всі знають.', 'uk')).toEqual(['села Дубове', 'У Дубовому']);
    expect(found(detectPlaces, 'We drove back to Zhuravyno after dark, she lives in the Sokilnyky district.', 'en')).toEqual(['Zhuravyno', 'Sokilnyky district']);
    expect(found(detectPlaces, 'It happened in the Kherson region.', 'en')).toEqual([]);
  });
});

describe('blind-evaluation mechanisms: unknown villages and districts', () => {
  it('uk locatives -івці/-инці and plural -ках after у/в', () => {
    expect(run('Її мати досі живе у Горобіївці, а брат — в Пилипчанках.', 'uk').found).toEqual(['у Горобіївці', 'в Пилипчанках']);
  });
  it('transliterated villages and two-word names, whole district phrases', () => {
    expect(run('She left Hnylopiatka for Verkhni Zaliztsi, not for Petrivka.', 'en').found).toEqual(['Verkhni Zaliztsi', 'Petrivka']);
    expect(run('They lived in Robitnychyi district, near Selmisto.', 'en').found).toEqual(['Robitnychyi district', 'Selmisto']);
  });
});

describe('adjectives made from a place', () => {
  it('become "local" before a police station, a court or a district', async () => {
    const { anonymizeText } = await import('../pipeline.ts');
    expect(anonymizeText('Мене тримали в Знам’янському відділку, потім у Олександрійському суді.', { lang: 'uk' }).text).toBe('Мене тримали в місцевому відділку, потім у місцевому суді.');
    expect(anonymizeText('Меня держали в Смелянском отделе полиции.', { lang: 'ru' }).text).toBe('Меня держали в местном отделе полиции.');
  });
});
