import { describe, expect, it } from 'vitest';
import { createPseudonymRegistry, fromJSON } from './pseudonyms.ts';

describe('pseudonym registry', () => {
  it('is consistent and deterministic for a seed', () => {
    const a = createPseudonymRegistry({ seed: 's1' });
    const b = createPseudonymRegistry({ seed: 's1' });
    const h = { lang: 'uk', gender: 'female', part: 'first' } as const;
    expect(a.pseudonymFor('оксана', h)).toBe(a.pseudonymFor('оксана', h));
    expect(a.pseudonymFor('оксана', h)).toBe(b.pseudonymFor('оксана', h));
    expect(a.pseudonymFor('оксана', h)).not.toBe(a.pseudonymFor('олена', h));
  });
  it('never hands out a reserved or already-seen real name, nor common-word names', () => {
    const r = createPseudonymRegistry({ seed: 'x', reserved: ['Марта', 'Зоряна', 'Устина'] });
    const got: string[] = [];
    for (let i = 0; i < 15; i++) got.push(r.pseudonymFor('name' + i, { lang: 'uk', gender: 'female', part: 'first' }));
    for (const bad of ['Марта', 'Зоряна', 'Устина', 'Віра', 'Надія', 'Любов']) expect(got).not.toContain(bad);
    expect(new Set(got).size).toBe(got.length);
    const seen = r.pseudonymFor('орися', { lang: 'uk', gender: 'female', part: 'first' });
    expect(seen).not.toBe('Орися');
  });
  it('matches gender and language', () => {
    const r = createPseudonymRegistry();
    expect(r.pseudonymFor('john', { lang: 'en', gender: 'male', part: 'first' })).toMatch(/^[A-Z][a-z]+$/);
    expect(r.pseudonymFor('ivanova', { lang: 'ru', gender: 'female', part: 'surname' })).toMatch(/[ая]$|[^а-я]$|о$/);
    expect(r.pseudonymFor('петрівна', { lang: 'uk', gender: 'female', part: 'patronymic' })).toMatch(/івна$/);
  });
  it('round-trips through JSON', () => {
    const r = createPseudonymRegistry({ seed: 'j' });
    const p = r.pseudonymFor('олег', { lang: 'uk', gender: 'male', part: 'first' });
    const back = fromJSON(JSON.parse(JSON.stringify(r.toJSON())));
    expect(back.pseudonymFor('олег', { lang: 'uk', gender: 'male', part: 'first' })).toBe(p);
  });
});

describe('declined pseudonyms in a re-scan', () => {
  it('accepts every case form the anonymizer writes, consonant changes included', async () => {
    const { isPseudonymForm } = await import('./pseudonym-forms.ts');
    expect(isPseudonymForm('Маланці', ['Маланка'])).toBe(true);
    expect(isPseudonymForm('Олесі', ['Олеся'])).toBe(true);
    expect(isPseudonymForm('Ершовой', ['Ершов'])).toBe(true);
  });
  it('refuses a different name with the same first letters', async () => {
    const { isPseudonymForm } = await import('./pseudonym-forms.ts');
    expect(isPseudonymForm('Кирилл', ['Кира'])).toBe(false);
    expect(isPseudonymForm('Маланюк', ['Маланка'])).toBe(false);
  });
});

describe('a long story or a long-lived pseudonym map', () => {
  it('gives hundreds of people distinct pseudonyms, and ends', () => {
    const r = createPseudonymRegistry();
    for (const lang of ['uk', 'ru', 'en'] as const) {
      for (const part of ['first', 'surname'] as const) {
        const given = new Set<string>();
        for (let i = 0; i < 200; i++) given.add(r.pseudonymFor(`person-${part}-${i}`, { lang, gender: 'female', part }));
        expect(given.size, `${lang} ${part}`).toBe(200);
      }
    }
  });
});

describe('every surname pseudonym declines in both genders', () => {
  it('Полевой / Полевая take adjectival endings (Полевой → Полевому, Полевая → Полевой), not noun ones', async () => {
    const { decline } = await import('./lexicon/decline.ts');
    const { feminine } = await import('./pseudonyms.ts');
    expect(feminine('Полевой', 'ru', 'surname')).toBe('Полевая');
    expect(['gen', 'dat', 'acc', 'ins', 'loc'].map((c) => decline('Полевая', 'ru', 'female', 'surname', c as never))).toEqual(['Полевой', 'Полевой', 'Полевую', 'Полевой', 'Полевой']);
    expect(['gen', 'dat', 'ins'].map((c) => decline('Полевой', 'ru', 'male', 'surname', c as never))).toEqual(['Полевого', 'Полевому', 'Полевым']);
  });
  it('no case form of any pool surname ends in a letter pair Russian or Ukrainian never writes at a word end', async () => {
    const { paradigm, CASES } = await import('./lexicon/decline.ts');
    const { POOLS, feminine } = await import('./pseudonyms.ts');
    const bad: string[] = [];
    for (const lang of ['uk', 'ru'] as const)
      for (const base of POOLS[lang].surname.male)
        for (const gender of ['male', 'female'] as const) {
          const w = gender === 'female' ? feminine(base, lang, 'surname') : base;
          const forms = paradigm(w, lang, gender, 'surname');
          for (const c of CASES) for (const f of forms[c]) if (/(?:аи|яи|ои|оя|ыя|ая[ая]|ийа)$/.test(f)) bad.push(`${lang} ${w} ${c}: ${f}`);
        }
    expect(bad).toEqual([]);
  });
});
