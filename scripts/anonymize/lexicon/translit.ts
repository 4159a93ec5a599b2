/** Romanisations of Ukrainian and Russian words: KMU 2010 (Znamianka), popular (Znamyanka), Russian-based (Znamenka). */
const TR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '', '’': '', 'ʼ': '', '-': '-', ' ': ' ',
};
const TR_START: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const RU: Record<string, string> = { ...TR, г: 'g', е: 'e', ё: 'yo', и: 'i', й: 'y', ы: 'y', э: 'e', ю: 'yu', я: 'ya', ъ: '', х: 'kh' };
const cap = (s: string) => s.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
const wordStart = (s: string, i: number) => i === 0 || s[i - 1] === ' ' || s[i - 1] === '-';

export function translitKmu(w: string): string {
  const l = w.toLowerCase().replace(/зг/g, 'zgh');
  let out = '';
  for (let i = 0; i < l.length; i++) out += (wordStart(l, i) && TR_START[l[i]!]) || (TR[l[i]!] ?? l[i]);
  return cap(out);
}
export function translitPopular(w: string): string {
  const l = w.toLowerCase();
  let out = '';
  for (let i = 0; i < l.length; i++) {
    const ch = l[i]!;
    out += ch === 'я' ? 'ya' : ch === 'ю' ? 'yu' : ch === 'є' ? 'ye' : ch === 'ї' ? 'yi' : ch === 'й' ? 'y' : (TR[ch] ?? ch);
  }
  return cap(out.replace(/yy(\b|$)/g, 'y').replace(/iy(\b|$)/g, 'iy'));
}
export function translitRu(w: string): string {
  const l = w.toLowerCase();
  let out = '';
  for (let i = 0; i < l.length; i++) out += RU[l[i]!] ?? l[i];
  return cap(out.replace(/iy(\b|$)/g, 'y'));
}
