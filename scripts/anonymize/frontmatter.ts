/**
 * Splitting a Markdown/MDX file into its YAML front matter and body, with errors that name the line
 * and say what to do. Uses the yaml Document API so comments and key order survive a rewrite.
 */
import { parseDocument, type Document } from 'yaml';

/** A problem with one input file, phrased for a facilitator. `line` is 1-based in the whole file. */
export class DocumentError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

export interface SplitFile {
  /** The YAML text between the two `---` lines. */
  yaml: string;
  /** Everything after the closing `---` line. */
  body: string;
  /** 1-based file line of the first YAML line. */
  yamlLine: number;
  /** 1-based file line where the body starts. */
  bodyLine: number;
  /** Line ending the file uses. */
  eol: '\n' | '\r\n';
  /** Byte-order mark, kept as found. */
  bom: string;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** @example splitFrontMatter('---\ntitle: A\n---\nBody').body → 'Body' */
export function splitFrontMatter(source: string): SplitFile {
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = source.slice(bom.length);
  const open = OPEN.exec(text);
  if (!open) {
    throw new DocumentError('the file does not start with front matter. Add a first line "---", then "title: …" and "lang: uk" (or ru, en), then a line "---" before the text.', 1);
  }
  const rest = text.slice(open[0].length);
  CLOSE.lastIndex = 0;
  const close = CLOSE.exec(rest);
  if (!close) {
    throw new DocumentError('the front matter is never closed. Add a line with only "---" after the last front matter field.', 1);
  }
  const yaml = rest.slice(0, close.index);
  let after = close.index + close[0].length;
  if (rest.startsWith('\r\n', after)) after += 2;
  else if (rest[after] === '\n') after += 1;
  const eol = /\r\n/.test(open[0]) ? '\r\n' : '\n';
  const yamlLine = 2;
  const bodyLine = yamlLine + countLines(yaml) + 1;
  return { yaml, body: rest.slice(after), yamlLine, bodyLine, eol, bom };
}

/** Parse the YAML of a split file, turning the first yaml error into a DocumentError with a file line. */
export function parseFrontMatter(split: SplitFile): Document.Parsed {
  const doc = parseDocument(split.yaml, { keepSourceTokens: false, prettyErrors: true, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const line = split.yamlLine + (err.linePos?.[0]?.line ?? 1) - 1;
    const first = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new DocumentError(`the front matter is not valid YAML (${first}). Check quotes, colons and indentation on this line.`, line);
  }
  if (doc.contents !== null && !isMap(doc.toJS())) {
    throw new DocumentError('the front matter must be a list of "field: value" lines.', split.yamlLine);
  }
  return doc;
}

/** Re-assemble a file from a (possibly edited) YAML document and a body. */
export function joinFrontMatter(split: SplitFile, doc: Document, body: string): string {
  let yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  if (split.eol === '\r\n') yaml = yaml.replace(/\r?\n/g, '\r\n');
  return `${split.bom}---${split.eol}${yaml}---${split.eol}${body}`;
}

/** 1-based file line of an offset inside the YAML text. */
export function yamlOffsetToLine(split: SplitFile, offset: number): number {
  return split.yamlLine + countLines(split.yaml.slice(0, offset));
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
