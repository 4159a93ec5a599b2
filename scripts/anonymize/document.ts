/**
 * Whole-file anonymization of a Markdown/MDX story: the published front matter fields and the body.
 * MDX structure stays as it was: headings, emphasis, lists, link text, JSX components and
 * import/export lines. Code blocks and inline code are scanned too: they are published.
 */
import { isMap, isScalar, isSeq, Scalar, type Document } from 'yaml';
import { LANGS, isLang, type Lang } from '../../src/data/site.ts';
import { DocumentError, joinFrontMatter, parseFrontMatter, splitFrontMatter, yamlOffsetToLine, type SplitFile } from './frontmatter.ts';
import { analyseText, applyFindings, lineStarts, position, wordsOf, type AppliedAllow } from './pipeline.ts';
import { createPseudonymRegistry } from './pseudonyms.ts';
import { mdxCodeRanges } from './mdx-code.ts';
import { isPseudonymForm } from './pseudonym-forms.ts';
import { PLACEHOLDERS } from './placeholders.ts';

/** A settlement word the place detector reads with a name after it ("села Матвеевны"): the name is what to check. */
const SETTLEMENT_WORD = /^(?:с\.|села?|селі|селе|селом|селу|селищ\p{L}*|деревн\p{L}*|посёлк\p{L}*|поселк\p{L}*|міст\p{L}*|город\p{L}*|village|town|city)\s+/iu;

export { mdxCodeRanges };
import type { DocumentSettings, Finding, PseudonymRegistry } from './types.ts';

/** A finding with the place in the file it came from. */
export interface DocumentFinding extends Finding {
  /** "body" or the front matter field, e.g. "title", "image.alt". */
  where: string;
  /** Why the finding was not replaced, when it was not. */
  note?: string;
}

/** A reviewed false positive from `anonymization.allow`. */
export interface AllowEntry {
  phrase: string;
  reason: string;
}

export interface DocumentOptions {
  /** One registry for a whole batch, so one person keeps one pseudonym. */
  pseudonyms?: PseudonymRegistry;
}

export interface DocumentResult {
  output: string;
  findings: DocumentFinding[];
  /** Base forms of the pseudonyms this document uses (never the originals). */
  pseudonyms: string[];
  /** Allow entries that suppressed a finding, with the reviewer's reason: the CLI logs each. */
  allowed: (AppliedAllow & { reason: string })[];
  lang: Lang;
}

/** Kinds of finding a re-scan may make of a pseudonym the anonymizer wrote. */
export const PSEUDONYM_KINDS = new Set(['name', 'place', 'venue']);

/** Front matter keys that are not published prose: never rewritten. */
const TECHNICAL_KEYS = new Set([
  'lang', 'slug', 'id', 'date', 'pubDate', 'updatedDate', 'publishedAt', 'updated', 'draft', 'layout', 'situations',
  'campaigns', 'edition', 'translationOf', 'translationKey', 'order', 'weight', 'withdrawn', 'status', 'anonymization',
]);

/**
 * Anonymize one file's text.
 * @example anonymizeDocument('---\ntitle: Оксана\nlang: uk\n---\nТекст').findings[0].where → 'title'
 */
export function anonymizeDocument(source: string, opts: DocumentOptions = {}): DocumentResult {
  return run(source, opts, 'anonymize');
}

/**
 * Re-scan an already anonymized file. Names the anonymizer chose itself (anonymization.pseudonyms)
 * are not findings. `output` is the source unchanged.
 */
export function checkDocument(source: string, opts: DocumentOptions = {}): DocumentResult {
  return run(source, opts, 'check');
}

interface Meta {
  lang: Lang;
  settings: DocumentSettings;
  allow: AllowEntry[];
  pseudonyms: string[];
}

