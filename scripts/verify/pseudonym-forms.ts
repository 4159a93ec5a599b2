/**
 * Whether a detected name is one of a file's own pseudonyms in another grammatical case
 * (Олеся → Олесі, Олесю; Кира → Киру). The name detector does not always map a declined pseudonym
 * back to its base form; until it does, the gate accepts only a pseudonym's stem followed by a
 * case ending, so a different real name with the same first letters (Кирилл for Кира) still fails.
 */
const ENDINGS = [
  '', 'а', 'я', 'у', 'ю', 'і', 'ї', 'и', 'ы', 'е', 'є', 'о', 'ой', 'ей', 'ою', 'ею', 'ом', 'ем', 'єм', 'ові', 'еві', 'єві',
  'ов', 'ів', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями', 'ин', 'ина', 'ину', 'иной', 'ій', 'ь', 'й', "'s", '’s', 's',
];

/** @example isPseudonymForm('Олесі', ['Олеся']) → true; isPseudonymForm('Кирилл', ['Кира']) → false */
export function isPseudonymForm(text: string, pseudonyms: readonly string[]): boolean {
  const word = text.trim().toLowerCase();
  for (const p of pseudonyms) {
    const base = p.trim().toLowerCase();
    if (!base) continue;
    if (word === base) return true;
    for (const stem of stems(base)) {
      if (word.startsWith(stem) && ENDINGS.includes(word.slice(stem.length))) return true;
    }
  }
  return false;
}

function stems(base: string): string[] {
  const out = [base];
  if (/[аяоеьйиіыуюєї]$/.test(base)) out.push(base.slice(0, -1));
  if (/(ко|ло)$/.test(base)) out.push(base.slice(0, -1)); // Марко → Марка
  return out;
}
