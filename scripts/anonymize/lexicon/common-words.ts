/**
 * Ordinary words: whether a capitalised word is just a sentence-initial (or heading) form of a word
 * of the language, rather than a proper noun.
 *
 * - Ukrainian and Russian: the Hunspell dictionaries dictionary-uk and dictionary-ru read by
 *   hunspell.ts (every inflected form their suffix rules produce; one answer for both languages,
 *   since stories mix them), plus a looser ending-stripping guess for nouns the rules miss.
 * - English: an-array-of-english-words (every inflected form, lower case only, so "Oksana" or
 *   "Skoryk" are absent while "rose" and "mark" are present).
 *
 * Loaded lazily, once per process. Without a dictionary nothing is an ordinary word, so the
 * detectors that ask treat every capitalised word as a possible identifier: they fail closed.
 */
import { createRequire } from 'node:module';
import { loadSpeller, type Speller } from './hunspell.ts';
import { startsLatin } from './scan.ts';

let SPELLERS: Speller[] | undefined;
let ENGLISH_CORE: Speller | null | undefined;
let ENGLISH: Set<string> | null | undefined;

function spellers(): Speller[] {
  if (SPELLERS) return SPELLERS;
  SPELLERS = [];
  for (const pkg of ['dictionary-uk', 'dictionary-ru'] as const) {
    try {
      SPELLERS.push(loadSpeller(pkg));
    } catch {
      // missing dictionary: fewer ordinary words, more findings (fail closed)
    }
  }
  return SPELLERS;
}

function englishWords(): Set<string> | null {
  if (ENGLISH !== undefined) return ENGLISH;
  try {
    const require = createRequire(import.meta.url);
    ENGLISH = new Set(require('an-array-of-english-words') as string[]);
  } catch {
    ENGLISH = null;
  }
  return ENGLISH;
}

/**
 * Whether a Latin word is in the English Hunspell dictionary (dictionary-en): everyday vocabulary,
 * without the rare words of the long list ("kolos", "nirvana" as a dance or a state of mind).
 * @example isEnglishCoreWord('Night') → true; isEnglishCoreWord('Kolos') → false
 */
export function isEnglishCoreWord(word: string): boolean {
  if (ENGLISH_CORE === undefined) {
    try {
      ENGLISH_CORE = loadSpeller('dictionary-en');
    } catch {
      ENGLISH_CORE = null;
    }
  }
  if (!ENGLISH_CORE) return false;
  let hit = CORE_CACHE.get(word);
  if (hit === undefined) {
    hit = ENGLISH_CORE.lookup(normApos(word).replace(/'s$/i, '')) === 'ordinary';
    if (CORE_CACHE.size > 50_000) CORE_CACHE.clear();
    CORE_CACHE.set(word, hit);
  }
  return hit;
}
const CORE_CACHE = new Map<string, boolean>();

const INFLECTION = /^(?:а|я|у|ю|і|и|ы|е|є|о|ою|ею|ом|ем|ам|ям|ах|ях|ами|ями|ів|ей|ой|ий|ій|ый|ого|ому|ему|ої|им|ым|ими|ых|их|ую|юю|ая|яя)$/;
const STEM_ENDINGS = ['', 'а', 'я', 'о', 'ь', 'ий', 'ій', 'ый', 'е'];
const normApos = (s: string) => (s.includes('’') || s.includes('ʼ') ? s.replace(/[’ʼ]/g, "'") : s);

const CACHE = new Map<string, boolean>();
const PROPER_CACHE = new Map<string, boolean>();

/**
 * Whether a word (any case) is a form of an ordinary uk/ru word, or an ordinary English word for
 * Latin script.
 * @example isCommonWord('Слухай') → true (слухати); isCommonWord('Оксаною') → false; isCommonWord('Station') → true
 */
export function isCommonWord(word: string): boolean {
  let hit = CACHE.get(word);
  if (hit === undefined) {
    hit = startsLatin(word) ? isEnglishWord(word) : isCyrillicWord(word);
    if (CACHE.size > 50_000) CACHE.clear();
    CACHE.set(word, hit);
  }
  return hit;
}

/**
 * Whether a Cyrillic word is a form of a dictionary proper noun (a name or a place the dictionary
 * lists with a capital letter) and of no ordinary word.
 * @example isDictionaryProperNoun('Рябоконя') → true; isDictionaryProperNoun('Мельника') → false (мельник)
 */
export function isDictionaryProperNoun(word: string): boolean {
  let hit = PROPER_CACHE.get(word);
  if (hit === undefined) {
    hit = !startsLatin(word) && !isCommonWord(word) && spellers().some((s) => s.lookup(word) === 'proper');
    if (PROPER_CACHE.size > 50_000) PROPER_CACHE.clear();
    PROPER_CACHE.set(word, hit);
  }
  return hit;
}

/** Combining forms that make new words from ordinary ones: самотест, автомийка, фотозвіт, відеодзвінок. */
const COMBINING = /^(?:само|авто|фото|відео|видео|радіо|радио|теле|мото|міні|мини|мікро|микро|макро|анти|пост|супер|мега|екс|экс|віце|вице|онлайн|кібер|кибер|еко|эко|нарко|секс|гей|соц|мед|юр)-?/;

function isCyrillicWord(word: string): boolean {
  const all = spellers();
  if (all.length === 0) return false;
  const w = normApos(word).toLowerCase();
  for (const s of all) if (s.lookup(w) === 'ordinary') return true;
  const m = COMBINING.exec(w);
  if (m && w.length - m[0].length >= 4) {
    const rest = w.slice(m[0].length);
    for (const s of all) if (s.lookup(rest) === 'ordinary') return true;
  }
  // Nouns whose case form the rules do not produce: strip a case ending, try a dictionary stem.
  for (let k = 1; k <= 3 && w.length - k >= 3; k++) {
    if (!INFLECTION.test(w.slice(-k))) continue;
    const st = w.slice(0, -k);
    for (const s of all) for (const e of STEM_ENDINGS) if (s.hasEntry(st + e)) return true;
  }
  return false;
}

function isEnglishWord(word: string): boolean {
  const set = englishWords();
  if (!set) return false;
  const w = normApos(word).toLowerCase().replace(/'s$/, '');
  if (set.has(w)) return true;
  // Hyphenated compounds (Well-known, Twenty-three): every part an ordinary word.
  if (w.includes('-')) return w.split('-').every((p) => p.length > 0 && set.has(p));
  return false;
}
