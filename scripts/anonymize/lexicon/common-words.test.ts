import { describe, expect, it } from 'vitest';
import { isCommonWord, isDictionaryProperNoun } from './common-words.ts';
import { isKnownProperNoun } from './known-proper-nouns.ts';

describe('ordinary words', () => {
  it.each(['Слухай', 'Пішла', 'Мельника', 'Говорит', 'Station', 'Officers', 'Самотест', 'Автомийка'])('%s is a form of an ordinary word', (w) =>
    expect(isCommonWord(w)).toBe(true));
  it.each(['Оксаною', 'Гаянэ', 'Рябоконь', 'Skoryk', 'Doina', 'Агроснаб'])('%s is not', (w) => expect(isCommonWord(w)).toBe(false));
  it('tells a dictionary proper noun (a name) from an ordinary word', () => {
    expect(isDictionaryProperNoun('Рябоконя')).toBe(true);
    expect(isDictionaryProperNoun('Мельника')).toBe(false);
  });
});

describe('harmless proper nouns', () => {
  it.each(['Польщі', 'Україною', 'Молдові', 'Viber', 'Mondays', 'Грузії', 'Нову'])('%s identifies nobody', (w) => expect(isKnownProperNoun(w)).toBe(true));
  it.each(['Армен', 'Лейла', 'Гана', 'Роман', 'Oksana'])('%s is not on the list (a name close to a listed word)', (w) => expect(isKnownProperNoun(w)).toBe(false));
});

describe('the list of harmless proper nouns', () => {
  it('holds no given name, in any of its case forms (a name on it would never be replaced)', async () => {
    const { GIVEN } = await import('./given.ts');
    const { paradigm, CASES } = await import('./decline.ts');
    const clashes: string[] = [];
    for (const lang of ['uk', 'ru'] as const)
      for (const gender of ['female', 'male'] as const)
        for (const name of GIVEN[lang][gender]) {
          const forms = paradigm(name, lang, gender, 'first');
          for (const c of CASES) for (const f of forms[c]) if (isKnownProperNoun(f)) clashes.push(`${name} (${f})`);
        }
    expect(clashes).toEqual([]);
  });
});
