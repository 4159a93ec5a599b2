/**
 * What `npm run new:story` writes and `npm run publish:story` reads: the draft template, its writing
 * guide (comments that never reach content/), slugs and the private pseudonym map.
 */
import { randomBytes } from 'node:crypto';
import { isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { SITUATION_IDS, type Lang, type SituationId } from '../../src/data/site.ts';

export const SOURCES = ['written', 'audio', 'video', 'circle'] as const;
export type Source = (typeof SOURCES)[number];
export const CONSENT_SCOPES = ['site', 'print', 'campaigns'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export const WARNINGS = ['none', 'violence', 'sexual-violence', 'threats-to-children', 'detention', 'self-harm'] as const;
export type Warning = (typeof WARNINGS)[number];

/** Texts a facilitator must replace; publish:story refuses a draft that still has them. */
export const PLACEHOLDER = {
  title: { uk: 'НАЗВА ІСТОРІЇ', ru: 'НАЗВАНИЕ ИСТОРИИ', en: 'TITLE OF THE STORY' },
  summary: {
    uk: 'ДВА-ТРИ РЕЧЕННЯ: що сталося, без імен, міст і дат.',
    ru: 'ДВА-ТРИ ПРЕДЛОЖЕНИЯ: что случилось, без имён, городов и дат.',
    en: 'TWO OR THREE SENTENCES: what happened, without names, towns or dates.',
  },
} as const;

export interface DraftOptions {
  lang: Lang;
  title?: string;
  situations: SituationId[];
  source: Source;
  consent: ConsentScope[];
  warning: Warning;
  /** Same key in every translation of one story. */
  translationKey: string;
  /** YYYY-MM */
  published: string;
}

const GUIDE: Record<Lang, string> = {
  uk: `<!--
  ЯК ПИСАТИ (цей коментар не потрапить на сайт)
  • Розкажіть, що сталося: факти і деталі. Що вона бачила, чула, що сказали вголос — дослівно.
  • Не пояснюйте і не називайте почуттів («було страшно», «це несправедливо»). Покажіть деталь:
    «вона тримала телефон обома руками». Читач сам відчує.
  • Три сцени: до — поворотний момент — після. Одна сцена — одне місце і один час.
  • Чого НЕ писати: справжні імена, прізвища, прізвиська; телефони, адреси, номери машин, жетонів,
    документів; точні дати (лише пора року або місяць і рік); назви малих міст, сіл, саун, готелів,
    місць роботи; особливі прикмети (татуювання, шрами), які впізнають знайомі.
  • Якщо сумніваєтеся — залиште ім'я як є: анонімізатор замінить його, а ви перевірите у звіті.
  • Далі: npm run publish:story -- <цей файл>
-->`,
  ru: `<!--
  КАК ПИСАТЬ (этот комментарий не попадёт на сайт)
  • Расскажите, что случилось: факты и детали. Что она видела, слышала, что сказали вслух — дословно.
  • Не объясняйте и не называйте чувств («было страшно», «это несправедливо»). Покажите деталь:
    «она держала телефон обеими руками». Читатель почувствует сам.
  • Три сцены: до — поворотный момент — после. Одна сцена — одно место и одно время.
  • Чего НЕ писать: настоящие имена, фамилии, прозвища; телефоны, адреса, номера машин, жетонов,
    документов; точные даты (только время года или месяц и год); названия малых городов, сёл, саун,
    гостиниц, мест работы; особые приметы (татуировки, шрамы), по которым узнают знакомые.
  • Если сомневаетесь — оставьте имя как есть: анонимизатор заменит его, а вы проверите в отчёте.
  • Дальше: npm run publish:story -- <этот файл>
-->`,
  en: `<!--
  HOW TO WRITE (this comment never reaches the site)
  • Tell what happened: facts and details. What she saw and heard, what was said aloud, word for word.
  • Do not explain or name feelings ("it was frightening", "it was unfair"). Show a detail instead:
    "she held the phone with both hands". The reader will feel it.
  • Three scenes: before, the turning point, after. One scene is one place and one time.
  • Leave OUT: real names, surnames, nicknames; phone numbers, addresses, car plates, badge and
    document numbers; exact dates (only a season, or month and year); names of small towns, villages,
    saunas, hotels, workplaces; marks that acquaintances would recognise (tattoos, scars).
  • When unsure, leave a name as it is: the anonymizer replaces it and you check it in the review.
  • Next: npm run publish:story -- <this file>
-->`,
};

const FIRST_LINE: Record<Lang, string> = {
  uk: 'Тут починається історія.',
  ru: 'Здесь начинается история.',
  en: 'The story starts here.',
};

/** The draft file: YAML front matter with short comments, then the writing guide and the story. */
export function draftSource(o: DraftOptions): string {
  const q = (s: string) => JSON.stringify(s);
  const lines = [
    '---',
    `# Draft: private, never committed. Replace the CAPITALS; keep the field names.`,
    `title: ${q(o.title?.trim() || PLACEHOLDER.title[o.lang])}`,
    `summary: ${q(PLACEHOLDER.summary[o.lang])}`,
    `lang: ${o.lang}`,
    `published: "${o.published}"  # month only, never a day`,
    `situations: [${o.situations.join(', ')}]`,
  ];
  if (o.warning !== 'none') {
    lines.push('contentWarning:', `  type: ${o.warning}`, `  note: ""  # optional, one short sentence`);
  }
  lines.push(
    `source: ${o.source}`,
    `campaigns: []  # campaign keys, e.g. [end-raid-extortion]`,
    `translationKey: ${o.translationKey}  # the same in every translation of this story`,
    'consent:',
    '  given: true',
    `  scope: [${o.consent.join(', ')}]`,
    '---',
    '',
    GUIDE[o.lang],
    '',
    FIRST_LINE[o.lang],
    '',
  );
  return lines.join('\n');
}

/**
 * Removes what is for the writer only: HTML comments in the body (MDX cannot even parse them) and
 * YAML comments in the front matter. Comments are not scanned by the anonymizer, so none may pass.
 * @example stripDraftComments('---\na: 1 # x\n---\nA<!-- note -->B') // '---\na: 1\n---\nAB'
 */
export function stripDraftComments(source: string): string {
  const m = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?\r?\n)?(---[ \t]*)(\r?\n|$)([\s\S]*)$/.exec(source);
  if (!m) return stripHtmlComments(source);
  const [, open, yaml = '', close, eol, body] = m;
  const doc = parseDocument(yaml);
  doc.commentBefore = null;
  doc.comment = null;
  visit(doc, (_key, node) => {
    if (isScalar(node) || isMap(node) || isSeq(node)) {
      node.comment = null;
      node.commentBefore = null;
    }
    if (isPair(node) && isScalar(node.key)) {
      node.key.comment = null;
      node.key.commentBefore = null;
    }
  });
  const cleanYaml = yaml.trim() === '' ? '' : doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `${open}${cleanYaml}${close}${eol}${stripHtmlComments(body!).replace(/^\s*\n/, '\n')}`;
}

function stripHtmlComments(text: string): string {
  // Remove whole-line comments with their line, inline ones in place.
  return text.replace(/^[ \t]*<!--[\s\S]*?-->[ \t]*\r?\n/gm, '').replace(/<!--[\s\S]*?-->/g, '');
}

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', ё: 'e', ъ: '', ы: 'y', э: 'e', "'": '', '’': '',
};

/**
 * A URL slug from a title, transliterated. Russian г is "g", Ukrainian г is "h".
 * @example slugify('Облава на ринку', 'uk') // "oblava-na-rynku"
 */
export function slugify(title: string, lang: Lang): string {
  const lower = title.toLowerCase().normalize('NFC');
  let out = '';
  for (const ch of lower) {
    if (lang === 'ru' && ch === 'г') out += 'g';
    else if (lang === 'ru' && ch === 'и') out += 'i';
    else if (lang === 'ru' && ch === 'й') out += 'i';
    else if (ch in TRANSLIT) out += TRANSLIT[ch];
    else out += ch;
  }
  return out
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');
}

/** A key that says nothing about the story (the title may still hold a real name at this point). */
export function neutralKey(published: string): string {
  return `story-${published}-${randomBytes(3).toString('hex')}`;
}

export function currentMonth(d = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export function isSituation(s: string): s is SituationId {
  return (SITUATION_IDS as readonly string[]).includes(s);
}

// One implementation each, shared with `npm run anonymize`: the map's key format must never drift.
export { writeAtomic } from '../anonymize/write-atomic.ts';
export { loadPseudonymMap, mappedRegistry, type PseudonymMap } from '../anonymize/pseudonym-map.ts';