function run(source: string, opts: DocumentOptions, mode: 'anonymize' | 'check'): DocumentResult {
  if (source.trim().length === 0) throw new DocumentError('the file is empty. Put the story in it, with front matter, or remove the file.', 1);
  const split = splitFrontMatter(source);
  const doc = parseFrontMatter(split);
  const meta = readMeta(doc, split);

  const used = new Set<string>();
  const inner = opts.pseudonyms ?? createPseudonymRegistry();
  const registry: PseudonymRegistry = {
    pseudonymFor(entity, hint) {
      const p = inner.pseudonymFor(entity, hint);
      used.add(p);
      return p;
    },
    used: () => [...used],
  };
  const textOpts = { lang: meta.lang, settings: meta.settings, allow: { phrases: meta.allow.map((a) => a.phrase) }, pseudonyms: registry, avoidWords: wordsOf(source) };
  const findings: DocumentFinding[] = [];
  const allowed: AppliedAllow[] = [];

  // Front matter: every string value outside the technical keys.
  walkStrings(doc.contents, [], (node, path) => {
    const value = node.value as string;
    const r = analyseText(value, textOpts);
    if (r.findings.length === 0 && r.allowed.length === 0) return;
    const [offset] = node.range ?? [0];
    const nodeLine = yamlOffsetToLine(split, offset);
    const starts = lineStarts(split.yaml);
    const nodeCol = position(starts, offset).column;
    const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE ? 1 : 0;
    const block = node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL ? 1 : 0;
    const where = path.join('.');
    const place = (line: number, column: number) =>
      block ? { line: nodeLine + line, column } : { line: nodeLine + line - 1, column: line === 1 ? nodeCol + quoted + column - 1 : column };
    for (const f of r.findings) findings.push({ ...f, ...place(f.line, f.column), where });
    for (const a of r.allowed) allowed.push({ ...a, ...place(a.line, a.column) });
    if (mode === 'anonymize') node.value = applyFindings(value, r.findings);
  });

  // Body: scan everything, but never rewrite MDX code (import/export, JSX tag syntax).
  const body = split.body;
  const r = analyseText(body, textOpts);
  const protectedRanges = mdxCodeRanges(body);
  const bodyFindings: DocumentFinding[] = r.findings.map((f) => {
    const out: DocumentFinding = { ...f, line: f.line + split.bodyLine - 1, where: 'body' };
    if (protectedRanges.some(([s, e]) => f.start < e && f.end > s)) {
      out.confidence = 0;
      out.note = 'inside MDX code (import/export or a component tag): edit it by hand';
    } else if (body.slice(Math.max(0, f.start - 2), f.start) === '](' && /^[)\s]/.test(body.charAt(f.end))) {
      out.replacement = '#'; // keep the link working as a link; its text is scanned on its own
    }
    return out;
  });
  findings.push(...bodyFindings);
  for (const a of r.allowed) allowed.push({ ...a, line: a.line + split.bodyLine - 1 });

  const reasons = new Map(meta.allow.map((a) => [a.phrase, a.reason]));
  const allowedWithReason = allowed
    .filter((a) => reasons.has(a.phrase))
    .map((a) => ({ ...a, reason: reasons.get(a.phrase)! }));

  if (mode === 'check') {
    const own = new Set(meta.pseudonyms.map((p) => p.toLowerCase()));
    // A pseudonym the net reads as a place or a venue ("lives in Pryor") is still the file's own pseudonym.
    // The tool's own placeholders, in quotes or not («[назва закладу]»), identify nobody either.
    const placeholders = new Set(Object.values(PLACEHOLDERS[meta.lang]));
    const isPlaceholder = (t: string) => placeholders.has(t.replace(/^[\s«»"“”„']+|[\s«»"“”„']+$/g, ''));
    const real = findings.filter(
      (f) => !isPlaceholder(f.text) && !(PSEUDONYM_KINDS.has(f.kind) && ((f.kind === 'name' && f.entity && own.has(f.entity.toLowerCase())) || isPseudonymForm(f.text.replace(SETTLEMENT_WORD, ''), meta.pseudonyms))),
    );
    return { output: source, findings: sortFindings(real), pseudonyms: meta.pseudonyms, allowed: allowedWithReason, lang: meta.lang };
  }

  const newBody = applyFindings(body, bodyFindings);
  const pseudonyms = [...new Set([...meta.pseudonyms, ...used])].sort((a, b) => a.localeCompare(b));
  if (!isMap(doc.get('anonymization'))) doc.set('anonymization', doc.createNode({}));
  const anon = doc.get('anonymization') as { delete(k: string): boolean };
  anon.delete('stamp'); // a new text needs a new review
  const list = doc.createNode(pseudonyms);
  (list as { flow?: boolean }).flow = true;
  doc.setIn(['anonymization', 'pseudonyms'], list);
  return { output: joinFrontMatter(split, doc, newBody), findings: sortFindings(findings), pseudonyms, allowed: allowedWithReason, lang: meta.lang };
}

function readMeta(doc: Document.Parsed, split: SplitFile): Meta {
  const lineOf = (path: string[]) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? yamlOffsetToLine(split, node.range[0]) : split.yamlLine;
  };
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const title = data.title;
  if (title === undefined || title === null) {
    throw new DocumentError('front matter has no "title" field; add a line like: title: "Short title of the story".', split.yamlLine);
  }
  if (typeof title !== 'string' || title.trim() === '') {
    throw new DocumentError('front matter field "title" is empty or not text; write the title in quotes.', lineOf(['title']));
  }
  const lang = data.lang;
  if (lang === undefined || lang === null || lang === '') {
    throw new DocumentError(`front matter has no "lang" field; add "lang: uk" (use one of ${LANGS.join(', ')}).`, split.yamlLine);
  }
  if (!isLang(lang)) {
    throw new DocumentError(`front matter field "lang" is "${String(lang)}"; use one of ${LANGS.join(', ')}.`, lineOf(['lang']));
  }
  const anon = (data.anonymization ?? {}) as Record<string, unknown>;
  if (typeof anon !== 'object' || Array.isArray(anon)) {
    throw new DocumentError('front matter field "anonymization" must hold fields (allow, pseudonyms, settings), not a single value.', lineOf(['anonymization']));
  }
  const allow: AllowEntry[] = [];
  const rawAllow = anon.allow ?? [];
  if (!Array.isArray(rawAllow)) {
    throw new DocumentError('"anonymization.allow" must be a list of entries like: - { phrase: "…", reason: "…" }.', lineOf(['anonymization', 'allow']));
  }
  rawAllow.forEach((entry, i) => {
    const e = entry as Partial<AllowEntry> | null;
    if (!e || typeof e.phrase !== 'string' || e.phrase.trim() === '' || typeof e.reason !== 'string' || e.reason.trim() === '') {
      throw new DocumentError(
        `entry ${i + 1} of "anonymization.allow" needs both a "phrase" and a "reason" (why it is not an identifier, who reviewed it).`,
        lineOf(['anonymization', 'allow', String(i)]),
      );
    }
    allow.push({ phrase: e.phrase, reason: e.reason });
  });
  const pseudonyms = Array.isArray(anon.pseudonyms) ? anon.pseudonyms.filter((p): p is string => typeof p === 'string') : [];
  const settings = (anon.settings && typeof anon.settings === 'object' ? anon.settings : {}) as DocumentSettings;
  return { lang, settings, allow, pseudonyms };
}

function walkStrings(node: unknown, path: string[], visit: (node: Scalar, path: string[]) => void): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (path.length === 0 && TECHNICAL_KEYS.has(key)) continue;
      walkStrings(pair.value, [...path, key], visit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walkStrings(item, [...path, String(i)], visit));
  } else if (isScalar(node) && typeof node.value === 'string') {
    visit(node, path);
  }
}

function sortFindings(f: DocumentFinding[]): DocumentFinding[] {
  return f.sort((a, b) => a.line - b.line || a.column - b.column);
}
