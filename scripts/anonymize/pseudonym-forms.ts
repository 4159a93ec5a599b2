/**
 * Whether a detected name is one of a file's own pseudonyms in another grammatical case
 * (Олеся → Олесі, Олесю; Маланка → Маланці; Кира → Киру). The anonymizer declines pseudonyms
 * (lexicon/decline.ts); a re-scan must accept exactly those forms and nothing else, so that a
 * different real name with the same first letters (Кирилл for Кира) still fails.
 */
import { CASES, paradigm, type Gender, type Part } from './lexicon/decline.ts';

const ENDINGS = [
  '', 'а', 'я', 'у', 'ю', 'і', 'ї', 'и', 'ы', 'е', 'є', 'о', 'ой', 'ей', 'ою', 'ею', 'ом', 'ем', 'єм', 'ові', 'еві', 'єві',
  'ов', 'ів', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями', 'ин', 'ина', 'ину', 'иной', 'ій', 'ь', 'й', "'s", '’s', 's',
];

const FORMS = new Map<string, ReadonlySet<string>>();
/**
 * Every lower-cased form a pseudonym can take in output: each case the decliner gives it, in both
 * languages, genders and name parts, and its stem with any common ending (Маланка → маланці).
 */
export function pseudonymForms(base: string): ReadonlySet<string> {
  const key = base.trim();
  let forms = FORMS.get(key);
  if (forms) return forms;
  const set = new Set([key.toLowerCase()]);
  if (/^\p{Script=Cyrillic}/u.test(key)) {
    for (const lang of ['uk', 'ru'] as const)
      for (const gender of ['female', 'male'] as Gender[])
        for (const part of ['first', 'surname', 'patronymic'] as Part[]) {
          try {
            const p = paradigm(key, lang, gender, part);
            for (const c of CASES) for (const f of p[c]) set.add(f.toLowerCase());
          } catch {
            // a base the decliner does not know: the endings below still apply
          }
        }
  }
  for (const stem of stems(key.toLowerCase())) for (const end of ENDINGS) set.add(stem + end);
  if (FORMS.size > 5000) FORMS.clear();
  FORMS.set(key, set);
  return set;
}

/** @example isPseudonymForm('Олесі', ['Олеся']) → true; isPseudonymForm('Маланці', ['Маланка']) → true; isPseudonymForm('Кирилл', ['Кира']) → false */
export function isPseudonymForm(text: string, pseudonyms: readonly string[]): boolean {
  // "Одарка Семенівна", "З. Теодозією": every word of it must be one of the pseudonyms
  const words = text.trim().split(/[\s\u00a0]+/).filter((w) => /\p{L}{2}/u.test(w));
  if (words.length > 1) return words.every((w) => isPseudonymForm(w, pseudonyms));
  // a lone initial the anonymizer wrote for a person (a woman she called V. → F.) is the first letter of her pseudonym
  const initial = /^(\p{Lu})\.$/u.exec(text.trim());
  if (initial) return pseudonyms.some((p) => p.trim().startsWith(initial[1]!));
  const word = (words[0] ?? text).trim().toLowerCase();
  return pseudonyms.some((p) => p.trim() !== '' && pseudonymForms(p).has(word));
}

function stems(base: string): string[] {
  const out = [base];
  if (/[аяоеьйиіыуюєї]$/.test(base)) out.push(base.slice(0, -1));
  if (/(ко|ло)$/.test(base)) out.push(base.slice(0, -1)); // Марко → Марка
  return out;
}
