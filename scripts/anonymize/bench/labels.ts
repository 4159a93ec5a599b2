/**
 * Parser for the labelled benchmark corpus (scripts/anonymize/bench/corpus/{uk,ru,en}/*.md).
 *
 * Markup, one label per identifier mention, never spanning a line:
 *
 *   {{kind|surface text}}          a mention with no entity id (it is its own entity)
 *   {{kind:id|surface text}}       a mention of entity `id` (all mentions of one person share an id)
 *   {{keep|phrase}}                a phrase the anonymizer must leave untouched
 *
 * `parseLabelled` strips the markup and returns the plain text the anonymizer sees, plus every label
 * with its [start, end) offsets into that plain text. Offsets are UTF-16 code units, like JS strings.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const DIRECT_LABEL_KINDS = [
  'name', 'phone', 'email', 'url', 'handle', 'passport', 'tax-number', 'card', 'iban', 'badge',
  'plate', 'address', 'venue',
] as const;
export const QUASI_LABEL_KINDS = ['date', 'age', 'place'] as const;
export const LABEL_KINDS = [...DIRECT_LABEL_KINDS, ...QUASI_LABEL_KINDS, 'keep'] as const;

export type LabelKind = (typeof LABEL_KINDS)[number];
export type LabelClass = 'direct' | 'quasi' | 'keep';
export type BenchLang = 'uk' | 'ru' | 'en';

export interface Label {
  kind: LabelKind;
  class: LabelClass;
  /** The id written in the markup, if any. */
  id?: string;
  /** Entity key, unique within the document: the id, or a generated one for id-less mentions. */
  entity: string;
  /** The surface text (what the anonymizer sees). */
  text: string;
  /** [start, end) into the plain text. */
  start: number;
  end: number;
  /** 1-based line and column of the opening `{{` in the source file. */
  line: number;
  column: number;
}

export interface LabelledText {
  text: string;
  labels: Label[];
}

export interface CorpusDoc extends LabelledText {
  /** Path relative to the corpus directory, e.g. `uk/market.md`. */
  file: string;
  lang: BenchLang;
  title: string;
}

export class LabelError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}:${column}: ${problem}`);
    this.name = 'LabelError';
  }
}

export function classOfLabel(kind: LabelKind): LabelClass {
  if (kind === 'keep') return 'keep';
  return (QUASI_LABEL_KINDS as readonly string[]).includes(kind) ? 'quasi' : 'direct';
}

const HEAD = /^([a-z-]+)(?::([\p{L}\p{N}_.-]+))?$/u;
const HINT = 'Write labels as {{kind|text}} or {{kind:id|text}} on one line.';

/**
 * Strip the label markup from `source`. `firstLine` is the file line `source` starts on (so errors
 * point at the right line when the front matter has been cut off).
 */
export function parseLabelled(source: string, file = '<input>', firstLine = 1): LabelledText {
  const labels: Label[] = [];
  let out = '';
  let line = firstLine;
  let lineStart = 0; // index in source of the current line's first character
  let anon = 0;
  let i = 0;
  const err = (at: number, problem: string): never => {
    throw new LabelError(file, line, at - lineStart + 1, problem);
  };
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\n') {
      out += ch;
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (source.startsWith('}}', i)) err(i, `"}}" without a matching "{{". ${HINT}`);
    if (!source.startsWith('{{', i)) {
      out += ch;
      i++;
      continue;
    }
    const open = i;
    const eol = source.indexOf('\n', open);
    const lineEnd = eol === -1 ? source.length : eol;
    const close = source.indexOf('}}', open + 2);
    if (close === -1 || close > lineEnd) err(open, `"{{" is not closed by "}}" on the same line. ${HINT}`);
    const inner = source.slice(open + 2, close);
    if (inner.includes('{{')) err(open, `labels cannot be nested. ${HINT}`);
    const bar = inner.indexOf('|');
    if (bar === -1) err(open, `label "{{${inner}}}" has no "|" between kind and text. ${HINT}`);
    const head = inner.slice(0, bar);
    const surface = inner.slice(bar + 1);
    const m = HEAD.exec(head);
    if (!m) err(open, `bad label head "${head}". ${HINT}`);
    const kind = m![1] as LabelKind;
    if (!(LABEL_KINDS as readonly string[]).includes(kind)) {
      err(open, `unknown label kind "${kind}"; use one of: ${LABEL_KINDS.join(', ')}`);
    }
    if (surface.length === 0 || surface.trim() !== surface) {
      err(open, `label text must be non-empty with no leading/trailing spaces: "${surface}"`);
    }
    if (surface.includes('|')) err(open, `label text contains "|": "${surface}"`);
    const id = m![2];
    const start = out.length;
    out += surface;
    labels.push({
      kind,
      class: classOfLabel(kind),
      id,
      entity: id ?? `${kind}#${++anon}`,
      text: surface,
      start,
      end: out.length,
      line,
      column: open - lineStart + 1,
    });
    i = close + 2;
  }
  return { text: out, labels };
}

/** Parse one corpus file: front matter (`lang`, `title`) then the labelled body. */
export function parseCorpusFile(source: string, file: string): CorpusDoc {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!fm) throw new LabelError(file, 1, 1, 'missing front matter: start the file with ---, lang: uk|ru|en, title: …, ---');
  let data: Record<string, unknown>;
  try {
    data = (parseYaml(fm[1]) ?? {}) as Record<string, unknown>;
  } catch (e) {
    throw new LabelError(file, 2, 1, `front matter is not valid YAML: ${(e as Error).message}`);
  }
  const lang = data.lang;
  if (lang !== 'uk' && lang !== 'ru' && lang !== 'en') {
    throw new LabelError(file, 2, 1, `front matter "lang" must be uk, ru or en (found ${JSON.stringify(lang)})`);
  }
  if (typeof data.title !== 'string' || !data.title.trim()) {
    throw new LabelError(file, 2, 1, 'front matter needs a non-empty "title"');
  }
  const bodyLine = fm[0].split('\n').length; // lines consumed by the front matter, +1
  const { text, labels } = parseLabelled(source.slice(fm[0].length), file, bodyLine);
  return { file, lang, title: data.title, text, labels };
}

export const CORPUS_DIR = new URL('./corpus/', import.meta.url).pathname;

/** Load every corpus document, sorted by path. Throws LabelError on the first malformed file. */
export function loadCorpus(dir: string = CORPUS_DIR): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  for (const lang of ['uk', 'ru', 'en'] as const) {
    let names: string[];
    try {
      names = readdirSync(join(dir, lang)).filter((n) => n.endsWith('.md')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(dir, lang, name);
      docs.push(parseCorpusFile(readFileSync(path, 'utf8'), relative(dir, path)));
    }
  }
  return docs;
}
