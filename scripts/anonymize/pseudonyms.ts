/**
 * Consistent, deterministic pseudonyms. The same entity (lower-cased base form of a real name)
 * always gets the same pseudonym within a registry; the choice depends only on the seed and the
 * entity (a stable hash), so re-running on the same batch gives the same output. Pseudonyms are
 * gender- and language-matched, never equal to a real name seen in the batch or reserved, never a
 * word of the document in any case form (hint.avoid), and never names that are also ordinary words
 * (Віра, Надія, Любов…).
 */
import type { PseudonymHint, PseudonymRegistry } from './types.ts';
import { GIVEN } from './lexicon/given.ts';
import { pseudonymForms } from './pseudonym-forms.ts';
import { namesData } from './lexicon/names-data.ts';
import type { Lang } from '../../src/data/site.ts';

type Gender = 'female' | 'male';
type Part = 'first' | 'surname' | 'patronymic';
type Hint = PseudonymHint;

const split = (s: string) => s.trim().split(/\s+/);
/** Pools: names that are real and decline regularly but are not ordinary words. Male forms for surnames/patronymics. */
/** Exported for tests: every pseudonym must decline. */
export const POOLS: Record<Lang, Record<Part, Record<Gender, string[]>>> = {
  uk: {
    first: {
      female: split('Марта Зоряна Устина Соломія Богдана Орися Стефанія Мирослава Дзвенислава Ростислава Мар\'яна Христя Ївга Теодозія Одарка Маланка Ганя Богуслава Звенислава Іванна'),
      male: split('Остап Назар Ярема Захар Мирон Ростислав Орест Всеволод Северин Зиновій Устим Нестор Тиміш Адріан Любомир Еміль Гнат Панько Корній Семен'),
    },
    surname: {
      male: split('Гайченко Ярошенко Ничипоренко Оліфіренко Дзюбенко Пилипчук Остапчук Данилюк Стецюк Вербицький Кравчинський Білокінь Сиротенко Гордієнко Тимчук Маковецький Панасюк Лозинський Ярмоленко Щербатюк'),
      female: [],
    },
    patronymic: {
      male: split('Богданович Остапович Тарасович Назарович Захарович Миронович Орестович Романович Семенович Гнатович'),
      female: [],
    },
  },
  ru: {
    first: {
      female: split('Полина Кира Алиса Ульяна Варвара Милана Таисия Ева Арина Василиса Есения Эмилия Стефания Мирра Виолетта Злата Ярослава Аглая Евдокия Серафима'),
      male: split('Глеб Тимофей Матвей Всеволод Прохор Савелий Елисей Арсений Демид Фрол Яков Семён Родион Тихон Ефим Платон Марк Гордей Мирон Назар'),
    },
    surname: {
      male: split('Арсеньев Зотов Лаврентьев Градов Шубин Тихонов Ершов Прохоров Лукин Ермолаев Савинов Рябинин Сомов Клюев Дорофеев Щеглов Мартынов Гусаков Полевой Стрельников'),
      female: [],
    },
    patronymic: {
      male: split('Глебович Матвеевич Тимофеевич Прохорович Савельевич Родионович Тихонович Ефимович Платонович Гордеевич'),
      female: [],
    },
  },
  en: {
    first: {
      female: split('Maya Nora Clara Greta Leah Tessa Elise Naomi Sylvia Freya Ada Edith Miriam Helena Lydia Ingrid Esther Vivian Celia Petra'),
      male: split('Adam Leo Theo Felix Hugo Oscar Elias Jonah Ellis Simon Julian Tobias Anton Rufus Casper Emil Victor Louis Gregor Ivo'),
    },
    surname: {
      male: split('Hale Mercer Ashby Hollis Prentice Thorne Vance Whitlock Garner Ellison Radley Kemp Sutter Rowan Dalby Fenwick Lomax Pryor Tilden Averill'),
      female: [],
    },
    patronymic: { male: [], female: [] },
  },
};

