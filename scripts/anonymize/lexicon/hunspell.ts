/**
 * A small Hunspell reader, enough to answer "is this a word of the language, and is it an ordinary
 * word or a proper noun?" for dictionary-uk, dictionary-ru and dictionary-en. A word is in the
 * language when it is a dictionary entry, or when one suffix rule (or, for English, one prefix
 * rule) turns it back into an entry that carries that rule's flag; two-level affixes and compounds
 * are not read:
 *
 *   слухай → rule "ати → ай" of flag X → слухати, an entry with flag X → a word.
 *
 * Entries written with a capital letter are proper nouns (Оксана, Рябоконь, Олександрія); their
 * forms are proper nouns too. Full Hunspell (nspell) takes 9 s and 700 MB to load the Ukrainian
 * dictionary; this takes a fraction of that because it keeps the dictionary as it is on disk.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Rule {
  flag: string;
  strip: string;
  cond: RegExp | null;
}

export interface Speller {
  /** `ordinary`: a form of a lower-case entry; `proper`: a form of a capitalised entry only. */
  lookup(word: string): 'ordinary' | 'proper' | undefined;
  /** Whether a lower-case string is itself a lower-case entry (a stem), with no rule applied. */
  hasEntry(lower: string): boolean;
}

/** Loads one dictionary from node_modules/dictionary-<lang>; throws when it is missing. */
export function loadSpeller(pkg: 'dictionary-uk' | 'dictionary-ru' | 'dictionary-en'): Speller {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = join(here, '..', '..', '..', 'node_modules', pkg);
  const aff = readFileSync(join(dir, 'index.aff'), 'utf8');
  const rules = parseAffix(aff, 'SFX');
  const prefixes = parseAffix(aff, 'PFX');
  const lower = new Map<string, string>();
  const proper = new Map<string, string>();
  const dic = readFileSync(join(dir, 'index.dic'), 'utf8');
  let i = dic.indexOf('\n') + 1; // the first line is the entry count
  while (i > 0 && i < dic.length) {
    const nl = dic.indexOf('\n', i);
    const line = dic.slice(i, nl < 0 ? dic.length : nl);
    i = nl < 0 ? -1 : nl + 1;
    const slash = line.indexOf('/');
    const word = (slash < 0 ? line : line.slice(0, slash)).trim().replace(/[’ʼ]/g, "'");
    if (!word) continue;
    const flags = slash < 0 ? '' : line.slice(slash + 1).trim().split(/\s/)[0]!;
    const key = word.toLowerCase();
    const target = word === key ? lower : proper;
    const had = target.get(key);
    target.set(key, had === undefined ? flags : had + flags);
  }
  let maxAdd = 0;
  for (const k of rules.keys()) maxAdd = Math.max(maxAdd, k.length);

  const derives = (w: string, entries: Map<string, string>): boolean => {
    if (entries.has(w)) return true;
    for (let len = 1; len <= maxAdd && len < w.length; len++) {
      const list = rules.get(w.slice(w.length - len));
      if (!list) continue;
      const base = w.slice(0, w.length - len);
      for (const r of list) {
        const stem = base + r.strip;
        const flags = entries.get(stem);
        if (flags !== undefined && flags.includes(r.flag) && (!r.cond || r.cond.test(stem))) return true;
      }
    }
    // rules that add nothing (strip only)
    const zero = rules.get('');
    if (zero) {
      for (const r of zero) {
        const stem = w + r.strip;
        const flags = entries.get(stem);
        if (flags !== undefined && flags.includes(r.flag) && (!r.cond || r.cond.test(stem))) return true;
      }
    }
    // prefix rules (English: re-, un-, dis-…), one level, on the entry or on a suffixed form of it
    for (const [add, list] of prefixes) {
      if (!add || !w.startsWith(add) || w.length <= add.length + 1) continue;
      for (const r of list) {
        const stem = r.strip + w.slice(add.length);
        if (r.cond && !r.cond.test(stem)) continue;
        const flags = entries.get(stem);
        if (flags !== undefined && flags.includes(r.flag)) return true;
      }
    }
    return false;
  };

  return {
    lookup(word) {
      const w = word.toLowerCase().replace(/[’ʼ]/g, "'");
      if (derives(w, lower)) return 'ordinary';
      if (derives(w, proper)) return 'proper';
      return undefined;
    },
    hasEntry: (w) => lower.has(w),
  };
}

/** SFX (or PFX) rules keyed by the affix they add ("" for none). */
function parseAffix(aff: string, type: 'SFX' | 'PFX'): Map<string, Rule[]> {
  const rules = new Map<string, Rule[]>();
  for (const raw of aff.split('\n')) {
    if (!raw.startsWith(type)) continue;
    const f = raw.trim().split(/\s+/);
    if (f.length < 5) continue; // a header: SFX flag Y count
    const [, flag, strip, add, cond] = f as [string, string, string, string, string];
    const addText = (add === '0' ? '' : add.split('/')[0]!).replace(/[’ʼ]/g, "'");
    const anchored = type === 'SFX' ? `${cond}$` : `^${cond}`;
    const rule: Rule = { flag, strip: strip === '0' ? '' : strip, cond: cond === '.' ? null : new RegExp(anchored, 'u') };
    const list = rules.get(addText);
    if (list) list.push(rule);
    else rules.set(addText, [rule]);
  }
  return rules;
}
