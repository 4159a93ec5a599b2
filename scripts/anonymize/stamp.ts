/**
 * The publication stamp: proof that the anonymizer checked a file's current text. The hash covers
 * every front matter field except the stamp itself, and the body with line endings normalised and
 * trailing whitespace trimmed, so re-saving with other line endings does not break it but changing
 * one word does.
 */
import { createHash } from 'node:crypto';
import { DocumentError, joinFrontMatter, parseFrontMatter, splitFrontMatter } from './frontmatter.ts';
import { ANONYMIZER_VERSION } from './version.ts';

export { ANONYMIZER_VERSION };

export interface Stamp {
  hash: string;
  version: string;
  date: string;
}

export type StampVerdict = { ok: true } | { ok: false; reason: 'missing' | 'mismatch' | 'version'; message: string };

/**
 * @example stampHash({ title: 'A', lang: 'uk' }, 'Text\r\n') === stampHash({ lang: 'uk', title: 'A' }, 'Text\n') → true
 */
export function stampHash(frontMatter: Record<string, unknown>, body: string): string {
  const fm = structuredClone(frontMatter ?? {}) as Record<string, unknown>;
  const anon = fm.anonymization;
  if (anon && typeof anon === 'object' && !Array.isArray(anon)) {
    delete (anon as Record<string, unknown>).stamp;
    if (Object.keys(anon).length === 0) delete fm.anonymization;
  }
  const h = createHash('sha256');
  h.update(canonical(fm));
  h.update('\n---\n');
  h.update(normaliseBody(body));
  return 'sha256:' + h.digest('hex');
}

/** Set `anonymization.stamp` for the file's current text, leaving every other field as it was. */
export function stampSource(source: string, date: Date | string = new Date()): string {
  const split = splitFrontMatter(source);
  const doc = parseFrontMatter(split);
  const hash = stampHash((doc.toJS() ?? {}) as Record<string, unknown>, split.body);
  const day = typeof date === 'string' ? date : isoDay(date);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new DocumentError(`stamp date "${day}" is not YYYY-MM-DD.`);
  const stamp = doc.createNode({ hash, version: ANONYMIZER_VERSION, date: day });
  if (!doc.has('anonymization') || doc.get('anonymization') === null) doc.set('anonymization', doc.createNode({}));
  doc.setIn(['anonymization', 'stamp'], stamp);
  const out = joinFrontMatter(split, doc, split.body);
  // Guard: only the stamp may have changed.
  const again = parseFrontMatter(splitFrontMatter(out)).toJS() as Record<string, unknown>;
  if (stampHash(again, splitFrontMatter(out).body) !== hash) {
    throw new DocumentError('stamping would change more than the stamp field; the file was left as it was.');
  }
  return out;
}

/** Whether the stamp in a file matches its current text and this anonymizer's version. */
export function verifyStamp(source: string): StampVerdict {
  let split;
  let data: Record<string, unknown>;
  try {
    split = splitFrontMatter(source);
    data = (parseFrontMatter(split).toJS() ?? {}) as Record<string, unknown>;
  } catch (e) {
    return { ok: false, reason: 'missing', message: `cannot read the front matter: ${(e as Error).message}` };
  }
  return verifyStampOf(data, split.body);
}

/** verifyStamp for a file whose front matter is already parsed (data) and split off its body. */
export function verifyStampOf(data: Record<string, unknown>, body: string): StampVerdict {
  const stamp = (data.anonymization as { stamp?: Partial<Stamp> } | undefined)?.stamp;
  if (!stamp || typeof stamp.hash !== 'string') {
    return { ok: false, reason: 'missing', message: 'not stamped: run "npm run anonymize -- --check <file>" after reviewing it.' };
  }
  if (stamp.hash !== stampHash(data, body)) {
    return { ok: false, reason: 'mismatch', message: 'the text changed after it was stamped: run "npm run anonymize -- --check <file>" again.' };
  }
  if (!sameMinor(String(stamp.version ?? ''), ANONYMIZER_VERSION)) {
    return { ok: false, reason: 'version', message: `stamped by anonymizer ${stamp.version ?? '?'}, current is ${ANONYMIZER_VERSION}: run "npm run anonymize -- --check <file>" again.` };
  }
  return { ok: true };
}

/** Stable JSON: keys sorted at every level. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  const obj = value as Record<string, unknown>;
  return '{' + Object.keys(obj).sort().filter((k) => obj[k] !== undefined).map((k) => JSON.stringify(k) + ':' + canonical(obj[k])).join(',') + '}';
}

function normaliseBody(body: string): string {
  return body.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\s+$/, '');
}

function sameMinor(a: string, b: string): boolean {
  const [a1, a2] = a.split('.');
  const [b1, b2] = b.split('.');
  return a1 === b1 && a2 === b2;
}

function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
