/**
 * A small, rule-based declension table for Ukrainian and Russian personal names.
 * Used twice: to expand lexicon base forms into every case form (form → base lookup), and to
 * decline a pseudonym into the case of the name it replaces ("з Оксаною" → "з Мартою").
 * Rules cover the regular paradigms of first names, surnames and patronymics; irregular names are
 * listed in EXCEPTIONS. Forms are returned per case; a case may have alternatives (first = preferred).
 */
export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'loc' | 'voc';
export const CASES: readonly Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc', 'voc'];
export type Gender = 'female' | 'male';
export type Part = 'first' | 'surname' | 'patronymic';
export type Paradigm = Record<Case, string[]>;

const VELAR_UK: Record<string, string> = { г: 'з', к: 'ц', х: 'с' };
const HUSH = new Set(['ж', 'ч', 'ш', 'щ']);

function para(nom: string, rest: Partial<Record<Case, string | string[]>>): Paradigm {
  const p = { nom: [nom] } as Paradigm;
  for (const c of CASES) {
    if (c === 'nom') continue;
    const v = rest[c];
    p[c] = v === undefined ? [nom] : Array.isArray(v) ? v : [v];
  }
  return p;
}
const indecl = (w: string) => para(w, {});

const EXCEPTIONS: Record<string, Paradigm> = {
  'uk|Любов': para('Любов', { gen: 'Любові', dat: 'Любові', acc: 'Любов', ins: "Любов'ю", loc: 'Любові', voc: 'Любове' }),
  'ru|Любовь': para('Любовь', { gen: 'Любови', dat: 'Любови', acc: 'Любовь', ins: 'Любовью', loc: 'Любови', voc: 'Любовь' }),
  'uk|Ігор': para('Ігор', { gen: 'Ігоря', dat: ['Ігорю', 'Ігореві'], acc: 'Ігоря', ins: 'Ігорем', loc: ['Ігореві', 'Ігорі'], voc: 'Ігорю' }),
  'uk|Федір': para('Федір', { gen: 'Федора', dat: ['Федору', 'Федорові'], acc: 'Федора', ins: 'Федором', loc: ['Федорові', 'Федору'], voc: 'Федоре' }),
  'uk|Антін': para('Антін', { gen: 'Антона', dat: ['Антону', 'Антонові'], acc: 'Антона', ins: 'Антоном', loc: ['Антонові', 'Антону'], voc: 'Антоне' }),
  'uk|Сидір': para('Сидір', { gen: 'Сидора', dat: ['Сидору', 'Сидорові'], acc: 'Сидора', ins: 'Сидором', loc: ['Сидорові'], voc: 'Сидоре' }),
  'uk|Лев': para('Лев', { gen: 'Лева', dat: ['Леву', 'Левові'], acc: 'Лева', ins: 'Левом', loc: ['Левові'], voc: 'Леве' }),
  'ru|Лев': para('Лев', { gen: 'Льва', dat: 'Льву', acc: 'Льва', ins: 'Львом', loc: 'Льве' }),
  'ru|Павел': para('Павел', { gen: 'Павла', dat: 'Павлу', acc: 'Павла', ins: 'Павлом', loc: 'Павле' }),
  'ru|Пётр': para('Пётр', { gen: 'Петра', dat: 'Петру', acc: 'Петра', ins: 'Петром', loc: 'Петре' }),
  'ru|Петр': para('Петр', { gen: 'Петра', dat: 'Петру', acc: 'Петра', ins: 'Петром', loc: 'Петре' }),
  'ru|Илья': para('Илья', { gen: 'Ильи', dat: 'Илье', acc: 'Илью', ins: 'Ильёй', loc: 'Илье' }),
  'uk|Ілля': para('Ілля', { gen: 'Іллі', dat: 'Іллі', acc: 'Іллю', ins: 'Іллею', loc: 'Іллі', voc: 'Ілле' }),
};