/**
 * Surnames that do not change with case or gender in the text's language (Ukrainian feminine
 * -енко/-ук surnames, -енко in Russian): for people the proper-noun net finds, whose case and
 * gender are unknown, so that "з Лейлою" becomes "з Гайченко", never a wrongly declined name.
 */
const INVARIABLE: Record<Lang, string[]> = {
  uk: split('Гайченко Ярошенко Ничипоренко Дзюбенко Сиротенко Гордієнко Ярмоленко Пилипчук Остапчук Данилюк Стецюк Тимчук Панасюк Щербатюк Кушніренко Мирошниченко'),
  ru: split('Гайченко Ярошенко Ничипоренко Дзюбенко Сиротенко Гордиенко Ярмоленко Кушниренко Мирошниченко Остапенко Нестеренко Пилипенко Симоненко Тарасенко Юхименко Яковенко'),
  en: POOLS.en.surname.male,
};

type PoolKind = 'first-female' | 'first-male' | 'surname' | 'patronymic' | 'invariable';

const EXTENDED = new Map<string, string[]>();
const SLAVIC_LATIN = /zh|kh|ts|sh|yu|ya|yi|iy|iu|ii|ia|ochk|echk|chk|enk|ushk|ik$|ko$|ka$|uk$|yk$|ov$|ova$|ev$|eva$|in$|ina$|ych$|ich$/i;
type Row = [string, string, string, string?];
/**
 * The lexicon's unambiguous rows of a language (base|gender|part, or base|gender|part|a for an
 * ambiguous one), in order, without splitting each row: the fields after the base are one letter
 * each, read by position (a row of any other shape is split as before).
 */
function eachClearRow(lang: Lang, onRow: (row: string, baseEnd: number, g: string, p: string) => void): void {
  for (const row of namesData()[lang]!.names) {
    const i = row.indexOf('|');
    const tail = row.length - i;
    if (i >= 0 && (tail === 4 || tail === 6) && row[i + 2] === '|' && row[i + 1] !== '|' && row[i + 3] !== '|' && (tail === 4 || (row[i + 4] === '|' && row[i + 5] !== '|'))) {
      if (tail === 6 && row[i + 5] === 'a') continue;
      onRow(row, i, row[i + 1]!, row[i + 3]!);
      continue;
    }
    const [base, g, p, amb] = row.split('|') as Row;
    if (amb !== 'a') onRow(base + '|', base.length, g, p);
  }
}
const CLEAR = new Map<Lang, Set<string>>();
/** The base forms of the lexicon's unambiguous rows. */
function clearBases(lang: Lang): Set<string> {
  let out = CLEAR.get(lang);
  if (out) return out;
  out = new Set();
  const set = out;
  eachClearRow(lang, (row, end) => set.add(row.slice(0, end)));
  CLEAR.set(lang, out);
  return out;
}
/**
 * Hundreds more names, for long stories and long-lived pseudonym maps: the given names of
 * lexicon/given.ts (uk, ru) and the lexicon's own first names, surnames and patronymics that are
 * not ordinary words (names.json marks those), in a fixed order.
 */
