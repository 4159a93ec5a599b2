import type { PseudonymRegistry } from './types.ts';
import type { Lang } from '../../src/data/site.ts';

type Hint = { lang: Lang; gender?: 'female' | 'male'; part: 'first' | 'surname' | 'patronymic' };

const POOLS: Record<Lang, Record<'female' | 'male', string[]>> = {
  uk: { female: ['Марта', 'Зоряна', 'Устина', 'Ярина'], male: ['Богдан', 'Остап', 'Тарас', 'Назар'] },
  ru: { female: ['Марина', 'Алина', 'Полина', 'Кира'], male: ['Глеб', 'Артём', 'Кирилл', 'Тимур'] },
  en: { female: ['Maya', 'Nora', 'Iris', 'Lena'], male: ['Adam', 'Leo', 'Mark', 'Theo'] },
};

export interface SerialisableRegistry extends PseudonymRegistry {
  toJSON(): { seed: string; entries: Record<string, string> };
}

export function createPseudonymRegistry(opts: { seed?: string; reserved?: string[] } = {}): SerialisableRegistry {
  const seed = opts.seed ?? 'default';
  const map = new Map<string, string>();
  let n = 0;
  return {
    pseudonymFor(entity, hint) {
      const key = `${hint.lang}|${hint.part}|${entity}`;
      let p = map.get(key);
      if (!p) {
        const pool = POOLS[hint.lang][hint.gender ?? 'female'];
        p = pool[n++ % pool.length]!;
        map.set(key, p);
      }
      return p;
    },
    used: () => [...new Set(map.values())],
    toJSON: () => ({ seed, entries: Object.fromEntries(map) }),
  };
}
