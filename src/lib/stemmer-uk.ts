/**
 * A light suffix-stripping stemmer for Ukrainian, in the manner of the Snowball Russian stemmer
 * and its Ukrainian ports (Tochytskyi's "UkrainianStemmer"): find the part of the word after its
 * first vowel (RV), strip a reflexive particle, then the longest inflectional ending found in RV,
 * then smooth the consonant alternations that case endings cause (лікарка → лікарці, нога → нозі,
 * муха → мусі) by writing a final к/г/х as ц/з/с, so both forms end in the same stem. (That
 * direction, not ц → к, keeps "поліц" from turning into a prefix of "поліклініка".)
 *
 * Pagefind 1.6 has no stemmer for Ukrainian. scripts/search/index.ts adds these stems to every uk
 * page it indexes and public/search.js stems the reader's query with the same code (built from this
 * file into dist/stemmer-uk.js), so "поліцією" finds "поліція".
 *
 * It does not handle vowel alternation inside the stem (стіл/столу, ніч/ночі) or fleeting vowels
 * (ринок/ринку): those forms still differ.
 *
 * @example stemUk('поліцією') // "поліц"  (same as stemUk('поліція'))
 * @example stemUk('лікарці')  // "лікарц" (same as stemUk('лікарка'))
 */
export function stemUk(word: string): string {
  let w = word.toLowerCase().replace(/[’ʼ'`]/g, '').replace(/ґ/g, 'г');
  const rv = firstVowelEnd(w);
  if (rv < 0 || w.length < 3) return w;

  // Reflexive verbs: залишилася → залишила.
  const reflexive = REFLEXIVE.find((s) => w.endsWith(s) && w.length - s.length >= rv + 1);
  if (reflexive) w = w.slice(0, -reflexive.length);

  const ending = ENDINGS.find((s) => w.endsWith(s) && w.length - s.length >= rv);
  if (ending) w = w.slice(0, -ending.length);

  // A soft sign left at the end: учитель / учителя.
  if (w.endsWith('ь') && w.length > rv + 1) w = w.slice(0, -1);

  // Not after a soft sign: the adjective suffix -ськ- (поліцейськ-ий) does not alternate.
  return w.length > 2 ? w.replace(/(?<!ь)[кгх]$/, (c) => ALTERNATION[c]!) : w;
}

/**
 * Stems every word of a text, in order; words are runs of Cyrillic or Latin letters, with
 * apostrophes and hyphens inside a word kept together.
 * @example stemWordsUk('Поліція забрала паспорт.') // ["поліц", "забра", "паспорт"]
 */
export function stemWordsUk(text: string): string[] {
  return (text.match(WORD) ?? []).map(stemUk);
}

const WORD = /[\p{L}\p{M}]+(?:['’ʼ-][\p{L}\p{M}]+)*/gu;
const VOWELS = 'аеєиіїоуюя';
const REFLEXIVE = ['ся', 'сь'];
const ALTERNATION: Record<string, string> = { к: 'ц', г: 'з', х: 'с' };

/** Index just after the first vowel: endings are stripped only from what follows it. */
function firstVowelEnd(word: string): number {
  for (let i = 0; i < word.length; i++) if (VOWELS.includes(word[i]!)) return i + 1;
  return -1;
}

/**
 * Inflectional endings of nouns, adjectives, participles and verbs, longest first (so that
 * "ами" is tried before "и"). The list is deliberately short: each ending here has to be an
 * ending in nearly every word it closes.
 */
const ENDINGS = [
  // four letters and more
  'ішого', 'ішому', 'ішими', 'уючи', 'ючи', 'ячи', 'учи', 'ачи', 'вши',
  // three letters
  'ого', 'ому', 'ими', 'іми', 'ами', 'ями', 'ові', 'еві', 'єві', 'ією', 'ьою', 'ьох',
  'ати', 'яти', 'ити', 'іти', 'ала', 'ало', 'али', 'яла', 'яло', 'яли', 'ила', 'ило', 'или',
  'іла', 'іло', 'іли', 'уть', 'ють', 'ать', 'ять', 'ить', 'іть', 'емо', 'ємо', 'имо', 'імо',
  'ете', 'єте', 'ите', 'іте', 'ьми',
  // two letters
  'ий', 'ій', 'ої', 'ою', 'ею', 'єю', 'им', 'ім', 'их', 'іх', 'ам', 'ям', 'ом', 'ем', 'єм',
  'ах', 'ях', 'ів', 'їв', 'ія', 'ії', 'ію', 'ей', 'еш', 'єш', 'юю', 'ую', 'яя', 'ая', 'еє', 'єє',
  // one letter
  'а', 'я', 'у', 'ю', 'і', 'ї', 'о', 'е', 'є', 'и', 'й',
].sort((a, b) => b.length - a.length);