function extendedPool(lang: Lang, kind: PoolKind): string[] {
  const key = `${lang}|${kind}`;
  let out = EXTENDED.get(key);
  if (out) return out;
  // (one pass over the raw rows per pool kind: only the rows of that gender and part are cut)
  const pick = (g: string, p: string, shape: RegExp) => {
    const found: string[] = [];
    eachClearRow(lang, (row, end, gg, pp) => {
      if (gg !== g || pp !== p) return;
      const b = row.slice(0, end);
      if (shape.test(b)) found.push(b);
    });
    return found;
  };
  // the English lexicon also holds transliterated Slavic names and diminutives: not English pseudonyms
  const english = (b: string) => /^[A-Z][a-z]{3,}$/.test(b) && !SLAVIC_LATIN.test(b);
  const fullFirst = (g: 'female' | 'male') => (lang === 'en' ? pick(g[0]!, 'f', /./).filter(english) : GIVEN[lang][g].filter((n) => clearBases(lang).has(n) && !/['’ʼ]/.test(n)));
  if (kind === 'first-female') out = fullFirst('female');
  else if (kind === 'first-male') out = fullFirst('male');
  else if (kind === 'patronymic') out = pick('m', 'p', lang === 'uk' ? /^\p{Lu}\p{Ll}+ович$/u : /^\p{Lu}\p{Ll}+(?:ович|евич)$/u);
  else if (kind === 'invariable') out = lang === 'en' ? pick('m', 's', /./).filter(english) : pick('m', 's', /^\p{Lu}\p{Ll}{3,}енко$/u);
  else out = lang === 'en' ? pick('m', 's', /./).filter(english) : pick('m', 's', lang === 'uk' ? /^\p{Lu}\p{Ll}{3,}(?:енко|чук|юк|ський|цький)$/u : /^\p{Lu}\p{Ll}{3,}(?:ов|ев|ин|ский|енко)$/u);
  EXTENDED.set(key, out);
  return out;
}

/** The feminine counterpart of a masculine surname or patronymic pseudonym. */
export function feminine(base: string, lang: Lang, part: Part): string {
  if (lang === 'en') return base;
  if (part === 'patronymic') {
    if (lang === 'uk') return base.replace(/ович$/, 'івна').replace(/йович$/, 'ївна');
    return base.replace(/ович$/, 'овна').replace(/евич$/, 'евна');
  }
  if (/(ський|цький)$/.test(base)) return base.replace(/ий$/, 'а');
  if (/(ский|цкий)$/.test(base)) return base.replace(/ий$/, 'ая');
  if (/ой$/.test(base)) return base.replace(/ой$/, 'ая');
  if (/(ов|ев|ёв|ин|ын)$/.test(base)) return base + 'а';
  return base; // Гайченко, Пилипчук, Білокінь: one form for both genders
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export interface SerialisedRegistry {
  seed: string;
  /** key "lang|part|gender|entity" → pseudonym base form */
  entries: Record<string, string>;
  reserved: string[];
}

export interface SerialisableRegistry extends PseudonymRegistry {
  /** Real names of the batch that must never be handed out (call before or during detection). */
  reserve(names: Iterable<string>): void;
  /** Pseudonyms that turned out to equal a real name reserved after they were handed out. */
  conflicts(): string[];
  toJSON(): SerialisedRegistry;
}

export function createPseudonymRegistry(opts: { seed?: string; reserved?: string[] } = {}): SerialisableRegistry {
  const seed = opts.seed ?? 'storytelling';
  const entries = new Map<string, string>();
  const taken = new Set<string>(); // lower-cased pseudonyms handed out
  const bases = new Map<string, string>(); // "lang|part|entity" → masculine surname/patronymic base
  const reserved = new Set<string>((opts.reserved ?? []).map((n) => n.toLowerCase()));

  const registry: SerialisableRegistry = {
    pseudonymFor(entity, hint) {
      const ent = entity.toLowerCase();
      reserved.add(ent); // a real name: never hand it out later
      const gender: Gender = hint.gender ?? (hash(seed + ent) % 2 ? 'male' : 'female');
      const part: Part = hint.lang === 'en' && hint.part === 'patronymic' ? 'first' : hint.part;
      const key = hint.invariable ? `${hint.lang}|invariable|${ent}` : `${hint.lang}|${part}|${gender}|${ent}`;
      const known = entries.get(key);
      if (known) return known;
      const shape = (b: string) => (!hint.invariable && part !== 'first' && gender === 'female' ? feminine(b, hint.lang, part) : b);
      // One surname per person whatever gender a mention suggests ("Officer Shvets" … "Shvets took"):
      // the masculine base is kept per entity and shaped for each mention.
      const familyKey = part === 'first' || hint.invariable ? undefined : `${hint.lang}|${part}|${ent}`;
      const family = familyKey ? bases.get(familyKey) : undefined;
      if (family) {
        const c = shape(family);
        entries.set(key, c);
        taken.add(c.toLowerCase());
        return c;
      }
      const pool = POOLS[hint.lang][part].male.length ? POOLS[hint.lang][part] : POOLS[hint.lang].first;
      const base = hint.invariable ? INVARIABLE[hint.lang] : part === 'first' ? pool[gender] : pool.male;
      const poolKind: PoolKind = hint.invariable ? 'invariable' : part === 'first' ? `first-${gender}` : part;
      const h = hash(`${seed}|${familyKey ?? key}`);
      let choice: string | undefined;
      let chosenBase = '';
      const free = (b: string) => {
        const c = shape(b);
        const lc = c.toLowerCase();
        if (taken.has(lc) || reserved.has(lc)) return false;
        if (hint.avoid) for (const f of pseudonymForms(c)) if (hint.avoid.has(f)) return false;
        [choice, chosenBase] = [c, b];
        return true;
      };
      // The short pool of names chosen to read well; then a long one from the lexicon; then two names joined.
      for (const list of [base, () => extendedPool(hint.lang, poolKind)] as const) {
        const names = typeof list === 'function' ? list() : list;
        for (let i = 0; i < names.length && !choice; i++) free(names[(h + i) % names.length]!);
        if (choice) break;
      }
      for (let i = 0; i < base.length && !choice; i++) for (let j = 1; j < base.length && !choice; j++) free(base[(h + i) % base.length]! + '-' + base[(h + i + j) % base.length]!);
      if (!choice) throw new Error(`no pseudonym left for ${hint.lang} ${poolKind} names: the batch or the pseudonym map holds more people than the name pools; split the batch or start a new map`);
      entries.set(key, choice);
      if (familyKey) bases.set(familyKey, chosenBase);
      taken.add(choice.toLowerCase());
      return choice;
    },
    used: () => [...new Set(entries.values())],
    reserve(names) {
      for (const n of names) reserved.add(n.toLowerCase());
    },
    conflicts: () => [...new Set(entries.values())].filter((p) => reserved.has(p.toLowerCase())),
    toJSON: () => ({ seed, entries: Object.fromEntries(entries), reserved: [...reserved].sort() }),
  };
  return registry;
}

/** Restores a registry saved with toJSON(): the same entities keep their pseudonyms. */
export function registryFromJSON(data: SerialisedRegistry): SerialisableRegistry {
  const r = createPseudonymRegistry({ seed: data.seed, reserved: data.reserved });
  const internal = r as SerialisableRegistry & { _load?: never };
  // Replay entries through a private map by re-creating them in order.
  const entries = Object.entries(data.entries);
  const loaded = new Map(entries);
  const taken = new Set(entries.map(([, v]) => v.toLowerCase()));
  const base = internal.pseudonymFor.bind(internal);
  return {
    ...internal,
    pseudonymFor(entity, hint) {
      const ent = entity.toLowerCase();
      if (hint.invariable) {
        const hit = loaded.get(`${hint.lang}|invariable|${ent}`);
        if (hit) return hit;
      }
      for (const g of hint.invariable ? [] : hint.gender ? [hint.gender] : (['female', 'male'] as const)) {
        const hit = loaded.get(`${hint.lang}|${hint.part}|${g}|${ent}`);
        if (hit) return hit;
      }
      internal.reserve(taken);
      return base(entity, hint);
    },
    used: () => [...new Set([...loaded.values(), ...internal.used()])],
    conflicts: () => internal.conflicts().filter((p) => !taken.has(p.toLowerCase())),
    toJSON: () => {
      const j = internal.toJSON();
      return { seed: j.seed, entries: { ...data.entries, ...j.entries }, reserved: j.reserved.filter((x) => !taken.has(x) || data.reserved.includes(x)) };
    },
  };
}
export const fromJSON = registryFromJSON;
