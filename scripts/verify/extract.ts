/**
 * Text extractors for the leak scan of dist/: every piece of text a published file carries, with
 * the line it is on. Pure functions, one per format.
 */
import { gunzipSync } from 'node:zlib';

/** A piece of published text and the 1-based line of the file it starts on. */
export interface Segment {
  text: string;
  line: number;
  /** What kind of place: "text", "attribute alt", "json-ld", "pagefind content"… */
  where: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

/** @example decodeEntities('a &amp; b &#8212; &#x41;') → 'a & b — A' */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const ATTRS_SCANNED = /^(alt|title|content|href|src|srcset|aria-label|aria-description|placeholder|value|label|data-[\w-]+|name|download|poster|summary|abbr)$/i;
const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Visible text, attribute values and JSON-LD of an HTML (or XML) document. Scripts and styles are
 * skipped except JSON-LD; comments are included (they are published too).
 * @example extractMarkup('<p title="A">B</p>').map(s => s.text) → ['A', 'B']
 */
export function extractMarkup(source: string): Segment[] {
  const out: Segment[] = [];
  const lineAt = lineCounter(source);
  const TAG = /<!--([\s\S]*?)-->|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<[!?][^>]*>/g;
  let pos = 0;
  let text = '';
  let textStart = 0;
  /** Name of the hidden or label element whose end also ends a segment. */
  let closeSeparate = '';
  const flush = () => {
    const t = normaliseSpace(decodeEntities(text));
    if (t) pushNested(out, t, lineAt(textStart), 'text');
    text = '';
  };
  for (let m = TAG.exec(source); m; m = TAG.exec(source)) {
    if (m.index > pos) {
      if (!text) textStart = pos;
      text += source.slice(pos, m.index);
    }
    pos = m.index + m[0].length;
    if (m[1] !== undefined) {
      flush();
      const t = normaliseSpace(m[1]);
      if (t) out.push({ text: t, line: lineAt(m.index), where: 'comment' });
      continue;
    }
    if (m[2] !== undefined) {
      // CDATA (RSS descriptions): escaped or raw HTML inside.
      if (!text) textStart = m.index;
      text += ' ' + m[2].replace(/&/g, '&amp;') + ' ';
      continue;
    }
    const name = (m[4] ?? '').toLowerCase();
    // Inline elements do not split words; block elements do. So does a hidden element or a
    // Pagefind filter/meta label: it is data beside the text, not part of its sentences.
    const separate = !m[3] && /\s(hidden|data-pagefind-(filter|meta))\b/i.test(m[5] ?? '');
    if (separate) closeSeparate = name;
    if (separate || (m[3] && closeSeparate === name) || !/^(a|b|i|em|strong|span|abbr|code|small|sup|sub|mark|q|s|u|time|cite)$/.test(name)) {
      flush();
      if (m[3] && closeSeparate === name) closeSeparate = '';
    }
    if (m[5]) {
      ATTR.lastIndex = 0;
      for (let a = ATTR.exec(m[5]); a; a = ATTR.exec(m[5])) {
        const value = a[2] ?? a[3] ?? a[4];
        if (value === undefined || !ATTRS_SCANNED.test(a[1]!)) continue;
        const v = normaliseSpace(decodeEntities(value));
        if (v) out.push({ text: v, line: lineAt(m.index), where: `attribute ${a[1]!.toLowerCase()}` });
      }
    }
    if (!m[3] && (name === 'script' || name === 'style')) {
      const close = source.toLowerCase().indexOf(`</${name}`, pos);
      const end = close < 0 ? source.length : close;
      const body = source.slice(pos, end);
      if (name === 'script' && /application\/(ld\+)?json/i.test(m[5] ?? '')) {
        for (const s of jsonStrings(body)) out.push({ text: s, line: lineAt(pos), where: 'json-ld' });
      }
      pos = end;
      TAG.lastIndex = end;
    }
  }
  if (pos < source.length) {
    if (!text) textStart = pos;
    text += source.slice(pos);
  }
  flush();
  return out;
}

/** Text of an RSS description holds escaped HTML: extract its text again. */
function pushNested(out: Segment[], t: string, line: number, where: string): void {
  if (/<\/?[a-z][^>]*>/i.test(t)) {
    for (const s of extractMarkup(t)) out.push({ ...s, line, where: `${where} (${s.where})` });
  } else {
    out.push({ text: t, line, where });
  }
}

/** Every string value (and key) of a JSON document. */
export function jsonStrings(source: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return source.trim() ? [normaliseSpace(source)] : [];
  }
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      const t = normaliseSpace(v);
      if (t) out.push(t);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { if (/\s/.test(k)) out.push(k); walk(x); }
  };
  walk(value);
  return out;
}

const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** Decompress a Pagefind file (gzip) and drop its signature. Returns the raw payload. */
export function decodePagefind(file: Buffer): Buffer {
  let raw = file;
  if (file[0] === 0x1f && file[1] === 0x8b) raw = gunzipSync(file);
  const sig = Buffer.from(PAGEFIND_SIGNATURE);
  return raw.subarray(0, sig.length).equals(sig) ? raw.subarray(sig.length) : raw;
}

/**
 * Text of a Pagefind fragment (JSON: url, content, meta, filters, anchors).
 * @example pagefindFragmentText(gzip('pagefind_dcd{"content":"Hi"}')) → ['Hi']
 */
export function pagefindFragmentText(file: Buffer): Segment[] {
  const payload = decodePagefind(file).toString('utf8');
  return jsonStrings(payload).map((text) => ({ text, line: 1, where: 'pagefind fragment' }));
}

/** Strings inside a Pagefind index, meta or filter file (CBOR after the signature). */
export function pagefindCborStrings(file: Buffer): string[] {
  const data = decodePagefind(file);
  const out: string[] = [];
  try {
    cborStrings(data, out);
  } catch {
    // A format we do not know: fall back to printable runs, so nothing is skipped silently.
    for (const m of data.toString('utf8').matchAll(/[\p{L}\p{N}@+().,' -]{4,}/gu)) out.push(m[0]);
  }
  return out;
}

/** A minimal CBOR reader that collects every text string. */
function cborStrings(buf: Buffer, out: string[]): void {
  let i = 0;
  const readLen = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return buf[i++]!;
    if (info === 25) { const v = buf.readUInt16BE(i); i += 2; return v; }
    if (info === 26) { const v = buf.readUInt32BE(i); i += 4; return v; }
    if (info === 27) { const v = Number(buf.readBigUInt64BE(i)); i += 8; return v; }
    if (info === 31) return -1;
    throw new Error('bad cbor');
  };
  const item = (): void => {
    if (i >= buf.length) throw new Error('eof');
    const b = buf[i++]!;
    const major = b >> 5;
    const info = b & 31;
    if (major === 7) {
      if (info === 25) i += 2;
      else if (info === 26) i += 4;
      else if (info === 27) i += 8;
      else if (info === 24) i += 1;
      return;
    }
    const len = readLen(info);
    if (major === 0 || major === 1) return;
    if (major === 2 || major === 3) {
      if (len < 0) { while (buf[i] !== 0xff) item(); i++; return; }
      if (major === 3) out.push(buf.toString('utf8', i, i + len));
      i += len;
      return;
    }
    if (major === 4 || major === 5) {
      const n = major === 5 ? len * 2 : len;
      if (len < 0) { while (buf[i] !== 0xff) item(); i++; return; }
      for (let k = 0; k < n; k++) item();
      return;
    }
    if (major === 6) item();
  };
  while (i < buf.length) item();
}

/** Collapse whitespace; trim. */
export function normaliseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function lineCounter(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