/** Feminine/masculine nouns in -а/-я (Оксана, Микола, Юля, Марія). */
function aStemUk(w: string, gender: Gender): Paradigm {
  const last = w.slice(-1);
  // after a vowel, й or an apostrophe the ending is iotated: Марія → Марії, Дар'я → Дар'ї, Майя → Майєю
  if (/(?:[аеєиіїоуюяй'’ʼ])я$/.test(w)) {
    const s = w.slice(0, -1);
    return para(w, { gen: s + 'ї', dat: s + 'ї', acc: s + 'ю', ins: s + 'єю', loc: s + 'ї', voc: s + 'є' });
  }
  if (last === 'я') {
    const s = w.slice(0, -1);
    return para(w, { gen: s + 'і', dat: s + 'і', acc: s + 'ю', ins: s + 'ею', loc: s + 'і', voc: gender === 'male' ? s + 'е' : s + 'ю' });
  }
  const s = w.slice(0, -1);
  const c = s.slice(-1);
  if (HUSH.has(c)) return para(w, { gen: s + 'і', dat: s + 'і', acc: s + 'у', ins: s + 'ею', loc: s + 'і', voc: [s + 'о', s + 'е'] });
  const dl = VELAR_UK[c] ? s.slice(0, -1) + VELAR_UK[c] + 'і' : s + 'і';
  return para(w, { gen: s + 'и', dat: dl, acc: s + 'у', ins: s + 'ою', loc: dl, voc: s + 'о' });
}

function aStemRu(w: string): Paradigm {
  if (w.endsWith('ия')) {
    const s = w.slice(0, -1);
    return para(w, { gen: s + 'и', dat: s + 'и', acc: s + 'ю', ins: s + 'ей', loc: s + 'и', voc: w });
  }
  const s = w.slice(0, -1);
  if (w.endsWith('я')) return para(w, { gen: s + 'и', dat: s + 'е', acc: s + 'ю', ins: s + 'ей', loc: s + 'е', voc: [w, s + 'ь'] });
  const c = s.slice(-1);
  const gen = 'гкхжчшщ'.includes(c) ? s + 'и' : s + 'ы';
  const ins = 'жчшщц'.includes(c) ? s + 'ей' : s + 'ой';
  return para(w, { gen, dat: s + 'е', acc: s + 'у', ins: [ins, ins.slice(0, -1) + 'ю'], loc: s + 'е', voc: [w, s] });
}

/** Masculine consonant stems (Олег, Андрій, Василь, Мельник, Петрович, Кравець). */
function consonantUk(w: string, part: Part): Paradigm {
  if (w.endsWith('ій') || w.endsWith('ей') || w.endsWith('ай')) {
    const s = w.slice(0, -1);
    return para(w, { gen: s + 'я', dat: [s + 'ю', s + 'єві'], acc: s + 'я', ins: s + 'єм', loc: [s + 'єві', s + 'ї'], voc: s + 'ю' });
  }
  if (w.endsWith('ець') && w.length > 4) {
    const s = w.slice(0, -3) + 'ц';
    return para(w, { gen: s + 'я', dat: [s + 'ю', s + 'еві'], acc: s + 'я', ins: s + 'ем', loc: [s + 'еві', s + 'і'], voc: s + 'ю' });
  }
  if (w.endsWith('ь')) {
    const s = w.slice(0, -1);
    return para(w, { gen: s + 'я', dat: [s + 'ю', s + 'еві'], acc: s + 'я', ins: s + 'ем', loc: [s + 'еві', s + 'і'], voc: s + 'ю' });
  }
  const c = w.slice(-1);
  if (/(ов|ев|єв|ин|ін|їн)$/.test(w) && part === 'surname') {
    return para(w, { gen: w + 'а', dat: [w + 'у', w + 'ові'], acc: w + 'а', ins: w + 'им', loc: [w + 'ові', w + 'у'], voc: w + 'е' });
  }
  if (HUSH.has(c)) {
    return para(w, { gen: w + 'а', dat: [w + 'у', w + 'еві'], acc: w + 'а', ins: w + 'ем', loc: [w + 'еві', w + 'у'], voc: w + 'у' });
  }
  const voc = c === 'г' ? w.slice(0, -1) + 'же' : c === 'к' || c === 'х' ? w + 'у' : w + 'е';
  return para(w, { gen: w + 'а', dat: [w + 'у', w + 'ові'], acc: w + 'а', ins: w + 'ом', loc: [w + 'ові', w + 'у'], voc: part === 'surname' ? [w + 'е', w + 'у', voc] : voc });
}

function consonantRu(w: string, part: Part): Paradigm {
  if (w.endsWith('ий')) {
    const s = w.slice(0, -1);
    return para(w, { gen: s + 'я', dat: s + 'ю', acc: s + 'я', ins: s + 'ем', loc: s + 'и' });
  }
  if (w.endsWith('й') || w.endsWith('ь')) {
    const s = w.slice(0, -1);
    return para(w, { gen: s + 'я', dat: s + 'ю', acc: s + 'я', ins: s + 'ем', loc: s + 'е' });
  }
  if (part === 'surname' && /(ов|ев|ёв|ин|ын)$/.test(w)) {
    return para(w, { gen: w + 'а', dat: w + 'у', acc: w + 'а', ins: w + 'ым', loc: w + 'е' });
  }
  const c = w.slice(-1);
  const ins = 'жчшщц'.includes(c) ? w + 'ем' : w + 'ом';
  return para(w, { gen: w + 'а', dat: w + 'у', acc: w + 'а', ins, loc: w + 'е' });
}

/** All case forms of a name. `w` is the nominative, capitalised. */
export function paradigm(w: string, lang: 'uk' | 'ru', gender: Gender, part: Part): Paradigm {
  const ex = EXCEPTIONS[`${lang}|${w}`];
  if (ex) return ex;
  if (lang === 'uk') {
    if (part === 'surname') {
      if (/(ський|цький|зький)$/.test(w)) {
        const s = w.slice(0, -2);
        return para(w, { gen: s + 'ого', dat: s + 'ому', acc: s + 'ого', ins: s + 'им', loc: [s + 'ому', s + 'ім'] });
      }
      if (/(ська|цька|зька)$/.test(w)) {
        const s = w.slice(0, -1);
        return para(w, { gen: s + 'ої', dat: s + 'ій', acc: s + 'у', ins: s + 'ою', loc: s + 'ій' });
      }
      if (gender === 'female') {
        if (/(ова|ева|єва|іна|ина|їна)$/.test(w)) {
          const s = w.slice(0, -1);
          return para(w, { gen: s + 'ої', dat: s + 'ій', acc: s + 'у', ins: s + 'ою', loc: s + 'ій' });
        }
        if (/[ая]$/.test(w)) return aStemUk(w, gender);
        return indecl(w); // Мельник, Ткаченко, Шевчук (of a woman)
      }
      if (/[ое]$/.test(w) && w.endsWith('о')) {
        const s = w.slice(0, -1);
        return para(w, { gen: s + 'а', dat: [s + 'ові', s + 'у'], acc: s + 'а', ins: s + 'ом', loc: [s + 'ові', s + 'у'], voc: [s + 'у', w] });
      }
      if (/[ая]$/.test(w)) return aStemUk(w, gender);
      if (/[іиеуюєїо]$/.test(w)) return indecl(w);
      return consonantUk(w, part);
    }
    if (part === 'patronymic') {
      if (w.endsWith('а')) return aStemUk(w, 'female');
      return consonantUk(w, part);
    }
    if (/[ая]$/.test(w)) return aStemUk(w, gender);
    if (gender === 'female') return indecl(w);
    if (w.endsWith('о')) {
      const s = w.slice(0, -1);
      const voc = w.endsWith('ко') ? s + 'у' : s + 'е';
      return para(w, { gen: s + 'а', dat: [s + 'ові', s + 'у'], acc: s + 'а', ins: s + 'ом', loc: [s + 'ові', s + 'і'], voc });
    }
    if (/[іиеуюєї]$/.test(w)) return indecl(w);
    return consonantUk(w, part);
  }
  // Russian
  if (part === 'surname') {
    if (/(ский|цкий)$/.test(w)) {
      const s = w.slice(0, -2);
      return para(w, { gen: s + 'ого', dat: s + 'ому', acc: s + 'ого', ins: s + 'им', loc: s + 'ом' });
    }
    if (/(ская|цкая)$/.test(w)) {
      const s = w.slice(0, -2);
      return para(w, { gen: s + 'ой', dat: s + 'ой', acc: s + 'ую', ins: s + 'ой', loc: s + 'ой' });
    }
    // other adjectival surnames: Полевой, Белый / Полевая, Белая
    if (/(ой|ый)$/.test(w)) {
      const s = w.slice(0, -2);
      return para(w, { gen: s + 'ого', dat: s + 'ому', acc: s + 'ого', ins: s + 'ым', loc: s + 'ом' });
    }
    if (/ая$/.test(w)) {
      const s = w.slice(0, -2);
      return para(w, { gen: s + 'ой', dat: s + 'ой', acc: s + 'ую', ins: s + 'ой', loc: s + 'ой' });
    }
    if (gender === 'female') {
      if (/(ова|ева|ёва|ина|ына)$/.test(w)) {
        const s = w.slice(0, -1);
        return para(w, { gen: s + 'ой', dat: s + 'ой', acc: s + 'у', ins: s + 'ой', loc: s + 'ой' });
      }
      if (/[ая]$/.test(w)) return aStemRu(w);
      return indecl(w);
    }
    if (/[ая]$/.test(w)) return aStemRu(w);
    if (/[оеиуыюэ]$/.test(w)) return indecl(w); // Ткаченко in Russian
    return consonantRu(w, part);
  }
  if (part === 'patronymic') {
    if (w.endsWith('а')) {
      const s = w.slice(0, -1);
      return para(w, { gen: s + 'ы', dat: s + 'е', acc: s + 'у', ins: s + 'ой', loc: s + 'е' });
    }
    return consonantRu(w, part);
  }
  if (/[ая]$/.test(w)) return aStemRu(w);
  if (gender === 'female') return indecl(w);
  if (/[оеиуыюэ]$/.test(w)) return indecl(w);
  return consonantRu(w, part);
}

/** The form of `w` in `c` (first alternative). */
export function decline(w: string, lang: 'uk' | 'ru', gender: Gender, part: Part, c: Case): string {
  return paradigm(w, lang, gender, part)[c][0]!;
}
