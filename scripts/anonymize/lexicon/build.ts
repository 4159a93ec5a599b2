/**
 * Builds scripts/anonymize/lexicon/names.json: the base forms of first names, surnames and
 * patronymics for uk/ru/en, each with its gender and whether it is also a common word
 * (віра "faith", роза "rose", мельник "miller"), plus the inflected forms that collide with
 * common words. Case forms themselves are expanded at load time by decline.ts (fast, < 50 ms).
 *
 * Sources: @faker-js/faker name lists (uk, ru, en), a curated list of frequent Ukrainian/Russian
 * names, diminutives and surnames (below), Ukrainian surnames in -енко/-ук/-юк/-чук from the
 * dictionary-uk Hunspell file (entries with the masculine proper-noun flag "1"), and the lower-case
 * stems of dictionary-uk / dictionary-ru to flag names that are also ordinary words.
 *
 * Run: npx tsx scripts/anonymize/lexicon/build.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakerUK, fakerRU, fakerEN } from '@faker-js/faker';
import { CASES, paradigm, type Gender, type Part } from './decline.ts';
import { CURATED } from './curated.ts';
import { GIVEN } from './given.ts';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));

function dicLines(pkg: string): string[] {
  const file = join(here, '..', '..', '..', 'node_modules', pkg, 'index.dic');
  return readFileSync(file, 'utf8').split('\n');
}

const ukDic = dicLines('dictionary-uk');
const ruDic = dicLines('dictionary-ru');
const stemsOf = (lines: string[]) => {
  const s = new Set<string>();
  for (const l of lines) {
    // Lower-case -енко entries mirror surnames: they do not make a surname an ordinary word.
    const [w, flags] = l.trim().split('/');
    if (w && (flags || !/^\p{Lu}/u.test(w)) && w[0] === w[0]!.toLowerCase() && !w.endsWith('енко')) s.add(w);
  }
  return s;
};
const commonWords = { uk: stemsOf(ukDic), ru: stemsOf(ruDic) };

type Entry = { base: string; gender: Gender | 'any'; part: Part };
const entries: Record<'uk' | 'ru' | 'en', Map<string, Entry>> = { uk: new Map(), ru: new Map(), en: new Map() };
function add(lang: 'uk' | 'ru' | 'en', base: string, gender: Gender | 'any', part: Part) {
  base = base.trim();
  if (!/^\p{Lu}[\p{Ll}'ʼ’-]+$/u.test(base) || base.length < 2) return;
  base = base.replace(/[ʼ’]/g, "'");
  const key = `${part}|${gender}|${base}`;
  if (!entries[lang].has(key)) entries[lang].set(key, { base, gender, part });
}

const fk = { uk: fakerUK, ru: fakerRU, en: fakerEN } as const;
for (const lang of ['uk', 'ru', 'en'] as const) {
  const p = fk[lang].rawDefinitions.person!;
  const fn = p.first_name as Record<string, string[]>;
  const ln = p.last_name as Record<string, string[]>;
  const mn = p.middle_name as Record<string, string[]>;
  for (const g of ['female', 'male'] as const) for (const n of fn[g] ?? []) add(lang, n, g, 'first');
  for (const n of fn.generic ?? []) add(lang, n, 'any', 'first');
  if (lang === 'en') {
    for (const n of ln.generic ?? []) add(lang, n, 'any', 'surname');
    continue;
  }
  for (const g of ['female', 'male'] as const) for (const n of ln[g] ?? []) add(lang, n, g, 'surname');
  for (const n of ln.generic ?? []) add(lang, n, 'male', 'surname');
  for (const g of ['female', 'male'] as const) for (const n of mn[g] ?? []) add(lang, n, g, 'patronymic');
}

for (const lang of ['uk', 'ru'] as const) {
  const c = CURATED[lang];
  for (const g of ['female', 'male'] as const) {
    for (const n of c.first[g]) add(lang, n, g, 'first');
    for (const n of c.diminutive[g]) add(lang, n, g, 'first');
  }
  for (const n of c.surname) {
    if (lang === 'uk' && /енко$|ук$|юк$|ик$|ак$|як$|ець$|ар$|ль$|ів$|ич$/.test(n)) add(lang, n, 'male', 'surname');
    else if (/(ов|ев|ин|ский|ський|цький|цкий)$/.test(n)) {
      add(lang, n, 'male', 'surname');
      const fem = n.replace(/ий$/, lang === 'uk' ? 'а' : 'ая').replace(/(ов|ев|ин)$/, '$1а');
      add(lang, fem, 'female', 'surname');
    } else add(lang, n, 'male', 'surname');
  }
}
// Broad given-name lists and hypocoristic families, expanded productively with diminutive suffixes.
const isMaleA = (n: string) => /^(Микола|Ілля|Илья|Никита|Микита|Кузьма|Фома|Хома|Лука|Данила|Гаврило|Саша|Женя|Слава|Вова|Коля|Толя|Вася|Діма|Дима|Миша|Міша|Ваня|Петя|Паша|Юра|Вітя|Витя|Костя|Гриша|Боря|Рома|Гена|Валера|Льоня|Лёня|Леня|Стьопа|Стёпа|Льоша|Лёша|Альоша|Алёша|Тема|Тёма|Тьома|Митя|Серьожа|Сєрьожа|Сережа|Серёжа|Володя|Шура|Саня|Бодя|Віталя|Виталя|Андрюша|Андрюха|Ванюша|Лёха|Леха|Льоха|Серьога|Серега|Серёга|Гоша|Дрюня)$/.test(n);
const MUT: Record<string, string> = { г: 'ж', к: 'ч', х: 'ш' };
function diminutives(s: string, gender: Gender | 'any'): string[] {
  const out: string[] = [];
  const male = gender !== 'female';
  const female = gender !== 'male';
  // Соломія → Соломійка, Марія → Марійка; Матвей → Матвейка, Андрій → Андрійко
  if (/[іи]я$/.test(s) && s.length > 4) out.push(s.slice(0, -1) + 'йка');
  if (male && /[еіо]й$/.test(s) && s.length > 4) out.push(s + 'ка', s + 'ко');
  if (/[ая]$/.test(s)) {
    const t = s.slice(0, -1);
    if (/[аеєиіїоуюяё]$/.test(t) || t.length < 2) return out;
    const soft = s.endsWith('я') && !/[чшщжц]$/.test(t);
    if (!/[кгх]$/.test(t)) out.push(t + (soft ? 'ька' : 'ка'));
    // Наталка, Оленка → Наталочка, Оленочка: the -очка family is built on the stem without -к-
    if (/[^аеєиіїоуюяё]к$/.test(t) && s.endsWith('ка')) {
      const r = t.slice(0, -1);
      out.push(r + 'очка', r + 'очко');
    }
    out.push(t + (soft ? 'ечка' : 'очка'), t + (soft ? 'юся' : 'уся'), t + (soft ? 'юша' : 'уша'), t + (soft ? 'енька' : 'енька'));
    if (male) out.push(t + 'ик', t + 'ік', t + (soft ? 'ян' : 'ан'));
    if (male && !soft) out.push(t + 'чик');
    if (female && !soft) out.push(t + 'ця');
  } else if (male && /[бвгґджзклмнпрстфхцчшщ]$/.test(s)) {
    const last = s.slice(-1);
    const m = s.slice(0, -1) + (MUT[last] ?? last);
    out.push(m + 'ик', m + 'ка', s + 'чик', m + 'ко');
  }
  return out.filter((d) => d.length >= 4);
}
const genderOf = new Map<string, Gender>();
for (const lang of ['uk', 'ru'] as const) {
  for (const g of ['female', 'male'] as const) for (const n of GIVEN[lang][g]) { add(lang, n, g, 'first'); genderOf.set(n, g); }
}
let dims = 0;
for (const lang of ['uk', 'ru'] as const) {
  for (const g of ['female', 'male'] as const) {
    for (const n of [...GIVEN[lang][g], ...CURATED[lang].first[g]]) for (const d of diminutives(n, g)) { add(lang, d, g, 'first'); dims++; }
  }
}
for (const line of GIVEN.hypo.split('\n')) {
  const [full, short] = line.trim().split(':') as [string, string];
  const gs = new Set(full.split(',').map((f) => genderOf.get(f) ?? (/[ая]$/.test(f) && !isMaleA(f) ? 'female' : 'male')));
  for (const sh of short.split(',')) {
    const g: Gender | 'any' = gs.size > 1 ? (/[ая]$/.test(sh) ? 'any' : 'male') : [...gs][0]!;
    const byForm: Gender | 'any' = g === 'any' ? 'any' : g === 'female' && isMaleA(sh) ? 'any' : g;
    for (const lang of ['uk', 'ru'] as const) {
      if (lang === 'uk' && /[ыэъё]/.test(sh)) continue;
      if (lang === 'ru' && /[іїєґ']/.test(sh)) continue;
      add(lang, sh, byForm, 'first');
      for (const d of diminutives(sh, byForm)) { add(lang, d, byForm, 'first'); dims++; }
    }
  }
}
// Russian given names and surnames that OpenCorpora (az) tags Name/Surn among dictionary-ru's proper nouns.
let azNames = 0;
{
  const require = createRequire(import.meta.url);
  const Az = require('az');
  const dicts = join(here, '..', '..', '..', 'node_modules', 'az', 'dicts');
  await new Promise<void>((res, rej) => Az.Morph.init(dicts, (err: unknown) => (err ? rej(err) : res())));
  for (const l of ruDic) {
    const w = l.split('/')[0]!.trim();
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) || w.length < 3) continue;
    for (const p of Az.Morph(w) as Array<{ tag: Record<string, unknown>; normalize(): { word: string } }>) {
      if (p.normalize().word !== w.toLowerCase() || !p.tag.nomn || p.tag.plur) continue;
      const g: Gender | undefined = p.tag.femn ? 'female' : p.tag.masc ? 'male' : undefined;
      if (!g) continue;
      if (p.tag.Name) { add('ru', w, g, 'first'); azNames++; break; }
      if (p.tag.Surn) { add('ru', w, g, 'surname'); azNames++; break; }
      if (p.tag.Patr) { add('ru', w, g, 'patronymic'); azNames++; break; }
    }
  }
}
// Ukrainian surnames from Hunspell: masculine proper nouns (flag 1) with typical surname suffixes.
let hun = 0;
for (const l of ukDic) {
  const m = /^(\p{Lu}[\p{Ll}']+)\/\S*1/u.exec(l);
  if (m && /(енко|[чщ]ук|юк|[^р]ук)$/.test(m[1]!) && m[1]!.length > 4) {
    add('uk', m[1]!, 'male', 'surname');
    hun++;
  }
}
// Patronymics derived from curated male names are covered by faker; add the frequent ones anyway.
for (const n of CURATED.uk.patronymic) add('uk', n, /на$/.test(n) ? 'female' : 'male', 'patronymic');
for (const n of CURATED.ru.patronymic) add('ru', n, /на$/.test(n) ? 'female' : 'male', 'patronymic');

// Transliterated Ukrainian names for English texts (KMU 2010 romanisation).
const TR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '',
};
const TR_START: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
function translit(w: string): string {
  const lower = w.toLowerCase().replace(/зг/g, 'zgh');
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    out += (i === 0 && TR_START[ch]) || (TR[ch] ?? ch);
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}
/** Popular (passport-era and English-press) romanisation: Nadiya, Yuliya, Tetyana, Oleksiy. */
function translitPopular(w: string, simple: boolean): string {
  const lower = w.toLowerCase().replace(/[ʼ’']/g, '');
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    const prev = lower[i - 1];
    const vowelBefore = i === 0 || /[аеєиіїоуюя]/.test(prev ?? '');
    if (ch === 'я') out += simple && !vowelBefore ? 'ia' : 'ya';
    else if (ch === 'ю') out += simple && !vowelBefore ? 'iu' : 'yu';
    else if (ch === 'є') out += 'ye';
    else if (ch === 'ї') out += 'yi';
    else if (ch === 'й') out += i === lower.length - 1 && prev === 'і' ? 'y' : 'y';
    else if (ch === 'и') out += 'y';
    else if (ch === 'х') out += simple ? 'h' : 'kh';
    else out += TR[ch] ?? ch;
  }
  out = out.replace(/iy$/, simple ? 'y' : 'iy').replace(/yy$/, 'y');
  return out.charAt(0).toUpperCase() + out.slice(1);
}
for (const e of entries.uk.values()) {
  for (const t of new Set([translit(e.base), translitPopular(e.base, false), translitPopular(e.base, true)])) add('en', t, e.gender, e.part);
}
for (const e of entries.ru.values()) {
  // A rough Russian romanisation is enough to catch Natalya, Svetlana, Ivanova.
  const t = e.base.toLowerCase().replace(/[ьъ]/g, '').replace(/ы/g, 'y').replace(/э/g, 'e').replace(/ё/g, 'yo')
    .replace(/и/g, 'i').replace(/я/g, 'ya').replace(/ю/g, 'yu').replace(/й/g, 'y').replace(/ж/g, 'zh')
    .replace(/х/g, 'kh').replace(/ц/g, 'ts').replace(/ч/g, 'ch').replace(/щ/g, 'shch').replace(/ш/g, 'sh')
    .replace(/г/g, 'g').replace(/е/g, 'e');
  const mapped = [...t].map((ch) => TR[ch] ?? ch).join('');
  add('en', mapped.charAt(0).toUpperCase() + mapped.slice(1), e.gender, e.part);
}

// Never names, whatever a list says: places, months, God, institutions.
const NEVER = new Set(CURATED.never.map((w) => w.toLowerCase()));

const out: Record<string, unknown> = { version: 1 };
const sizes: Record<string, number> = {};
for (const lang of ['uk', 'ru', 'en'] as const) {
  const rows: string[] = [];
  const ambForms = new Set<string>();
  for (const e of entries[lang].values()) {
    if (NEVER.has(e.base.toLowerCase())) continue;
    let amb = false;
    const lower = e.base.toLowerCase();
    if (lang === 'en') amb = CURATED.enCommon.has(lower);
    else {
      amb = (commonWords[lang].has(lower) && !CURATED.notCommon.has(e.base)) || CURATED.commonNames[lang].includes(e.base);
      const gs: Gender[] = e.gender === 'any' ? ['female', 'male'] : [e.gender];
      for (const g of gs) {
        const p = paradigm(e.base, lang, g, e.part);
        // (a name the dictionary lists only as itself — notCommon — has no ordinary-word forms)
        for (const c of CASES) for (const f of p[c]) if (commonWords[lang].has(f.toLowerCase()) && !(CURATED.notCommon.has(e.base) && f.toLowerCase() === lower)) ambForms.add(f);
      }
    }
    rows.push(`${e.base}|${e.gender[0]}|${e.part[0]}${amb ? '|a' : ''}`);
  }
  rows.sort();
  out[lang] = { names: rows, ambiguousForms: [...ambForms].sort() };
  sizes[lang] = rows.length;
}
const file = join(here, 'names.json');
writeFileSync(file, JSON.stringify(out));
console.log(`names.json written: ${JSON.stringify(sizes)} entries (Hunspell surnames: ${hun}, generated diminutives: ${dims}, az names: ${azNames}), ${(readFileSync(file).length / 1024).toFixed(0)} KB`);
